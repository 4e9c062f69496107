/**
 * An agency list: a sheet with a name column and a group column (Tên cơ quan | Nhóm, with or
 * without STT) and no scores. It names the agencies to make blank forms for.
 */
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { HEADER_SEARCH_ROWS, matchSummaryHeader, rowLabelKind, SummaryColumn } from '../rules/headers';
import { gridWidth } from './table';
import { normalizeText } from '../values/text';
import { rowLabel, TableReport } from './report';

const SCORE_FIELDS: readonly SummaryColumn[] = ['achievedScore', 'selfScore', 'appraisedScore', 'standardScore', 'ratio', 'grade'];

export interface AgencyListEntry {
  name: string;
  group: string;
}

/** The header of an agency list: name and group columns, no score column. */
function findListHeader(grid: Grid): { row: number; name: number; group: number; cells: TableReport['headers']; right: number } | undefined {
  const width = gridWidth(grid);
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const fields = new Map<SummaryColumn, number>();
    const cells: TableReport['headers'] = [];
    for (let c = 0; c < width; c++) {
      const text = cellText(cellAt(grid, r, c));
      const field = text === '' ? undefined : matchSummaryHeader(text);
      if (!field) continue;
      if (!fields.has(field)) fields.set(field, c);
      cells.push({ cell: cellAddress(r, c), text, field });
    }
    if (SCORE_FIELDS.some((f) => fields.has(f))) return undefined;
    if (fields.has('name') && fields.has('group')) return { row: r, name: fields.get('name')!, group: fields.get('group')!, cells, right: Math.max(...fields.values()) };
  }
  return undefined;
}

/** Reads an agency list sheet; undefined when the grid is not one. */
export function readAgencyList(grid: Grid): { entries: AgencyListEntry[]; table: TableReport } | undefined {
  const header = findListHeader(grid);
  if (!header) return undefined;
  const table: TableReport = { range: '', group: '', groupSource: { kind: 'column', cell: cellAddress(header.row, header.group) }, headers: header.cells, unread: [], agencyRows: [], passedOver: [] };
  const entries: AgencyListEntry[] = [];
  let last = header.row;
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const name = normalizeText(cellText(cellAt(grid, r, header.name)));
    const group = normalizeText(cellText(cellAt(grid, r, header.group)));
    if (name === '' && group === '') continue;
    last = r;
    if (name === '' || rowLabelKind(name)) {
      table.passedOver.push({ row: r + 1, reason: name === '' ? 'note' : rowLabelKind(name)!, text: rowLabel(grid.rows[r] ?? []) });
      continue;
    }
    entries.push({ name, group });
    table.agencyRows.push(r + 1);
  }
  table.range = `${cellAddress(header.row, Math.min(header.name, header.group))}:${cellAddress(last, header.right)}`;
  return { entries, table };
}
