/**
 * Writes the clerk's header picks to the workbook's «Cài đặt» sheet (or «Tên cột»): under the
 * rows it already has, its cells left as they are, or as a new sheet where there is none. No
 * other sheet is touched. Text is written as text (a header starting with "=" stays a header).
 * Three syncs at most: the sheets, the old sheet's used rows, the write.
 */
import { HeaderPick, officeHeaderRows } from '../../engine/output/office-headers';
import { isOfficeHeadersSheet, OFFICE_HEADERS_SHEET_NAMES } from '../../engine/rules/headers';

/** The sheet written and the number of declarations added to it. */
export interface OfficeHeadersWritten {
  sheet: string;
  added: number;
}

export async function writeOfficeHeaders(context: Excel.RequestContext, picks: readonly HeaderPick[]): Promise<OfficeHeadersWritten> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const existing = sheets.items.find((s) => isOfficeHeadersSheet(s.name));
  const rows = officeHeaderRows(picks, !existing);
  const name = existing?.name ?? OFFICE_HEADERS_SHEET_NAMES[0];
  if (rows.length === 0) return { sheet: name, added: 0 };
  let top = 0;
  let sheet: Excel.Worksheet;
  if (existing) {
    const used = existing.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    await context.sync();
    top = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    sheet = existing;
  } else {
    sheet = context.workbook.worksheets.add(name);
  }
  const range = sheet.getRangeByIndexes(top, 0, rows.length, 2);
  range.numberFormat = rows.map((row) => row.map(() => '@'));
  range.values = rows;
  await context.sync();
  return { sheet: name, added: existing ? rows.length : rows.length - 1 };
}
