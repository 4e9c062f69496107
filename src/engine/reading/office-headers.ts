/**
 * An office's own header words: a sheet named "Cài đặt" (or "Tên cột") with two columns, a
 * header as the office writes it and the field it means ("Kết quả" | "Điểm đạt được", or a
 * glossary name such as achievedScore). They extend the synonyms for that workbook only.
 */
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { fieldNamed, headerKey, isOfficeHeadersSheet, SummaryColumn } from '../rules/headers';
import { Issue, makeIssue } from '../messages/issues';
import { TableReport } from './report';

export interface OfficeHeadersRead {
  headers: Map<string, SummaryColumn>;
  table: TableReport;
  issues: Issue[];
}

/** Reads an office-headers sheet; undefined where the grid is not one (by its name). */
export function readOfficeHeaders(grid: Grid, file?: string): OfficeHeadersRead | undefined {
  if (!isOfficeHeadersSheet(grid.sheet)) return undefined;
  const headers = new Map<string, SummaryColumn>();
  const table: TableReport = { range: '', group: '', groupSource: { kind: 'default' }, headers: [], unread: [], agencyRows: [], passedOver: [] };
  const issues: Issue[] = [];
  let last = 0;
  for (let r = 0; r < grid.rows.length; r++) {
    const [office, meaning] = [cellText(cellAt(grid, r, 0)), cellText(cellAt(grid, r, 1))];
    if (office === '' && meaning === '') continue;
    last = r;
    const field = fieldNamed(meaning);
    if (field && office !== '') {
      headers.set(headerKey(office), field);
      table.headers.push({ cell: cellAddress(r, 0), text: office, field });
    } else if (r > 0 || headers.size > 0) {
      // The first row may be the sheet's own header ("Tiêu đề trong bảng | Nghĩa"); any other is a mistake.
      issues.push(makeIssue('settings-row-unknown', { file, sheet: grid.sheet, cell: cellAddress(r, 1) }, { text: meaning, office }));
      table.unread.push({ cell: cellAddress(r, 0), text: office });
    }
  }
  table.range = `A1:${cellAddress(last, 1)}`;
  return { headers, table, issues };
}
