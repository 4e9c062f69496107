/**
 * The test host for the browser tests: served in place of office.js, it gives the pane the
 * Office and Excel globals it uses, over an in-memory workbook (the Excel test double). The test
 * sets window.__CNTT_WORKBOOK__ (sheets and display language) before the page loads.
 */
import { cellOf, columnLetters, createFakeExcel, InitialSheet, Scalar } from '../support/excel-double';

interface HostSetup {
  language?: string;
  /** Office.context.officeTheme, as Office gives it in a dark or coloured theme. */
  theme?: Record<string, string>;
  /** Values from A1, and hidden rows and columns (0-based). */
  sheets: InitialSheet[];
  /** The host's highest ExcelApi 1.x (default: every set); below 14, events do not say who made a change. */
  excelApi?: number;
}

const w = window as unknown as Record<string, unknown>;
const setup = (w.__CNTT_WORKBOOK__ as HostSetup | undefined) ?? { sheets: [{ name: 'Sheet1', values: [] }] };
const excel = createFakeExcel(setup.sheets);
const excelApi = setup.excelApi ?? Infinity;
excel.model.events.triggerSource = excelApi >= 14;

const info = { host: 'Excel', platform: 'OfficeOnline' };
/** The shared runtime's visibility-mode handlers (SharedRuntime 1.1). */
const visibilityHandlers: ((args: { visibilityMode: string }) => void)[] = [];
w.Office = {
  addin: {
    onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void) {
      visibilityHandlers.push(handler);
      return Promise.resolve(async () => {});
    },
  },
  HostType: { Excel: 'Excel' },
  context: {
    displayLanguage: setup.language ?? 'vi-VN',
    officeTheme: setup.theme,
    requirements: { isSetSupported: (name: string, version = '1.1') => name !== 'ExcelApi' || Number(version.split('.')[1] ?? 0) <= excelApi },
  },
  onReady(callback?: (i: typeof info) => void) {
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
};
w.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => excel.run(batch) };

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
w.CustomFunctions = {
  associate() {},
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' },
};

/** For the test's assertions: the workbook as the pane left it. */
w.__CNTT_EXCEL__ = {
  sheetNames: () => excel.model.sheets.map((s) => s.name),
  values: (name: string) => {
    const sheet = excel.model.sheetByName(name);
    if (!sheet) return null;
    const rows: Scalar[][] = [];
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      rows[r] = rows[r] ?? [];
      rows[r][c] = cell.formula ?? cell.value;
    }
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  },
  selection: () => excel.model.selection ?? null,
  cell: (name: string, row: number, column: number) => {
    const cell = excel.model.sheetByName(name)?.cells.get(`${row},${column}`);
    return cell ? { value: cell.value, locked: cell.locked ?? true, validation: cell.validation ?? null } : null;
  },
  isProtected: (name: string) => excel.model.sheetByName(name)?.protected ?? null,
  charts: (name: string) => excel.model.sheetByName(name)?.charts ?? null,
  /** The next request that writes fails, as Excel does when a request is too large. */
  failWrites: (code: string) => {
    const sync = excel.context.sync.bind(excel.context);
    const pending = excel.context as unknown as { operations: unknown[] };
    let armed = true;
    excel.context.sync = async () => {
      // Reads (the pane reads the workbook afresh before it builds) go through; the first write fails.
      if (armed && pending.operations.length > 0) {
        armed = false;
        excel.context.failNextSyncWith(code, 10);
      }
      return sync();
    };
  },
  /** The user types into a cell in Excel (row and column from 0), with the pane open. */
  setCell: (name: string, row: number, column: number, value: Scalar) => {
    const sheet = excel.model.sheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    cellOf(sheet, row, column).value = value;
    excel.model.events.rangeEdited(sheet.id, `${columnLetters(column)}${row + 1}`, 'Unknown');
  },
  /** The user adds a sheet on the tab bar (Excel raises onAdded). */
  addSheet: (name: string) => void excel.model.addSheet(name),
  /** Workbook events delivered to the pane so far. */
  eventsDelivered: () => excel.model.events.delivered,
  activeSheet: () => excel.model.activeSheet ?? null,
  /** Requests sent to Excel so far. */
  syncCount: () => excel.context.syncCount,
  /** Handlers the pane gave Office for its visibility. */
  visibilityHandlers: () => visibilityHandlers.length,
  /** Office shows the pane of a shared runtime that started hidden. */
  showPane: () => visibilityHandlers.forEach((handler) => handler({ visibilityMode: 'Taskpane' })),
  /** The user renames a sheet on its tab. */
  renameSheet: (from: string, to: string) => excel.model.renameSheet(excel.model.sheetByName(from)!, to),
};
