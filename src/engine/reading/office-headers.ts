/**
 * An office's own header words: a sheet named "Cài đặt" (or "Tên cột") with two columns, a
 * header as the office writes it and the field it means ("Kết quả" | "Điểm đạt được", or a
 * glossary name such as achievedScore). They extend the synonyms for that workbook only. A
 * workbook may hold several such sheets (one the office made, one the pane wrote): they merge,
 * in sheet order.
 */
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { fieldNamed, headerKey, isOfficeHeadersSheet, OfficeHeaders, SummaryColumn } from '../rules/headers';
import { Issue, makeIssue } from '../messages/issues';
import { TableReport } from './report';

export interface OfficeHeadersRead {
  table: TableReport;
  issues: Issue[];
}

/**
 * Every office-headers sheet of a workbook, merged in sheet order. A header declared again as
 * another column keeps its first meaning; the later row gets a warning at its cell.
 */
export function mergeOfficeHeaders(grids: readonly Grid[], file?: string): { headers?: OfficeHeaders; issues: Issue[] } {
  const headers = new Map<string, SummaryColumn>();
  const firstAt = new Map<string, string>();
  const issues: Issue[] = [];
  for (const grid of grids) {
    for (const match of readOfficeHeaders(grid)?.table.headers ?? []) {
      const key = headerKey(match.text);
      const first = headers.get(key);
      if (first === undefined) {
        headers.set(key, match.field as SummaryColumn);
        firstAt.set(key, `${grid.sheet}!${match.cell}`);
      } else if (first !== match.field) {
        const params = { office: match.text, field: match.field, firstField: first, first: firstAt.get(key) };
        issues.push(makeIssue('settings-row-conflict', { file, sheet: grid.sheet, cell: match.cell }, params));
      }
    }
  }
  return { headers: headers.size > 0 ? headers : undefined, issues };
}

/** Reads an office-headers sheet; undefined where the grid is not one (by its name). */
export function readOfficeHeaders(grid: Grid, file?: string): OfficeHeadersRead | undefined {
  if (!isOfficeHeadersSheet(grid.sheet)) return undefined;
  let declared = 0;
  const table: TableReport = { range: '', group: '', groupSource: { kind: 'default' }, headers: [], unread: [], agencyRows: [], passedOver: [] };
  const issues: Issue[] = [];
  let last = 0;
  for (let r = 0; r < grid.rows.length; r++) {
    const [office, meaning] = [cellText(cellAt(grid, r, 0)), cellText(cellAt(grid, r, 1))];
    if (office === '' && meaning === '') continue;
    last = r;
    const field = fieldNamed(meaning);
    if (field && office !== '') {
      declared++;
      table.headers.push({ cell: cellAddress(r, 0), text: office, field });
    } else if (r > 0 || declared > 0) {
      // The first row may be the sheet's own header ("Tiêu đề trong bảng | Nghĩa"); any other is a mistake.
      issues.push(makeIssue('settings-row-unknown', { file, sheet: grid.sheet, cell: cellAddress(r, 1) }, { text: meaning, office }));
      table.unread.push({ cell: cellAddress(r, 0), text: office });
    }
  }
  table.range = `A1:${cellAddress(last, 1)}`;
  return { table, issues };
}
