/**
 * The notice and signature block an office types once, kept in its workbook on the hidden sheet
 * "CNTT_CaiDat" (src/engine/reading/settings.ts reads it back, in the pane and the command line).
 * Two syncs: one to find the old sheet, one to replace it; text is written as text.
 */
import { DocumentSettings, SETTINGS_SHEET } from '../../engine/reading/settings';
import { settingsRows } from '../../engine/output/settings';

export async function writeSettingsSheet(context: Excel.RequestContext, settings: DocumentSettings): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load('isNullObject');
  await context.sync();
  if (!old.isNullObject) old.delete();
  const rows = settingsRows(settings);
  const sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, 2);
  range.numberFormat = rows.map((row) => row.map(() => '@'));
  range.values = rows;
  sheet.visibility = 'Hidden';
  await context.sync();
}
