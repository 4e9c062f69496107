/**
 * Imported forms into the workbook: each grid as a new sheet of values, in one sync for all
 * (more for very many).
 * Text is written as text (number format "@"), so nothing imported can become a formula.
 */
import { cellText, Grid, isCellError } from '../../engine/values/grid';
import { removeSheetsAndMarks, RequestBudget } from './write';
import { freeSheetNames, sheetName } from '../../engine/values/sheet-names';

/** A rough size of a grid's values and number formats in a request. */
function gridBytes(grid: Grid): number {
  let bytes = 100 * grid.merges.length;
  for (const row of grid.rows) for (const value of row) bytes += 24 + (typeof value === 'string' ? value.length * 2 : 12);
  return bytes;
}

/**
 * Adds one sheet per grid; returns the names given. Two syncs, more where the requests would pass
 * 4 MB; on failure the sheets added so far are removed.
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
    for (const [i, grid] of grids.entries()) {
      await budget.room(gridBytes(grid));
      addGridSheet(context, names[i], grid);
    }
    await budget.sync();
  } catch (error) {
    await removeSheetsAndMarks(context, names, []);
    throw error;
  }
  return names;
}

/** One new sheet holding the grid's values, text as text. */
export function addGridSheet(context: Excel.RequestContext, name: string, grid: Grid): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  if (grid.rows.length === 0) return sheet;
  const range = sheet.getRangeByIndexes(0, 0, grid.rows.length, width);
  const cells = grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  range.numberFormat = cells.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
  range.values = cells.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'number' || typeof v === 'boolean' ? v : isCellError(v) ? v.error : cellText(v))),
  );
  for (const m of grid.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  return sheet;
}
