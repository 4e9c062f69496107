/**
 * Finding tables in a grid: header rows, merged header cells, section titles.
 */
import { cellAddress, cellAt, cellKey, cellText, Grid } from '../values/grid';
import { numberedTitle, NumberedTitle } from '../rules/groups';

/** Text of a header cell; a cell inside a merged area reads the area's top-left value. */
export function headerText(grid: Grid, row: number, column: number, masters: MergeMasters): string {
  const master = masters.get(cellKey(row, column));
  return cellText(master ? cellAt(grid, master[0], master[1]) : cellAt(grid, row, column));
}

/** For every cell inside a merged area but its top-left one: that top-left cell. */
export type MergeMasters = Map<number, [number, number]>;

export function mergeMasters(grid: Grid): MergeMasters {
  const masters: MergeMasters = new Map();
  for (const merge of grid.merges) {
    // Header rows are what need this; a huge merged block is not a header, so cap the work.
    if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > 10000) continue;
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r !== merge.top || c !== merge.left) masters.set(cellKey(r, c), [merge.top, merge.left]);
      }
    }
  }
  return masters;
}

/** The merged area whose top-left cell is (row, column), if any. */
export function mergeAt(grid: Grid, row: number, column: number) {
  return grid.merges.find((m) => m.top === row && m.left === column);
}

/** Number of cells in the row (a merged area's cells are in the rows of the grids both adapters read). */
export function rowLength(grid: Grid, row: number): number {
  return grid.rows[row]?.length ?? 0;
}

/** Number of columns in the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, row.length);
  return width;
}

/** The non-empty cells of a row as [column, text]. */
export function rowTexts(grid: Grid, row: number): [number, string][] {
  const out: [number, string][] = [];
  const cells = grid.rows[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const text = cellText(cells[c]);
    if (text !== '') out.push([c, text]);
  }
  return out;
}

/**
 * A section title row: a single text cell, numbered "1.", "II.", "I.1.", "a)". Returns the
 * numbering, its level and the cell, or undefined for any other row.
 */
export function sectionTitle(grid: Grid, row: number): (NumberedTitle & { cell: string; full: string }) | undefined {
  const texts = rowTexts(grid, row);
  if (texts.length !== 1) return undefined;
  const value = cellAt(grid, row, texts[0][0]);
  if (typeof value !== 'string') return undefined;
  const title = numberedTitle(value);
  return title ? { ...title, cell: cellAddress(row, texts[0][0]), full: texts[0][1] } : undefined;
}

/** The merged area that hides the value of cell (row, column), where it is not the area's first cell. */
export function hiddenByMerge(grid: Grid, row: number, column: number, masters: MergeMasters): { range: string; first: string } | undefined {
  const master = masters.get(cellKey(row, column));
  if (!master) return undefined;
  const area = grid.merges.find((m) => m.top === master[0] && m.left === master[1])!;
  return { range: `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`, first: cellAddress(area.top, area.left) };
}
