import { LayoutSheet } from '../../src/engine/output/layout';
import { CellValue, Grid } from '../../src/engine/values/grid';

/** A written sheet as the readers see it: each cell's value, merges kept. */
export function layoutGrid(sheet: LayoutSheet): Grid {
  return { sheet: sheet.name, rows: sheet.rows.map((row) => row.map((c): CellValue => c.value)), merges: sheet.merges };
}

/** Types text into a cell of a grid (0-based row and column), growing the row as Excel would. */
export function typeInto(grid: Grid, row: number, column: number, value: CellValue): void {
  const cells = grid.rows[row];
  while (cells.length <= column) cells.push(null);
  cells[column] = value;
}
