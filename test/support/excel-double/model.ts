/**
 * The workbook the double keeps in memory (sheets, cells, merges, names), Excel's address forms
 * and the error Excel's API throws. What proxies do with it is in the other files of this folder.
 */
import { columnLetter } from '../../../src/engine/values/grid';
import { WorkbookEvents } from './events';

export type Scalar = string | number | boolean | null;

export interface CellModel {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Record<string, string>;
  /** false where the cell stays editable on a protected sheet. */
  locked?: boolean;
  /** A custom data-validation formula. */
  validation?: string;
}

export interface SheetModel {
  id: number;
  name: string;
  cells: Map<string, CellModel>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freezeRows: number;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  charts: ChartModel[];
  printTitleRows?: string;
  orientation?: string;
  paperSize?: string;
  fitToWidth?: number;
  fitToHeight?: number;
  firstPageNumber?: number;
  /** Page margins in points, by edge (leftMargin, topMargin, headerMargin, …). */
  margins: Record<string, number>;
  /** The centre header of the first page and of the others, and which of them apply. */
  headers: { state?: string; firstPage?: string; defaultForAllPages?: string };
  protected: boolean;
  /** Excel's sheet visibility: a very hidden sheet is shown only by code. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface ChartModel {
  type: string;
  title?: string;
  values: string;
  categories?: string;
  valueAxis: { minimum?: number; maximum?: number };
  legend?: boolean;
  series: { name: string; values: string; chartType?: string }[];
  position?: [string, string];
  /** Excel's default: cells in hidden rows and columns are not plotted (ExcelApi 1.8 to change). */
  plotVisibleOnly?: boolean;
}

export interface NameModel {
  name: string;
  /** The reference, as Excel shows it: "='Phụ lục I'!$A$1". */
  formula: string;
  comment?: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const NOT_LOADED = (property: string) =>
  new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );


// ---------------------------------------------------------------- addresses

export const columnLetters = columnLetter;

/** A worksheet's size in Excel. */
export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B2:D5" or "B2" (optionally "Sheet!" before it) → 0-based inclusive bounds. */
export function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = local.replace(/\$/g, '').split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref);
    if (!m) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
    return [Number(m[2]) - 1, columnNumber(m[1])];
  };
  const [top, left] = parse(a);
  const [bottom, right] = parse(b);
  return { top, left, bottom, right };
}

/** The sheets a formula names: 'Phụ lục I'!A1 or Sheet1!A1 (text in double quotes left out). */
export function referencedSheets(formula: string): string[] {
  const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const names: string[] = [];
  for (const m of outsideText.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*)!/g)) names.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return names;
}

/** The ways a formula can name a sheet: 'Phụ lục I'! or Sheet1!. */
export function sheetPrefixes(name: string): string[] {
  return [`'${name.replace(/'/g, "''")}'!`, `${name}!`];
}

export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------- the workbook model

/**
 * Excel's rules for a tab name, on adding and renaming: 1 to 31 characters, none of []:*?/\\, no
 * apostrophe first or last, and not "History" (Excel keeps it for a shared workbook's changes).
 */
function checkSheetName(name: string): void {
  const bad = name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history';
  if (bad) throw new FakeExcelError('InvalidArgument', `Bad sheet name ${name}`);
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  /** Handlers the add-in registered for workbook events (events.ts). */
  readonly events = new WorkbookEvents();
  private nextId = 1;
  /** The sheet on screen: the first one until another is activated. */
  activeSheetId?: number;

  /** The active sheet's name, as the tab shows it. */
  get activeSheet(): string | undefined {
    return this.sheets.find((s) => s.id === this.activeSheetId)?.name;
  }

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    }
    checkSheetName(name);
    const sheet: SheetModel = {
      id: this.nextId++,
      name,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      freezeRows: 0,
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      charts: [],
      margins: {},
      headers: {},
      protected: false,
      visibility: 'Visible',
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.events.sheetAdded(sheet.id);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Renames a sheet as Excel does: defined names that refer to it follow. */
  renameSheet(sheet: SheetModel, value: string): void {
    checkSheetName(value);
    const clash = this.sheetByName(value);
    if (clash && clash !== sheet) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${value} already exists.`);
    for (const n of this.names) {
      for (const before of sheetPrefixes(sheet.name)) {
        if (n.formula.startsWith(`=${before}`)) n.formula = `=${quoteName(value)}!${n.formula.slice(before.length + 1)}`;
      }
    }
    sheet.name = value;
  }

  /** Sheets a user can see on their tabs. */
  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  sheetById(id: number): SheetModel {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new FakeExcelError('ItemNotFound', 'The requested resource does not exist.');
    return sheet;
  }

  /** Sheets, names and every cell, as plain data: to compare a workbook before and after. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, cell]) => [key, { ...cell }]),
        merges: s.merges.map((m) => ({ ...m })),
        freezeRows: s.freezeRows,
      })),
      // Copies: a snapshot taken before a run must not change with it.
      names: this.names.map((n) => ({ ...n })),
    };
  }
}

export function cellOf(sheet: SheetModel, row: number, column: number): CellModel {
  const key = `${row},${column}`;
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null, numberFormat: 'General', font: {}, borders: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function peekCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(`${row},${column}`);
}

/** What Excel stores for a value written through range.values. */
export function storeValue(cell: CellModel, value: Scalar): void {
  cell.formula = undefined;
  if (typeof value === 'string' && cell.numberFormat !== '@') {
    if (value.startsWith('=')) {
      cell.formula = value;
      cell.value = 0;
      return;
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) {
      cell.value = Number(value);
      return;
    }
  }
  cell.value = value === '' ? null : value;
}

/** A sheet's values as a dense grid from A1 (for assertions). */
export function sheetValues(sheet: SheetModel): Scalar[][] {
  let rows = 0;
  let columns = 0;
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => peekCell(sheet, r, c)?.value ?? null));
}

/** Excel refuses layout changes (widths, freeze panes, page setup, charts, …) on a protected sheet. */
export function guardProtected(sheet: SheetModel): void {
  if (sheet.protected) throw new FakeExcelError('AccessDenied', 'The cell or chart you are trying to change is protected.');
}

/**
 * The names of the added series Excel draws: as Excel, a series whose cells all lie in hidden
 * columns is not plotted unless the chart's plotVisibleOnly is false.
 */
export function plottedSeries(sheet: SheetModel, chart: ChartModel): string[] {
  const shown = (address: string) => {
    const { left, right } = parseAddress(address);
    for (let c = left; c <= right; c++) if (!sheet.hiddenColumns.has(c)) return true;
    return false;
  };
  return chart.series.filter((s) => chart.plotVisibleOnly === false || shown(s.values)).map((s) => s.name);
}
