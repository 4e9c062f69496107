/**
 * Which sheets are the add-in's own: each is marked by a workbook-level name
 * `CNTT_ANNEX_<n>` that refers to its A1, with the name the add-in gave the sheet as the name's
 * comment. Only marked sheets are ever replaced or deleted, and a marked sheet the user has
 * renamed (to keep last week's version, say) is theirs from then on.
 */
import { OWNED_SHEET_MARKER } from '../../engine/output/layout';

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

/** New sheets are built under these names and renamed at the end. */
export const TEMPORARY_PREFIX = '~cntt-';

export interface MarkerName {
  name: string;
  formula: string;
  /** The sheet's name as the add-in wrote it; empty on marks written before it was kept. */
  comment?: string;
}

/** The add-in's own sheets, from the workbook's defined names. */
export function ownedFromNames(items: MarkerName[]): Set<string> {
  const owned = new Set<string>();
  for (const item of items) {
    if (!OWNED_NAME_PATTERN.test(item.name)) continue;
    const sheet = sheetOfReference(item.formula);
    if (!sheet) continue;
    const renamed = item.comment && !sheet.startsWith(TEMPORARY_PREFIX) && sheet.toLowerCase() !== item.comment.toLowerCase();
    if (!renamed) owned.add(sheet);
  }
  return owned;
}
