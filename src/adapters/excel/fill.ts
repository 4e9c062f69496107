/**
 * Fills computed cells into the office's own sheet, in one sync: only the planned cells; text
 * ("01") gets the text format so Excel keeps it as typed, numbers keep the cell's format.
 */
import { CellChange, SortPlan } from '../../engine/fill';

export async function fillCells(context: Excel.RequestContext, changes: CellChange[]): Promise<void> {
  for (const change of changes) {
    const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.cell);
    if (typeof change.to === 'string') range.numberFormat = [['@']];
    range.values = [[change.to]];
  }
  await context.sync();
}

/** Sorts each table's rows by its ratio column, highest first; Excel's sort moves formats too. */
export async function sortTables(context: Excel.RequestContext, plans: SortPlan[]): Promise<void> {
  for (const plan of plans) {
    const range = context.workbook.worksheets.getItem(plan.sheet).getRangeByIndexes(plan.top, plan.left, plan.bottom - plan.top + 1, plan.right - plan.left + 1);
    range.sort.apply([{ key: plan.key, ascending: false }]);
  }
  await context.sync();
}
