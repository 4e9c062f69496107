/**
 * Summary sheets (bảng tổng hợp), one row per agency: formats.md §1. Finds every table in a
 * sheet, each under its section title (the group), with one- or two-row headers, and says in
 * its report what every header cell and every row was read as.
 */
import { cellAddress, Grid, parseCellAddress } from '../values/grid';
import { groupDisplayName } from '../rules/groups';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { AgencyRecord } from './records';
import { Rubric } from '../rules/rubric';
import { mergeMasters, MergeMasters, sectionTitle } from './table';
import { componentLookup, ComponentLookup, readHeader, TableHeader } from './summary-header';
import { addToSums, classifyRow, ColumnSums, readRow, RowRead } from './summary-rows';
import { GroupSource, PassedOverReason, rowLabel, TableReport } from './report';
import { HEADER_SEARCH_ROWS, OfficeHeaders, SUMMARY_HEADERS } from '../rules/headers';
import { appendAll } from '../values/arrays';

export interface SummaryRead {
  records: AgencyRecord[];
  issues: Issue[];
  /** The tables found: none means the sheet is not a summary sheet. */
  tables: TableReport[];
}

export interface SummaryOptions {
  file?: string;
  rubric?: Rubric;
  /** Leave hidden rows out (each is listed in the report) instead of reading them with a warning. */
  skipHidden?: boolean;
  /** The workbook's own header words, from its "Cài đặt" sheet. */
  officeHeaders?: OfficeHeaders;
}

/** Reads every summary table in a sheet. */
export function readSummarySheet(grid: Grid, options: SummaryOptions = {}): SummaryRead {
  const scan = new SummaryScan(grid, options);
  scan.run();
  return { records: scan.records, issues: scan.issues, tables: scan.reports };
}

type Title = NonNullable<ReturnType<typeof sectionTitle>>;

/** The table being read: its header, report and the rows read so far. */
interface OpenTable {
  header: TableHeader;
  report: TableReport;
  rows: RowRead[];
  sums: ColumnSums;
  /** The last row that belongs to the table (blank rows after it do not). */
  last: number;
  blanks: number[];
}

