/**
 * The open workbook to grids, with the Excel JS API: two syncs whatever the number of sheets
 * (names first, then every sheet's used range at once). Reads only; writes nothing.
 */
import { CellValue, Grid, MergedRange, WorkbookGrids } from '../../engine/grid';
import { ownedFromNames } from './owned';

export interface ReadOptions {
  /** Shown in messages as the file; Excel's API gives no file name before ExcelApi 1.x. */
  file?: string;
  /** Only these sheets; default every sheet but the add-in's own annexes. */
  sheets?: string[];
  /** Read merged areas (ExcelApi 1.13); skipped where the host lacks it. */
  merges?: boolean;
}

/** The names of the sheets the add-in wrote (marked by its defined names). */
export async function ownedSheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  await context.sync();
  return ownedFromNames(names.items);
}

function hasMergedAreas(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

export async function readWorkbookGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  await context.sync();
  const owned = ownedFromNames(names.items);
  const wanted = sheets.items.filter((s) => (options.sheets ? options.sheets.includes(s.name) : !owned.has(s.name)));
  const withMerges = options.merges ?? hasMergedAreas();
  const requests = wanted.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true).load('values,valueTypes,rowIndex,columnIndex');
    const merged = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
    return { name: sheet.name, used, merged };
  });
  await context.sync();
  return {
    file: options.file ?? 'Workbook',
    sheets: requests.map(({ name, used, merged }): Grid => {
      if (used.isNullObject) return { sheet: name, rows: [], merges: [] };
      return {
        sheet: name,
        rows: toRows(used.values, used.valueTypes, used.rowIndex, used.columnIndex),
        merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
      };
    }),
  };
}

/** The used range's values placed from A1: rows and columns before it are blank. */
function toRows(values: unknown[][], types: string[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  values.forEach((row, r) => {
    const out: CellValue[] = Array(columnIndex).fill(null);
    row.forEach((value, c) => out.push(cellValue(value, types[r]?.[c])));
    rows.push(out);
  });
  return rows;
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** "Sheet1!A1:B2, 'Phụ lục'!C3:D4" → merged ranges. */
export function parseAreas(address: string): MergedRange[] {
  return address
    .split(',')
    .map((part) => part.trim().replace(/^.*!/, '').replace(/\$/g, ''))
    .flatMap((local) => {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
      if (!m) return [];
      const left = column(m[1]);
      const top = Number(m[2]) - 1;
      return [{ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? column(m[3]) : left }];
    });
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
