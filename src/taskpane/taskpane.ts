/**
 * The task pane's entry point: starts the pane once Office is ready.
 */
import { uiLanguage, STRINGS } from './i18n';
import { Pane } from './pane';

Office.onReady((info) => {
  const language = uiLanguage(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    const status = document.getElementById('status');
    if (status) status.textContent = STRINGS[language].notExcel;
    return;
  }
  void new Pane({ run: (batch) => Excel.run(batch) }, language).start();
});
