/**
 * Fills computed cells into the office's own sheet: only the planned cells, a column of cells at a
 * time (one 2-D assignment per run of rows), in requests under 4 MB. Text ("01") gets the text
 * format so Excel keeps it as typed; numbers keep the cell's format.
 */
import { CellChange, SortPlan } from '../../engine/output/fill';
import { parseCellAddress } from '../../engine/values/grid';
import { RequestBudget } from './write';

interface Run {
  sheet: string;
  column: number;
  top: number;
  values: (string | number)[];
}

/** The changes as runs of consecutive rows in one column, each all text or all numbers. */
export function columnRuns(changes: CellChange[]): Run[] {
  const cells = changes
    .map((change) => ({ change, at: parseCellAddress(change.cell)! }))
    .sort((a, b) => a.change.sheet.localeCompare(b.change.sheet) || a.at.column - b.at.column || a.at.row - b.at.row);
  const runs: Run[] = [];
  for (const { change, at } of cells) {
    const last = runs[runs.length - 1];
    const follows =
      last && last.sheet === change.sheet && last.column === at.column && last.top + last.values.length === at.row && typeof last.values[0] === typeof change.to;
    if (follows) last.values.push(change.to);
    else runs.push({ sheet: change.sheet, column: at.column, top: at.row, values: [change.to] });
  }
  return runs;
}

export async function fillCells(context: Excel.RequestContext, changes: CellChange[]): Promise<void> {
  const budget = new RequestBudget(context);
  for (const run of columnRuns(changes)) {
    await budget.room(200 + run.values.reduce<number>((n, v) => n + 16 + String(v).length * 2, 0));
    const range = context.workbook.worksheets.getItem(run.sheet).getRangeByIndexes(run.top, run.column, run.values.length, 1);
    if (typeof run.values[0] === 'string') range.numberFormat = run.values.map(() => ['@']);
    range.values = run.values.map((v) => [v]);
  }
  await budget.sync();
}

/** Sorts each table's rows by its ratio column, highest first; Excel's sort moves formats too. */
export async function sortTables(context: Excel.RequestContext, plans: SortPlan[]): Promise<void> {
  for (const plan of plans) {
    const range = context.workbook.worksheets.getItem(plan.sheet).getRangeByIndexes(plan.top, plan.left, plan.bottom - plan.top + 1, plan.right - plan.left + 1);
    range.sort.apply([{ key: plan.key, ascending: false }]);
  }
  await context.sync();
}