class SummaryScan {
  readonly records: AgencyRecord[] = [];
  readonly issues: Issue[] = [];
  readonly reports: TableReport[] = [];
  private readonly masters: MergeMasters;
  private readonly lookup: ComponentLookup;
  private readonly hidden: Set<number>;
  /** Open titles, outermost first: a new title closes those at its level and below. */
  private titles: Title[] = [];
  private lastTitleRow = -Infinity;
  private table: OpenTable | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly options: SummaryOptions,
  ) {
    this.masters = mergeMasters(grid);
    this.lookup = componentLookup(options.rubric);
    this.hidden = new Set(grid.hiddenRows ?? []);
  }

  run(): void {
    for (let r = 0; r < this.grid.rows.length; r++) r = this.step(r);
    this.closeTable();
  }

  /** Reads row r; returns the last row it took in (a two-row header takes two). */
  private step(r: number): number {
    const title = sectionTitle(this.grid, r);
    if (title !== undefined) {
      this.closeTable();
      this.titles = [...this.titles.filter((t) => t.level < title.level), title];
      this.lastTitleRow = r;
      return r;
    }
    // A first header lies in the first rows of the sheet or under a title; later ones anywhere.
    const searching = this.table || this.reports.length > 0 || r < HEADER_SEARCH_ROWS || r - this.lastTitleRow <= HEADER_SEARCH_ROWS;
    const header = searching ? readHeader(this.grid, r, this.masters, this.lookup, this.options.officeHeaders) : undefined;
    if (header) {
      this.closeTable();
      this.openTable(header);
      return header.bottom;
    }
    if (this.table) this.readTableRow(r, this.table);
    return r;
  }

  /** The group of a table: the outermost open title, else the sheet's name; a group column overrides per row. */
  private groupOf(header: TableHeader): { group: string; source: GroupSource; caption?: { cell: string; text: string } } {
    const [outer] = this.titles;
    const inner = this.titles[this.titles.length - 1];
    const caption = inner && inner !== outer ? { cell: inner.cell, text: inner.full } : undefined;
    const group = outer ? groupDisplayName(outer.text) : this.grid.sheet;
    const groupColumn = header.columns.get('group');
    if (groupColumn !== undefined) return { group, source: { kind: 'column', cell: cellAddress(header.top, groupColumn), text: SUMMARY_HEADERS.group[0] }, caption };
    return { group, source: outer ? { kind: 'title', cell: outer.cell, text: outer.full } : { kind: 'sheet', text: this.grid.sheet }, caption };
  }

  private openTable(header: TableHeader): void {
    const { group, source, caption } = this.groupOf(header);
    const report: TableReport = { range: '', group, groupSource: source, headers: header.matches, unread: header.unread, agencyRows: [], passedOver: [] };
    if (caption) report.caption = caption;
    if (header.indexTable) report.indexTable = true;
    const indexColumn = header.columns.get('index');
    if (!header.indexTable && indexColumn !== undefined) this.issues.push(makeIssue('index-column-unused', this.where(cellAddress(header.top, indexColumn))));
    this.reports.push(report);
    this.table = { header, report, rows: [], sums: new Map(), last: header.bottom, blanks: [] };
    this.reportAmbiguity(header);
    this.reportHiddenColumns(header);
  }

  private where(cell?: string): IssueLocation {
    return { file: this.options.file, sheet: this.grid.sheet, ...(cell ? { cell } : {}) };
  }

  private reportAmbiguity(header: TableHeader): void {
    for (const { field, columns } of header.ambiguous) {
      const cells = columns.map((c) => cellAddress(header.top, c));
      const texts = header.matches.filter((m) => cells.includes(m.cell)).map((m) => `«${m.text}»`);
      this.issues.push(makeIssue('ambiguous-header', this.where(cells[1]), { field: SUMMARY_HEADERS[field][0], cells: cells.join(', '), texts: texts.join(', ') }));
    }
  }

  private reportHiddenColumns(header: TableHeader): void {
    const hiddenColumns = new Set(this.grid.hiddenColumns ?? []);
    if (hiddenColumns.size === 0) return;
    for (const match of header.matches) {
      if (hiddenColumns.has(parseCellAddress(match.cell)!.column)) {
        this.issues.push(makeIssue('hidden-column-read', this.where(match.cell), { text: match.text, field: match.field, component: match.component }));
      }
    }
  }

  private passOver(table: OpenTable, r: number, reason: PassedOverReason): void {
    const text = rowLabel(this.grid.rows[r] ?? []);
    table.report.passedOver.push({ row: r + 1, reason, text });
    if (reason === 'total' || reason === 'average') this.issues.push(makeIssue('row-passed-over', this.where(cellAddress(r, 0)), { text, reason }));
  }

  private readTableRow(r: number, table: OpenTable): void {
    const kind = table.header.ambiguous.length > 0 ? ({ kind: 'passed', reason: 'ambiguous' } as const) : classifyRow(this.grid, r, table.header, table.sums);
    if (kind.kind === 'end') {
      this.passOver(table, r, 'tail');
      this.closeTable();
      return;
    }
    if (kind.kind === 'passed' && kind.reason === 'blank') {
      table.blanks.push(r);
      return;
    }
    // Blank rows between rows of the table belong to it.
    for (const blank of table.blanks) this.passOver(table, blank, 'blank');
    table.blanks = [];
    table.last = r;
    if (kind.kind === 'passed') return this.passOver(table, r, kind.reason);
    if (this.hidden.has(r) && this.options.skipHidden) return this.passOver(table, r, 'hidden');
    this.readAgency(r, table);
  }

  private readAgency(r: number, table: OpenTable): void {
    const read = readRow(this.grid, r, table.header, { file: this.options.file, group: table.report.group, masters: this.masters });
    appendAll(this.records, read.records);
    appendAll(this.issues, read.issues);
    table.rows.push(read);
    table.report.agencyRows.push(r + 1);
    addToSums(this.grid, r, table.header, table.sums);
    if (this.hidden.has(r) && read.records.length > 0) {
      this.issues.push(makeIssue('hidden-row-read', { ...this.where(read.records[0].cell), agency: read.records[0].name }));
    }
  }

  /** Ends the open table: its range, and where the appraisal reached some rows but not others, a note on the rest. */
  private closeTable(): void {
    const table = this.table;
    if (!table) return;
    this.table = undefined;
    const { header, report } = table;
    report.range = `${cellAddress(header.top, header.left)}:${cellAddress(table.last, header.right)}`;
    if (!table.rows.some((row) => row.appraised)) return;
    for (const row of table.rows) {
      if (row.awaitingAppraisal) this.issues.push(makeIssue('appraisal-missing', row.awaitingAppraisal.where, { value: row.awaitingAppraisal.value }));
    }
  }
}
