/**
 * Fills computed cells into a copy of a workbook, with ExcelJS: every other cell, style and sheet
 * stays as it was. The original file is never written.
 */
import ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomic';
import { CellChange } from '../../engine/fill';

export async function fillCopy(input: string, output: string, changes: CellChange[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  for (const change of changes) {
    const sheet = workbook.getWorksheet(change.sheet);
    if (!sheet) continue;
    // A plain string is written as text (never a formula), a number as a number; the style stays.
    sheet.getCell(change.cell).value = change.to;
  }
  await writeFileAtomically(output, (temporary) => workbook.xlsx.writeFile(temporary));
}
