/**
 * Imported forms into the workbook: each grid as a new sheet of values, in one sync for all.
 * Text is written as text (number format "@"), so nothing imported can become a formula.
 */
import { cellText, Grid, isCellError } from '../../engine/grid';

function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Phiếu';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Adds one sheet per grid; returns the names given. Two syncs whatever the number of grids. */
export async function insertGrids(context: Excel.RequestContext, grids: Grid[]): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const names: string[] = [];
  for (const grid of grids) {
    const name = freeSheetName(grid.sheet, taken);
    taken.add(name.toLowerCase());
    names.push(name);
    const sheet = context.workbook.worksheets.add(name);
    const width = Math.max(1, ...grid.rows.map((r) => r.length));
    if (grid.rows.length === 0) continue;
    const range = sheet.getRangeByIndexes(0, 0, grid.rows.length, width);
    const cells = grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    range.numberFormat = cells.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
    range.values = cells.map((row) =>
      row.map((v) => (v === null ? '' : typeof v === 'number' || typeof v === 'boolean' ? v : isCellError(v) ? v.error : cellText(v))),
    );
    for (const m of grid.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  await context.sync();
  return names;
}
