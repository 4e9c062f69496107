/**
 * The "Quy định" sheet the pane writes for an office to edit, pre-filled with the rules in force
 * (engine/output/rules-sheet.ts gives its cells). Never over an existing rules sheet: that one is
 * the office's. Two syncs: one to see which sheets exist, one to write; on failure the new sheet
 * is removed and the workbook is as it was.
 */
import { isRulesSheetName } from '../../engine/rules/rules-sheet';
import { RULES_SHEET_COLUMN_WIDTHS, RULES_SHEET_HEADER_ROW, RULES_SHEET_NAME } from '../../engine/output/rules-sheet';
import { columnPoints } from '../../engine/output/print';
import { CellValue } from '../../engine/values/grid';
import { addGridSheet } from './insert';
import { ExcelWriteError, removeSheetsAndMarks } from './write';

/** written: false where the workbook has a rules sheet already (`sheet` names it). */
export async function writeRulesSheet(context: Excel.RequestContext, rows: CellValue[][]): Promise<{ written: boolean; sheet: string }> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const existing = sheets.items.find((s) => isRulesSheetName(s.name));
  if (existing) return { written: false, sheet: existing.name };
  try {
    const sheet = addGridSheet(context, RULES_SHEET_NAME, { sheet: RULES_SHEET_NAME, rows, merges: [] });
    RULES_SHEET_COLUMN_WIDTHS.forEach((width, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(width)));
    const table = sheet.getRangeByIndexes(RULES_SHEET_HEADER_ROW, 0, rows.length - RULES_SHEET_HEADER_ROW, RULES_SHEET_COLUMN_WIDTHS.length);
    table.format.wrapText = true;
    table.format.verticalAlignment = 'Top';
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    sheet.getRangeByIndexes(RULES_SHEET_HEADER_ROW, 0, 1, RULES_SHEET_COLUMN_WIDTHS.length).format.font.bold = true;
    // The sheet is shown, so the office sees what to edit.
    sheet.activate();
    await context.sync();
  } catch (error) {
    await removeSheetsAndMarks(context, [RULES_SHEET_NAME], []);
    throw new ExcelWriteError('write-failed', (words) => words.excel.rulesSheetNotWritten, error);
  }
  return { written: true, sheet: RULES_SHEET_NAME };
}
