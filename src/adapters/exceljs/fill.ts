/**
 * Fills computed cells into a copy of a workbook, with ExcelJS: every other cell, style and sheet
 * stays as it was. The original file is never written, and is read under the same limits as any input.
 */
import ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomic';
import { loadWorkbookFile } from './read-file';
import { CellChange, SortPlan } from '../../engine/output/fill';

/** A table that was asked to be sorted and was not, and the cell that stopped it. */
export interface UnsortedTable {
  sheet: string;
  cell: string;
  reason: 'formula' | 'merged';
}

export interface FillResult {
  sorted: string[];
  unsorted: UnsortedTable[];
}

/**
 * Writes the changes into a copy; with sort plans, also puts each planned table's rows in rank
 * order (highest ratio first, equal ratios in their order), as Excel's Sort does. A table that
 * holds a formula or a merged cell is left unsorted and reported: moving a formula to another
 * row would leave its references pointing at the old row.
 */
export async function fillCopy(input: string, output: string, changes: CellChange[], plans: SortPlan[] = []): Promise<FillResult> {
  // Through the read limits, as every other read: the file may have changed since it was assessed.
  const workbook = await loadWorkbookFile(input);
  for (const change of changes) {
    const sheet = workbook.getWorksheet(change.sheet);
    if (!sheet) continue;
    // A plain string is written as text (never a formula), a number as a number; the style stays.
    sheet.getCell(change.cell).value = change.to;
  }
  const result: FillResult = { sorted: [], unsorted: [] };
  for (const plan of plans) {
    const sheet = workbook.getWorksheet(plan.sheet);
    if (!sheet) continue;
    const blocker = sortBlocker(sheet, plan);
    if (blocker) result.unsorted.push({ sheet: plan.sheet, ...blocker });
    else {
      sortRows(sheet, plan);
      result.sorted.push(plan.sheet);
    }
  }
  await writeFileAtomically(output, (stream) => workbook.xlsx.write(stream));
  return result;
}

function blockCells(sheet: ExcelJS.Worksheet, plan: SortPlan): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  for (let r = plan.top; r <= plan.bottom; r++) {
    const row = sheet.getRow(r + 1);
    rows.push(Array.from({ length: plan.right - plan.left + 1 }, (_, c) => row.getCell(plan.left + c + 1)));
  }
  return rows;
}

function sortBlocker(sheet: ExcelJS.Worksheet, plan: SortPlan): Omit<UnsortedTable, 'sheet'> | undefined {
  for (const cell of blockCells(sheet, plan).flat()) {
    if (cell.isMerged) return { cell: cell.address, reason: 'merged' };
    if (cell.type === ExcelJS.ValueType.Formula) return { cell: cell.address, reason: 'formula' };
  }
  return undefined;
}

function sortRows(sheet: ExcelJS.Worksheet, plan: SortPlan): void {
  const cells = blockCells(sheet, plan);
  const contents = cells.map((row) => row.map((cell) => ({ value: cell.value, style: cell.style })));
  const key = (i: number): number => {
    const value = contents[i][plan.key].value;
    return typeof value === 'number' ? value : -Infinity;
  };
  // Array.prototype.sort is stable: equal ratios keep their order, as in Excel.
  const order = contents.map((_, i) => i).sort((a, b) => key(b) - key(a) || 0);
  order.forEach((from, to) => {
    cells[to].forEach((cell, c) => {
      cell.value = contents[from][c].value;
      cell.style = contents[from][c].style;
    });
  });
}
