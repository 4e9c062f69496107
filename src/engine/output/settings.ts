/** The settings sheet written: what reading/settings.ts reads back. */
import { DocumentSettings, SETTINGS_HEADER, SETTINGS_LABELS as LABELS, SETTINGS_SHEET } from '../reading/settings';
import { LayoutCell, LayoutSheet } from './layout';

/** The settings as the sheet's rows: a header, then one label and value a row (lists a row per item). */
export function settingsRows(settings: DocumentSettings): string[][] {
  const rows: string[][] = [SETTINGS_HEADER];
  if (settings.notice?.trim()) rows.push([LABELS.notice, settings.notice.trim()]);
  const block = settings.signature;
  for (const recipient of block?.recipients ?? []) rows.push([LABELS.recipient, recipient]);
  for (const line of block?.titleLines ?? []) rows.push([LABELS.title, line]);
  if (block?.signer.trim()) rows.push([LABELS.signer, block.signer.trim()]);
  return rows;
}

/** The hidden settings sheet, as the writers render any other; a rebuild never replaces it. */
export function settingsSheet(settings: DocumentSettings): LayoutSheet {
  const cell = (value: string): LayoutCell => ({ value, style: 'plain' });
  return {
    name: SETTINGS_SHEET,
    kind: 'settings',
    rows: settingsRows(settings).map((row) => row.map(cell)),
    merges: [],
    columnWidths: [20, 80],
    headerRow: 0,
    orientation: 'portrait',
    hidden: true,
  };
}
