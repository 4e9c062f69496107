/**
 * Which sheets are the add-in's own: each is marked by a workbook-level name
 * `CNTT_ANNEX_<n>` that refers to its A1. Only marked sheets are ever replaced or deleted.
 */
import { OWNED_SHEET_MARKER } from '../../engine/layout';

export const OWNED_NAME_PATTERN = new RegExp(`^${OWNED_SHEET_MARKER}_\\d+$`, 'i');

/** The sheet a name's reference points at: "='Phụ lục I'!$A$1" → "Phụ lục I"; undefined for #REF!. */
export function sheetOfReference(reference: string): string | undefined {
  const text = reference.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet === '#REF' ? undefined : sheet;
}

/** A reference to a sheet's A1 for a defined name: "='Phụ lục I'!$A$1". */
export function referenceToSheet(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}
