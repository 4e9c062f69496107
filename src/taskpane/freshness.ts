/**
 * Whether the results the pane shows still hold. The pane listens to the workbook's changes and,
 * at the first change since it last read the workbook that is not its own, says so in the bar.
 * It reads nothing on a change: the next action reads the workbook afresh anyway.
 *
 * - Listening: `worksheets.onChanged` (ExcelApi 1.9) covers every sheet, new ones included;
 *   where the host has only ExcelApi 1.7 (the manifest's minimum), each sheet's `onChanged`, and
 *   a sheet added later gets one too. A sheet deleted (`onDeleted`, 1.7) is a change as well.
 * - The pane's own writes (annexes, forms, Điền) raise the same events. From ExcelApi 1.14 an
 *   event says so (`triggerSource` "ThisLocalAddin"); before it, a change that arrives while an
 *   action runs or within OWN_ECHO_MS after it is taken as the pane's own (Excel delivers events
 *   after the request that caused them, so they can outlive the action by a moment).
 */
import type { ExcelHost } from './session';

/** What the pane reads of an event: who made the change, where the host can tell (ExcelApi 1.14). */
export interface WorkbookChange {
  triggerSource?: string;
}

/** How long after its own action the pane takes a change without a `triggerSource` as its own echo. */
export const OWN_ECHO_MS = 1000;

type HostHas = (version: string) => boolean;

const officeHas: HostHas = (version) => typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;

/** Registers the handlers, in one request (two on an ExcelApi 1.7 host: the sheets are listed first). */
export async function watchWorkbook(host: ExcelHost, changed: (change: WorkbookChange) => void, hostHas: HostHas = officeHas): Promise<void> {
  const handler = async (change: WorkbookChange) => changed(change);
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (hostHas('1.9')) sheets.onChanged.add(handler);
    else {
      sheets.load('items/name');
      await context.sync();
      for (const sheet of sheets.items) sheet.onChanged.add(handler);
      sheets.onAdded.add((added) =>
        host.run(async (later) => {
          later.workbook.worksheets.getItem(added.worksheetId).onChanged.add(handler);
          await later.sync();
        }),
      );
    }
    // A deleted sheet's event says nothing of who deleted it: only the timing tells.
    sheets.onDeleted.add(async () => changed({}));
    await context.sync();
  });
}

/**
 * Tells the pane's own changes from the others': `acting` while an action runs, `quietUntil` the
 * end of the moment after it in which a change without a trigger source is taken as its echo.
 */
export class ChangeFilter {
  private acting = false;
  private quietUntil = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  actionStarted(): void {
    this.acting = true;
  }

  actionEnded(): void {
    this.acting = false;
    this.quietUntil = this.now() + OWN_ECHO_MS;
  }

  /** Whether a change is someone else's: the clerk's, another add-in's, a co-author's. */
  isOthers(change: WorkbookChange): boolean {
    if (change.triggerSource !== undefined) return change.triggerSource !== 'ThisLocalAddin';
    return !this.acting && this.now() >= this.quietUntil;
  }
}
