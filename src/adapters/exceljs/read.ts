/**
 * .xlsx bytes to grids, with ExcelJS: the way in for the command line, the tests, and files the
 * task pane imports (so no Node modules here; read-file.ts adds the file system). Reads only.
 * Limits keep memory bounded on hostile or huge files.
 */
import ExcelJS from 'exceljs';
import { CellValue, Grid, MergedRange, parseRangeAddress, WorkbookGrids } from '../../engine/values/grid';
import { bothLanguages, Words } from '../../engine/messages/words';

export interface ReadLimits {
  maxFileBytes: number;
  maxSheets: number;
  maxCells: number;
  maxTextLength: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxSheets: 500,
  maxCells: 2_000_000,
  maxTextLength: 100_000,
};

export type WorkbookReadErrorCode = keyof Words['fileRead'];

/** A file that cannot be read as a workbook: the message is one line, Vietnamese / English. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly file: string,
    message: string,
    readonly cause?: unknown,
  ) {
    super(`${file}: ${message}`);
    this.name = 'WorkbookReadError';
  }
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fail(code: WorkbookReadErrorCode, file: string, limit?: number, cause?: unknown): never {
  throw new WorkbookReadError(code, file, bothLanguages((words) => words.fileRead[code](limit ?? 0)), cause);
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, file: string, limits: Partial<ReadLimits> = {}): Promise<WorkbookGrids> {
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > max.maxFileBytes) fail('too-large', file, max.maxFileBytes);
  // An .xlsx is a zip: "PK\x03\x04". Anything else is refused before ExcelJS sees it; an OLE2
  // compound file is an old .xls or an .xlsx saved with a password, both common in offices.
  if (OLE2_SIGNATURE.every((b, i) => bytes[i] === b)) fail('old-or-encrypted', file);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) fail('not-a-workbook', file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    fail('not-a-workbook', file, undefined, error);
  }
  if (workbook.worksheets.length === 0) fail('not-a-workbook', file);
  if (workbook.worksheets.length > max.maxSheets) fail('too-many-sheets', file, max.maxSheets);
  const budget = { cells: 0 };
  return { file, sheets: workbook.worksheets.map((sheet) => sheetToGrid(sheet, file, max, budget)) };
}

function sheetToGrid(sheet: ExcelJS.Worksheet, file: string, max: ReadLimits, budget: { cells: number }): Grid {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
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
  return { sheet: sheet.name, rows, merges: readMerges(sheet) };
}

/** One cell's value as the engine reads it; a formula gives its cached result. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      // A cell inside a merged area: only the top-left one holds the value.
      return null;
    case ExcelJS.ValueType.Formula:
      return resultValue((cell.value as ExcelJS.CellFormulaValue).result);
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
    if ('formula' in object || 'sharedFormula' in object) return null;
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
