/**
 * The task pane's entry point. Text from workbooks is only ever set with textContent.
 */
import { STRINGS, uiLanguage } from './i18n';

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

Office.onReady((info) => {
  const language = uiLanguage(Office.context?.displayLanguage);
  const strings = STRINGS[language];
  document.documentElement.lang = language;
  setText('title', strings.title);
  setText('intro', strings.intro);
  setText('status', info.host === Office.HostType.Excel ? strings.ready : strings.notExcel);
});
