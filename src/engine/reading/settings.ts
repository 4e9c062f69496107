/**
 * What an office types once and uses every year: the notice the annexes go with and the
 * signature block. Kept in the workbook on a hidden sheet the add-in owns ("CNTT_CaiDat"), one
 * row per item, so the pane fills its boxes from it next time and the command line reads it too.
 * Written by output/settings.ts.
 */
import { CellValue, cellText, Grid } from '../values/grid';

/** "Nơi nhận" and the signer, as Nghị định 30/2020/NĐ-CP closes a document (output/signature.ts). */
export interface SignatureBlock {
  /** The "Nơi nhận" list, one recipient a line ("Như trên", "Lưu: VT"). */
  recipients: string[];
  /** The signer's title lines, top first ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
  titleLines: string[];
  /** The signer's full name. */
  signer: string;
}

export interface DocumentSettings {
  /** "Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn". */
  notice?: string;
  signature?: SignatureBlock;
}

export const SETTINGS_SHEET = 'CNTT_CaiDat';
export const SETTINGS_HEADER = ['Mục', 'Nội dung'];
export const SETTINGS_LABELS = { notice: 'Thông báo', recipient: 'Nơi nhận', title: 'Chức vụ người ký', signer: 'Người ký' } as const;

export function isSettingsSheet(grid: Grid): boolean {
  return grid.sheet === SETTINGS_SHEET && cellText(grid.rows[0]?.[0] ?? null) === SETTINGS_HEADER[0];
}

/** Reads the rows back; unknown labels and blank values are passed over. */
export function settingsFromRows(rows: readonly (readonly CellValue[])[]): DocumentSettings {
  const settings: DocumentSettings = {};
  const signature: SignatureBlock = { recipients: [], titleLines: [], signer: '' };
  for (const row of rows.slice(1)) {
    const label = cellText(row[0] ?? null).trim();
    const value = cellText(row[1] ?? null).trim();
    if (value === '') continue;
    if (label === SETTINGS_LABELS.notice) settings.notice = value;
    else if (label === SETTINGS_LABELS.recipient) signature.recipients.push(value);
    else if (label === SETTINGS_LABELS.title) signature.titleLines.push(value);
    else if (label === SETTINGS_LABELS.signer) signature.signer = value;
  }
  if (signature.recipients.length || signature.titleLines.length || signature.signer) settings.signature = signature;
  return settings;
}

/** The settings kept in the first workbook sheet that holds them. */
export function findSettings(sheets: readonly Grid[]): DocumentSettings | undefined {
  const grid = sheets.find(isSettingsSheet);
  return grid ? settingsFromRows(grid.rows) : undefined;
}
