/** The request context (queue, sync, request and response limits) and `createFakeExcel`. */
import type { ClientObject } from './client-object';
import { cellOf, FakeExcelError, parseAddress, Scalar, WorkbookModel } from './model';
import { FakeNamedItemCollection } from './names';
import { FakeWorksheetCollection } from './worksheet';

type Operation = { run: () => void; size: number };

export interface FakeModel extends WorkbookModel {
  selection?: { sheet: string; address: string };
}

export class FakeRequestContext {
  readonly model: FakeModel;
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection; getSelectedRange: () => never };
  pendingLoads: ClientObject[] = [];
  private operations: Operation[] = [];
  /** Syncs so far, and the largest request sent and response received, in bytes. */
  syncCount = 0;
  maxPayloadBytes = 0;
  maxResponseBytes = 0;
  private fault?: { code: string; afterOperations: number };
  /** Excel on the web's limit; tests lower it to exercise large workbooks with small ones. */
  responseLimitBytes = 5 * 1024 * 1024;

  constructor(model: WorkbookModel) {
    this.model = model as FakeModel;
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
      getSelectedRange: () => {
        throw new FakeExcelError('NotImplemented', 'getSelectedRange is not modelled');
      },
    };
  }

  queue(run: () => void, payload: unknown): void {
    let size = 64;
    if (payload !== null && payload !== undefined) size += typeof payload === 'string' ? payload.length : JSON.stringify(payload).length;
    this.operations.push({ run, size });
  }

  /** The next sync fails with `code` after applying its first `afterOperations` operations. */
  failNextSyncWith(code: string, afterOperations = 0): void {
    this.fault = { code, afterOperations };
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const operations = this.operations;
    const loads = this.pendingLoads;
    this.operations = [];
    this.pendingLoads = [];
    const payload = operations.reduce((sum, op) => sum + op.size, 0);
    this.maxPayloadBytes = Math.max(this.maxPayloadBytes, payload);
    if (payload > 5 * 1024 * 1024) throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const fault = this.fault;
    this.fault = undefined;
    for (const [i, op] of operations.entries()) {
      if (fault && i >= fault.afterOperations) throw new FakeExcelError(fault.code, `Injected fault: ${fault.code}`);
      op.run();
    }
    if (fault) throw new FakeExcelError(fault.code, `Injected fault: ${fault.code}`);
    const loaded = [...new Set(loads)];
    // A request that fails while reading delivers nothing, as one that fails while writing.
    const resolved: ClientObject[] = [];
    try {
      for (const object of loaded) {
        object.resolveLoad();
        resolved.push(object);
      }
    } catch (error) {
      for (const object of resolved) object.discardLoad();
      throw error;
    }
    // Excel on the web refuses a response over 5 MB, as it does a request.
    const response = loaded.reduce((sum, object) => sum + object.responseBytes(), 0);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, response);
    if (response > this.responseLimitBytes) {
      for (const object of loaded) object.discardLoad();
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }
}

/** A sheet to start with: values from A1, formulas by address, hidden rows and columns (0-based). */
export interface InitialSheet {
  name: string;
  values: Scalar[][];
  formulas?: Record<string, string>;
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/** A fake Excel with the given sheets (values from A1), and `run` in the manner of Excel.run. */
export function createFakeExcel(initial: InitialSheet[] = []) {
  const model = new WorkbookModel();
  for (const { name, values, formulas, hiddenRows = [], hiddenColumns = [] } of initial) {
    const sheet = model.addSheet(name);
    sheet.hiddenRows = new Set(hiddenRows);
    sheet.hiddenColumns = new Set(hiddenColumns);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') cellOf(sheet, r, c).value = value;
      }),
    );
    for (const [address, formula] of Object.entries(formulas ?? {})) {
      const { top, left } = parseAddress(address);
      cellOf(sheet, top, left).formula = formula;
    }
  }
  const context = new FakeRequestContext(model);
  return {
    model: context.model,
    context,
    /** As `Excel.run(batch)`, on this fake's context. */
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext),
  };
}

