/**
 * Which sheets are the add-in's own: each is marked by a workbook-level name `CNTT_ANNEX_<n>`
 * (an annex) or `CNTT_FORM_<n>` (a blank form) that refers to its A1, with the name the add-in
 * gave the sheet as the name's comment. Only marked sheets are ever replaced or deleted (a form
 * only while nothing is typed in it), and a marked sheet the user has renamed (to keep last
 * week's version, say) is theirs from then on.
 */
import { ownedMarkerNumber, quoteSheetName, SheetMark, sheetOfReference } from '../../engine/values/sheet-names';

/** A reference to a sheet's A1 for a defined name: "='Phụ lục I'!$A$1". */
export function referenceToSheet(sheet: string): string {
  return `=${quoteSheetName(sheet)}!$A$1`;
}

/** New sheets are built under these names and renamed at the end. */
export const TEMPORARY_PREFIX = '~cntt-';

export interface MarkerName {
  name: string;
  formula: string;
  /** The sheet's name as the add-in wrote it; empty on marks written before it was kept. */
  comment?: string;
}

/** The add-in's own sheets (its annexes, or its blank forms), from the workbook's defined names. */
export function ownedFromNames(items: MarkerName[], mark: SheetMark = 'annex'): Set<string> {
  const owned = new Set<string>();
  for (const item of items) {
    if (ownedMarkerNumber(item.name, mark) === undefined) continue;
    const sheet = sheetOfReference(item.formula);
    if (!sheet) continue;
    const renamed = item.comment && !sheet.startsWith(TEMPORARY_PREFIX) && sheet.toLowerCase() !== item.comment.toLowerCase();
    if (!renamed) owned.add(sheet);
  }
  return owned;
}
