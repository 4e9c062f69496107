/**
 * The task pane's entry point: starts the pane once Office is ready.
 */
import { uiLanguage, PANE_WORDS } from '../engine/messages/pane-words';
import { Pane } from './pane';
import { followOfficeTheme } from './theme';
import { whenShown } from './visibility';

Office.onReady((info) => {
  const language = uiLanguage(Office.context?.displayLanguage);
  followOfficeTheme();
  if (info.host !== Office.HostType.Excel) {
    const text = document.getElementById('bar-text');
    if (text) text.textContent = PANE_WORDS[language].notExcel;
    return;
  }
  // The shared runtime loads this page with the workbook, pane hidden: read when it is shown.
  void new Pane({ run: (batch) => Excel.run(batch) }, language).start((read) => whenShown(Office, document, read));
});
