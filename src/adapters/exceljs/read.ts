/**
 * .xlsx bytes to grids, with ExcelJS: the way in for the command line, the tests, and files the
 * task pane imports (so no Node modules here; read-file.ts adds the file system). Reads only.
 * Limits keep memory bounded on hostile or huge files.
 */
import ExcelJS from 'exceljs';
import { CellValue, Grid, MergedRange, parseRangeAddress, UNCALCULATED_FORMULA, WorkbookGrids } from '../../engine/values/grid';
import { MAX_SHEET_NAME_LENGTH, ownedMarkerNumber, sheetOfReference } from '../../engine/values/sheet-names';

import { bothLanguages, Words } from '../../engine/messages/words';
import { PrescanLimits, PrescanRefusal, prescanWorkbook } from './prescan';

export interface ReadLimits extends PrescanLimits {
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxSheets: 500,
  maxCells: 2_000_000,
  maxTextLength: 100_000,
  // ExcelJS checks each merge against every earlier one: 3,000 merges take it about 2 s.
  maxMerges: 3_000,
  maxParts: 10_000,
  // ExcelJS inflates every part whole, used or not.
  maxPartBytes: 128 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

export type WorkbookReadErrorCode = keyof Words['fileRead'];

/** A file that cannot be read as a workbook: the message is one line, Vietnamese / English. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly file: string,
    /** What is wrong, without the file's name. */
    readonly reason: string,
    readonly cause?: unknown,
    readonly part?: string,
  ) {
    super(`${file}${part ? ` (${part})` : ''}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fail(code: WorkbookReadErrorCode, file: string, limit?: number, cause?: unknown, part?: string, detail?: string): never {
  throw new WorkbookReadError(code, file, bothLanguages((words) => words.fileRead[code](limit ?? 0, detail ?? '')), cause, part);
}

const LIMIT_OF: Partial<Record<WorkbookReadErrorCode, keyof ReadLimits>> = {
  'too-many-sheets': 'maxSheets',
  'too-many-cells': 'maxCells',
  'text-too-long': 'maxTextLength',
  'too-many-merges': 'maxMerges',
  'too-many-parts': 'maxParts',
  'part-too-large': 'maxPartBytes',
  'parts-too-large': 'maxTotalBytes',
};

/** Limits that are Excel's own, not the reader's to lower. */
const FIXED_LIMIT_OF: Partial<Record<WorkbookReadErrorCode, number>> = {
  'sheet-name-too-long': MAX_SHEET_NAME_LENGTH,
};

/** The limits checked on the zip and its XML before ExcelJS is given the bytes. */
function checkBeforeParsing(bytes: Uint8Array, file: string, max: ReadLimits): void {
  try {
    prescanWorkbook(bytes, max);
  } catch (error) {
    if (!(error instanceof PrescanRefusal)) throw error;
    if (error.reason === 'not-a-zip' || error.reason === 'not-xml') fail('not-a-workbook', file, undefined, error, error.part);
    const limitName = LIMIT_OF[error.reason];
    fail(error.reason, file, limitName ? max[limitName] : FIXED_LIMIT_OF[error.reason], error, error.part, error.detail);
  }
}

let quietLoads = 0;
let consoleWarn: typeof console.warn | undefined;

/**
 * Runs `load` with console.warn silenced: ExcelJS warns on the console of a sheet name past 31
 * characters (and truncates it), quoting the whole name, which a hostile file makes 100 KB long.
 * The name is read truncated; what goes wrong is said in our own one line. Loads may overlap (the
 * pane reads several files at once): the first silences, the last restores.
 */
async function withoutConsoleWarnings<T>(load: () => Promise<T>): Promise<T> {
  if (quietLoads++ === 0) {
    consoleWarn = console.warn;
    console.warn = () => undefined;
  }
  try {
    return await load();
  } finally {
    if (--quietLoads === 0) console.warn = consoleWarn!;
  }
}

/**
 * The bytes loaded into an ExcelJS workbook once they pass the limits: the one way ExcelJS is
 * given a file to read, whether to read its grids or to fill a copy of it.
 */
export async function loadWorkbookBytes(data: ArrayBuffer | Uint8Array, file: string, max: ReadLimits): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > max.maxFileBytes) fail('too-large', file, max.maxFileBytes);
  // An .xlsx is a zip: "PK\x03\x04". Anything else is refused before ExcelJS sees it; an OLE2
  // compound file is an old .xls or an .xlsx saved with a password, both common in offices.
  if (OLE2_SIGNATURE.every((b, i) => bytes[i] === b)) fail('old-or-encrypted', file);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) fail('not-a-workbook', file);
  checkBeforeParsing(bytes, file, max);
  const workbook = new ExcelJS.Workbook();
  try {
    await withoutConsoleWarnings(() => workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer));
  } catch (error) {
    fail('not-a-workbook', file, undefined, error);
  }
  if (workbook.worksheets.length === 0) fail('not-a-workbook', file);
  return workbook;
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, file: string, limits: Partial<ReadLimits> = {}): Promise<WorkbookGrids> {
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  const workbook = await loadWorkbookBytes(data, file, max);
  if (workbook.worksheets.length > max.maxSheets) fail('too-many-sheets', file, max.maxSheets);
  const budget = { cells: 0 };
  const owned = markedSheets(workbook);
  return {
    file,
    sheets: workbook.worksheets.map((sheet) => {
      const grid = sheetToGrid(sheet, file, max, budget);
      return owned.has(sheet.name) ? { ...grid, ownMark: true } : grid;
    }),
  };
}

/** The sheets the add-in marked as its own annexes (defined names CNTT_ANNEX_n on their A1). */
function markedSheets(workbook: ExcelJS.Workbook): Set<string> {
  const marks = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  const owned = new Set<string>();
  for (const mark of marks) {
    if (ownedMarkerNumber(mark.name) === undefined) continue;
    for (const range of mark.ranges) {
      const sheet = sheetOfReference(range);
      if (sheet !== undefined) owned.add(sheet);
    }
  }
  return owned;
}

function sheetToGrid(sheet: ExcelJS.Worksheet, file: string, max: ReadLimits, budget: { cells: number }): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      budget.cells++;
      if (budget.cells > max.maxCells) fail('too-many-cells', file, max.maxCells);
      const value = cellValue(cell);
      if (typeof value === 'string' && value.length > max.maxTextLength) fail('text-too-long', file, max.maxTextLength);
      values[columnNumber - 1] = value;
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    rows[rowNumber - 1] = values;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  const grid: Grid = { sheet: sheet.name, rows, merges: readMerges(sheet) };
  // Hidden rows and columns: the engine reads them, but says so at their cells.
  const hiddenColumns = (sheet.columns ?? []).flatMap((column, c) => (column?.hidden ? [c] : []));
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  return grid;
}

/** One cell's value as the engine reads it; a formula gives its cached result. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      // A cell inside a merged area: only the top-left one holds the value.
      return null;
    case ExcelJS.ValueType.Formula: {
      const { result } = cell.value as ExcelJS.CellFormulaValue;
      // A formula never calculated (written by a program, not saved by Excel) has no value to read.
      return result === undefined ? UNCALCULATED_FORMULA : resultValue(result);
    }
    default:
      return resultValue(cell.value);
  }
}

function resultValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.error === 'string') return { error: object.error };
    if (Array.isArray(object.richText)) return (object.richText as { text: string }[]).map((run) => run.text).join('');
    if ('text' in object) return resultValue(object.text);
    if ('result' in object) return resultValue(object.result);
    if ('formula' in object || 'sharedFormula' in object) return UNCALCULATED_FORMULA;
  }
  return String(value);
}

function readMerges(sheet: ExcelJS.Worksheet): MergedRange[] {
  const ranges: string[] = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  return ranges.flatMap((range) => {
    const bounds = parseRangeAddress(range);
    return bounds ? [bounds] : [];
  });
}
