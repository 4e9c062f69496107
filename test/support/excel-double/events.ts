/**
 * Workbook events, as the Excel JavaScript API gives them:
 *
 * - `worksheet.onChanged` (ExcelApi 1.7) for one sheet, `worksheets.onChanged` (ExcelApi 1.9)
 *   for every sheet, including sheets added later; `worksheets.onAdded` and `onDeleted` (1.7).
 * - A handler is registered by the request that adds it (at its sync), and `remove()` takes it
 *   off at the next sync.
 * - Handlers are called after the change, never inside the request that made it: each on a
 *   later turn of the event loop, as Excel delivers its notifications.
 * - Changes the add-in makes raise events too (Excel does not tell them apart before ExcelApi
 *   1.14): `triggerSource` is "ThisLocalAddin" for the add-in's own writes and "Unknown" for the
 *   user's, and is absent where the host is older than 1.14 (`WorkbookEvents.triggerSource`).
 * - Only values and formulas raise onChanged (formats raise onFormatChanged, not modelled).
 */
export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

export interface ChangedEventArgs {
  type: 'WorksheetChanged';
  source: 'Local';
  changeType: 'RangeEdited';
  worksheetId: string;
  address: string;
  triggerSource?: TriggerSource;
}

export interface SheetEventArgs {
  type: 'WorksheetAdded' | 'WorksheetDeleted';
  source: 'Local';
  worksheetId: string;
}

type Handler<T> = (args: T) => Promise<unknown> | unknown;

interface Registration<T> {
  handler: Handler<T>;
  /** The sheet a worksheet-level handler listens to; undefined for the whole collection. */
  sheetId?: number;
}

export class WorkbookEvents {
  /** Where the host has ExcelApi 1.14, event args say who made the change. */
  triggerSource = true;
  changed: Registration<ChangedEventArgs>[] = [];
  added: Registration<SheetEventArgs>[] = [];
  deleted: Registration<SheetEventArgs>[] = [];
  /** Events delivered so far, for tests that wait for them. */
  delivered = 0;

  rangeEdited(sheetId: number, address: string, by: TriggerSource): void {
    const args: ChangedEventArgs = { type: 'WorksheetChanged', source: 'Local', changeType: 'RangeEdited', worksheetId: String(sheetId), address };
    if (this.triggerSource) args.triggerSource = by;
    for (const r of this.changed) if (r.sheetId === undefined || r.sheetId === sheetId) this.deliver(r.handler, args);
  }

  sheetAdded(sheetId: number): void {
    for (const r of this.added) this.deliver(r.handler, { type: 'WorksheetAdded', source: 'Local', worksheetId: String(sheetId) });
  }

  sheetDeleted(sheetId: number): void {
    for (const r of this.deleted) this.deliver(r.handler, { type: 'WorksheetDeleted', source: 'Local', worksheetId: String(sheetId) });
    this.changed = this.changed.filter((r) => r.sheetId !== sheetId);
  }

  private deliver<T>(handler: Handler<T>, args: T): void {
    setTimeout(() => {
      this.delivered++;
      void handler(args);
    }, 0);
  }
}

/** An event member (`onChanged`, `onAdded`, …): `add` queues the registration into the request. */
export class FakeEvent<T> {
  constructor(
    private readonly queue: (run: () => void) => void,
    private readonly list: () => Registration<T>[],
    private readonly sheetId?: () => number,
  ) {}

  add(handler: Handler<T>): { remove: () => void } {
    let registration: Registration<T> | undefined;
    this.queue(() => {
      registration = { handler, sheetId: this.sheetId?.() };
      this.list().push(registration);
    });
    return {
      remove: () =>
        this.queue(() => {
          const list = this.list();
          const at = registration ? list.indexOf(registration) : -1;
          if (at >= 0) list.splice(at, 1);
        }),
    };
  }
}
