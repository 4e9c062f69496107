/**
 * The task pane's entry point: starts the pane once Office is ready.
 */
import { uiLanguage, STRINGS } from './i18n';
import { Pane } from './pane';
import { followOfficeTheme } from './theme';

Office.onReady((info) => {
  const language = uiLanguage(Office.context?.displayLanguage);
  followOfficeTheme();
  if (info.host !== Office.HostType.Excel) {
    const text = document.getElementById('bar-text');
    if (text) text.textContent = STRINGS[language].notExcel;
    return;
  }
  void new Pane({ run: (batch) => Excel.run(batch) }, language).start();
});
