/**
 * Hidden rows and columns of the sheets read, for the reader's warnings (and --skip-hidden), in
 * one request for every sheet: the read area's `rowHidden` and `columnHidden` (ExcelApi 1.2:
 * true where all are hidden, false where none, null where some) and its visible cells
 * (`getSpecialCellsOrNullObject(Visible)`, ExcelApi 1.9), whose areas cover exactly the rows and
 * columns that are not hidden. Rows hidden by a filter are hidden rows too.
 */
import { Grid } from '../../engine/values/grid';
import { gridWidth } from '../../engine/reading/table';
import { askEachSheet } from './each-sheet';
import { parseAreas } from './merges';

interface Hidden {
  rows: number[];
  columns: number[];
}

/** Each sheet's hidden rows and columns within its grid (0-based), or undefined where Excel could not say. */
export async function readHidden(context: Excel.RequestContext, sheets: Excel.Worksheet[], grids: Grid[]): Promise<(Hidden | undefined)[]> {
  return askEachSheet(context, sheets.length, (i) => {
    const height = grids[i].rows.length;
    const width = gridWidth(grids[i]);
    const area = sheets[i].getRangeByIndexes(0, 0, height, width).load('rowHidden,columnHidden');
    // One cell is never asked for its visible cells: rowHidden and columnHidden say it all.
    const visible = height * width > 1 ? area.getSpecialCellsOrNullObject('Visible').load('address') : undefined;
    return () => {
      if (area.rowHidden === false && area.columnHidden === false) return { rows: [], columns: [] };
      const shown = !visible || visible.isNullObject ? [] : parseAreas(visible.address);
      return {
        rows: hiddenOf(height, area.rowHidden, shown.map((a) => [a.top, a.bottom])),
        columns: hiddenOf(width, area.columnHidden, shown.map((a) => [a.left, a.right])),
      };
    };
  });
}

/** The indices below `count` that no visible run covers (all where Excel says all are hidden). */
function hiddenOf(count: number, allHidden: boolean | null, visibleRuns: number[][]): number[] {
  if (allHidden === false) return [];
  const shown = new Uint8Array(count);
  if (allHidden !== true) for (const [first, last] of visibleRuns) shown.fill(1, first, Math.min(last, count - 1) + 1);
  return Array.from({ length: count }, (_, i) => i).filter((i) => shown[i] === 0);
}
