/**
 * Imported forms into the workbook: each grid as a new sheet of values, in one sync for all
 * (more for very many).
 * Text is written as text (number format "@"), so nothing imported can become a formula.
 */
import { cellText, Grid, isCellError } from '../../engine/values/grid';
import { removeSheetsAndMarks, RequestBudget } from './write';

function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Phiếu';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

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
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const names = grids.map((grid) => {
    const name = freeSheetName(grid.sheet, taken);
    taken.add(name.toLowerCase());
    return name;
  });
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
function addGridSheet(context: Excel.RequestContext, name: string, grid: Grid): void {
  const sheet = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  if (grid.rows.length === 0) return;
  const range = sheet.getRangeByIndexes(0, 0, grid.rows.length, width);
  const cells = grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  range.numberFormat = cells.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
  range.values = cells.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'number' || typeof v === 'boolean' ? v : isCellError(v) ? v.error : cellText(v))),
  );
  for (const m of grid.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
}
