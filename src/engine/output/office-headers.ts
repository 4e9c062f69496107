/**
 * What the pane adds to the «Cài đặt» sheet from the clerk's picks, for a table whose headers
 * were not understood: one row per header, the header as the office writes it and the column it
 * is, named by its first Vietnamese header ("Điểm đạt được"), as reading/office-headers.ts reads
 * it back. A header the reader already understands as the column picked needs no row.
 */
import { headerKey, matchSummaryHeader, OFFICE_HEADERS_SHEET_HEADER, SUMMARY_HEADERS, SummaryColumn } from '../rules/headers';

export interface HeaderPick {
  /** The header cell's text, as seen in the sheet. */
  text: string;
  field: SummaryColumn;
}

/** The columns offered for a header, the ones a table cannot be read without first. */
export const PICKABLE_FIELDS: readonly SummaryColumn[] = ['name', 'achievedScore', 'standardScore', 'ordinal', 'group', 'selfScore', 'appraisedScore', 'index', 'ratio', 'grade', 'rank', 'note'];

/** The rows to write: a new sheet starts with its header row; each header once, the first pick kept. */
export function officeHeaderRows(picks: readonly HeaderPick[], newSheet: boolean): string[][] {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const { text, field } of picks) {
    const key = headerKey(text);
    if (key === '' || seen.has(key) || matchSummaryHeader(text) === field) continue;
    seen.add(key);
    rows.push([text.trim(), SUMMARY_HEADERS[field][0]]);
  }
  return newSheet && rows.length > 0 ? [OFFICE_HEADERS_SHEET_HEADER, ...rows] : rows;
}
