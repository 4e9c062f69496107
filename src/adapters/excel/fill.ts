/**
 * Fills computed cells into the office's own sheet, in one sync: only the planned cells; text
 * ("01") gets the text format so Excel keeps it as typed, numbers keep the cell's format.
 */
import { CellChange } from '../../engine/fill';

export async function fillCells(context: Excel.RequestContext, changes: CellChange[]): Promise<void> {
  for (const change of changes) {
    const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.cell);
    if (typeof change.to === 'string') range.numberFormat = [['@']];
    range.values = [[change.to]];
  }
  await context.sync();
}
