/**
 * Imported forms into the workbook: each grid as a new sheet of values, in one sync for all
 * (more for very many, or very large).
 * Text is written as text (number format "@"), so nothing imported can become a formula.
 */
import { CellValue, cellText, Grid, isCellError } from '../../engine/values/grid';
import { chunks, removeSheetsAndMarks, RequestBudget } from './write';
import { freeSheetNames, sheetName } from '../../engine/values/sheet-names';

/** A rough size of some rows' values and number formats in a request. */
function rowsBytes(rows: CellValue[][]): number {
  let bytes = 0;
  for (const row of rows) for (const value of row) bytes += 24 + (typeof value === 'string' ? value.length * 2 : 12);
  return bytes;
}

/**
 * Adds one sheet per grid; returns the names given. Two syncs, more where the requests would pass
 * 4 MB (a grid of many rows goes in blocks); on failure the sheets added so far are removed.
 */
export async function insertGrids(context: Excel.RequestContext, grids: Grid[]): Promise<string[]> {
  const budget = new RequestBudget(context);
  const sheets = context.workbook.worksheets.load('items/name');
  await budget.sync();
  const names = freeSheetNames(
    grids.map((grid) => sheetName(grid.sheet) || 'Phiếu'),
    sheets.items.map((s) => s.name),
  );
  try {
    for (const [i, grid] of grids.entries()) await addGridSheetInBlocks(context, budget, names[i], grid);
    await budget.sync();
  } catch (error) {
    await removeSheetsAndMarks(context, names, []);
    throw error;
  }
  return names;
}

/** One new sheet holding the grid's values, text as text, in the request under way (a small sheet: the rules sheet). */
export function addGridSheet(context: Excel.RequestContext, name: string, grid: Grid): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  for (const block of filledRanges(grid.rows)) writeValues(sheet, block);
  mergeAreas(sheet, grid);
  return sheet;
}

/** The same for a grid of any size: its blocks go in requests kept under the budget. */
async function addGridSheetInBlocks(context: Excel.RequestContext, budget: RequestBudget, name: string, grid: Grid): Promise<void> {
  await budget.room(100 + 100 * grid.merges.length);
  const sheet = context.workbook.worksheets.add(name);
  for (const block of filledRanges(grid.rows)) {
    await budget.room(rowsBytes(block.rows));
    writeValues(sheet, block);
  }
  mergeAreas(sheet, grid);
}

function mergeAreas(sheet: Excel.Worksheet, grid: Grid): void {
  for (const m of grid.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
}

/**
 * The rows to write, in blocks of rows as wide as their widest, or row by row where a block
 * would be mostly blank: a file with cells at XFD3 and A1048576 is a few cells to write, not a
 * rectangle of 17 billion. Lengths are compared in a loop: a grid may have a million rows.
 */
function* filledRanges(rows: CellValue[][]): Generator<{ start: number; rows: CellValue[][]; width: number }> {
  for (const block of chunks(rows)) {
    const width = block.rows.reduce((most, row) => Math.max(most, row.length), 0);
    const filled = block.rows.reduce((n, row) => n + row.length, 0);
    if (width === 0) continue;
    if (block.rows.length * width <= 2 * filled + 5000) yield { ...block, width };
    else for (const [i, row] of block.rows.entries()) if (row.length > 0) yield { start: block.start + i, rows: [row], width: row.length };
  }
}

function writeValues(sheet: Excel.Worksheet, { start, rows, width }: { start: number; rows: CellValue[][]; width: number }): void {
  const range = sheet.getRangeByIndexes(start, 0, rows.length, width);
  const cells = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  range.numberFormat = cells.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
  range.values = cells.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'number' || typeof v === 'boolean' ? v : isCellError(v) ? v.error : cellText(v))),
  );
}
