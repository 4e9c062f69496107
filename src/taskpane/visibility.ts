/**
 * In the shared runtime the pane's page is loaded with the workbook, for the custom functions,
 * even while the pane is hidden. Reading the whole workbook then would cost every opening of
 * the file; so the first read waits until the pane is shown: visible at start, shown later
 * (the page's visibility, or Office's visibility-mode event, SharedRuntime 1.1), or touched.
 */

interface OfficeVisibility {
  addin?: { onVisibilityModeChanged?: (handler: (args: { visibilityMode: string }) => void) => unknown };
}

interface PageVisibility {
  visibilityState: string;
  addEventListener(type: string, listener: () => void): void;
}

/** Runs `read` once, as soon as the pane is seen. */
export function whenShown(office: OfficeVisibility | undefined, page: PageVisibility, read: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    read();
  };
  if (page.visibilityState !== 'hidden') return once();
  page.addEventListener('visibilitychange', () => {
    if (page.visibilityState !== 'hidden') once();
  });
  page.addEventListener('pointerdown', once);
  page.addEventListener('keydown', once);
  try {
    office?.addin?.onVisibilityModeChanged?.((args) => {
      if (args.visibilityMode === 'Taskpane') once();
    });
  } catch {
    // A host without the shared runtime's events: the page's own visibility is enough.
  }
}
