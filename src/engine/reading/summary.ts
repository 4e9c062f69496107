/**
 * Summary sheets (bảng tổng hợp), one row per agency: formats.md §1. Finds every table in a
 * sheet, each under its section title (the group), with one- or two-row headers.
 */
import { readScoreCell } from './cells';
import { Hundredths } from '../values/decimal';
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { groupDisplayName } from '../rules/groups';
import { isComponentParentHeader, matchSummaryHeader, SummaryColumn } from '../rules/headers';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { AgencyRecord, ComponentRecord } from './records';
import { components, Rubric } from '../rules/rubric';
import { gridWidth, headerText, hiddenByMerge, mergeMasters, MergeMasters, sectionTitle } from './table';
import { looseKey, normalizeText } from '../values/text';

const HEADER_SEARCH_ROWS = 30;

interface ComponentColumn {
  column: number;
  name: string;
  code?: string;
}

interface TableHeader {
  /** First and last header row (two-row headers span two). */
  top: number;
  bottom: number;
  columns: Map<SummaryColumn, number>;
  components: ComponentColumn[];
}

/** Component names of a rubric by their loose key: titles and aliases. */
function componentLookup(rubric: Rubric | undefined): Map<string, { code: string; name: string }> {
  const lookup = new Map<string, { code: string; name: string }>();
  for (const c of rubric ? components(rubric) : []) {
    for (const name of [c.title, ...c.aliases]) lookup.set(looseKey(name), { code: c.code, name: c.title });
  }
  return lookup;
}

/**
 * Reads the header at `row`, if it is one: a name column and a score (achieved, self,
 * appraised) or component columns. A second header row below is taken in when it holds
 * component names or sits under a "Trong đó" parent.
 */
function readHeader(
  grid: Grid,
  row: number,
  width: number,
  masters: MergeMasters,
  lookup: Map<string, { code: string; name: string }>,
): TableHeader | undefined {
  const columns = new Map<SummaryColumn, number>();
  const found: ComponentColumn[] = [];
  const parentColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    const text = headerText(grid, row, c, masters);
    if (text === '') continue;
    const column = matchSummaryHeader(text);
    const component = lookup.get(looseKey(text));
    if (component && !found.some((f) => f.code === component.code)) found.push({ column: c, ...component });
    else if (column && !columns.has(column)) columns.set(column, c);
    else if (isComponentParentHeader(text)) parentColumns.push(c);
  }
  if (!columns.has('name')) return undefined;
  let bottom = row;
  // A second header row: component names under "Trong đó", or names the rubric knows.
  const below = row + 1;
  const subHeader: ComponentColumn[] = [];
  for (let c = 0; c < width && below < grid.rows.length; c++) {
    const value = cellAt(grid, below, c);
    if (typeof value !== 'string' || value.trim() === '') continue;
    const component = lookup.get(looseKey(value));
    if (component) subHeader.push({ column: c, ...component });
    else if (parentColumns.includes(c) || isUnderParent(grid, row, c, parentColumns, masters)) {
      subHeader.push({ column: c, name: normalizeText(value) });
    } else {
      const column = matchSummaryHeader(value);
      if (column && !columns.has(column)) columns.set(column, c);
    }
  }
  if (subHeader.length > 0) {
    bottom = below;
    for (const component of subHeader) {
      if (!found.some((f) => f.column === component.column)) found.push(component);
    }
  }
  const hasScore = ['achieved', 'selfScore', 'appraisedScore'].some((k) => columns.has(k as SummaryColumn));
  if (!hasScore && found.length === 0) return undefined;
  return { top: row, bottom, columns, components: found.sort((a, b) => a.column - b.column) };
}

/** Whether column c lies under a merged "Trong đó" cell of the header row. */
function isUnderParent(grid: Grid, row: number, column: number, parents: number[], masters: MergeMasters): boolean {
  const master = masters.get(row * 65536 + column);
  return master !== undefined && master[0] === row && parents.includes(master[1]);
}

export interface SummaryRead {
  records: AgencyRecord[];
  issues: Issue[];
  /** Number of tables found: 0 means the sheet is not a summary sheet. */
  tables: number;
}

const TOTAL_ROW_LABELS = new Set(['tong cong', 'cong', 'tong', 'tong so']);

/** Reads every summary table in a sheet. */
export function readSummarySheet(grid: Grid, options: { file?: string; rubric?: Rubric } = {}): SummaryRead {
  const { file, rubric } = options;
  const width = gridWidth(grid);
  const masters = mergeMasters(grid);
  const lookup = componentLookup(rubric);
  const records: AgencyRecord[] = [];
  const issues: Issue[] = [];
  let tables = 0;
  let header: TableHeader | undefined;
  let sectionGroup: string | undefined;
  // Rows of the current table: where the appraisal has reached some rows but not others, say so.
  let tableRows: RowRead[] = [];
  const endTable = () => {
    if (tableRows.some((row) => row.appraised)) {
      for (const row of tableRows) if (row.awaitingAppraisal) issues.push(makeIssue('appraisal-missing', row.awaitingAppraisal.where, { value: row.awaitingAppraisal.value }));
    }
    tableRows = [];
  };
  for (let r = 0; r < grid.rows.length; r++) {
    const title = sectionTitle(grid, r);
    if (title !== undefined) {
      endTable();
      sectionGroup = groupDisplayName(title);
      header = undefined;
      continue;
    }
    // The first header must lie in the first rows; later tables follow their section titles.
    if (!header && (tables > 0 || r < HEADER_SEARCH_ROWS)) {
      header = readHeader(grid, r, width, masters, lookup);
      if (header) {
        tables++;
        r = header.bottom;
      }
      continue;
    }
    if (!header) continue;
    const next = readHeader(grid, r, width, masters, lookup);
    if (next) {
      endTable();
      header = next;
      tables++;
      r = next.bottom;
      continue;
    }
    const group = sectionGroup ?? grid.sheet;
    const read = readRow(grid, r, header, { file, group, masters });
    if (read) {
      records.push(...read.records);
      issues.push(...read.issues);
      tableRows.push(read);
    }
  }
  endTable();
  return { records, issues, tables };
}

/** One data row: an agency record, or nothing for blank, total and text-only rows. */
interface RowRead {
  records: AgencyRecord[];
  issues: Issue[];
  /** The row's score that counts is its appraised one. */
  appraised?: boolean;
  /** The row counts a self or total score where the table has an appraised column. */
  awaitingAppraisal?: { where: IssueLocation; value: number };
}

function readRow(grid: Grid, r: number, header: TableHeader, context: { file?: string; group: string; masters: MergeMasters }): RowRead | undefined {
  const { columns } = header;
  const at = (column: SummaryColumn) => {
    const c = columns.get(column);
    return c === undefined ? null : cellAt(grid, r, c);
  };
  const nameColumn = columns.get('name')!;
  const name = normalizeText(cellText(cellAt(grid, r, nameColumn)));
  const scoreColumns: number[] = [
    ...(['achieved', 'selfScore', 'appraisedScore', 'standard'] as const).flatMap((k) => (columns.has(k) ? [columns.get(k)!] : [])),
    ...header.components.map((c) => c.column),
  ];
  const hasScores = scoreColumns.some((c) => cellText(cellAt(grid, r, c)) !== '');
  if (name === '' && !hasScores) return undefined;
  const firstText = (grid.rows[r] ?? []).map(cellText).find((t) => t !== '') ?? '';
  if (TOTAL_ROW_LABELS.has(looseKey(firstText)) || TOTAL_ROW_LABELS.has(looseKey(name))) return undefined;
  const where = { file: context.file, sheet: grid.sheet };
  if (name === '') {
    return { records: [], issues: [makeIssue('missing-name', { ...where, cell: cellAddress(r, nameColumn) })] };
  }
  const issues: Issue[] = [];
  const agencyWhere = { ...where, agency: name };
  const score = (column: number): Hundredths | null | 'blank' => {
    const merged = hiddenByMerge(grid, r, column, context.masters);
    if (merged) {
      issues.push(makeIssue('merged-score-cell', { ...agencyWhere, cell: cellAddress(r, column) }, merged));
      return null;
    }
    const cell = readScoreCell(cellAt(grid, r, column), () => ({ ...agencyWhere, cell: cellAddress(r, column) }));
    if (cell.kind === 'score') return cell.value;
    if (cell.kind === 'invalid') issues.push(cell.issue);
    return cell.kind === 'invalid' ? null : 'blank';
  };
  const scoreAt = (column: SummaryColumn) => {
    if (!columns.has(column)) return 'blank';
    const value = score(columns.get(column)!);
    // Totals and standard scores are never negative (a component may be: a penalty).
    if (typeof value === 'number' && value < 0) {
      issues.push(makeIssue('negative-score', { ...agencyWhere, cell: cellAddress(r, columns.get(column)!) }, { value: value / 100 }));
      return null;
    }
    return value;
  };
  const componentRecords: ComponentRecord[] = [];
  let componentsUsable = true;
  for (const component of header.components) {
    const value = score(component.column);
    if (typeof value === 'number') {
      componentRecords.push({ code: component.code, name: component.name, score: value, cell: cellAddress(r, component.column) });
    } else componentsUsable = false;
  }
  const componentSum = componentRecords.reduce((sum, c) => sum + c.score, 0);
  const appraised = scoreAt('appraisedScore');
  const stated = scoreAt('achieved');
  const self = scoreAt('selfScore');
  // The score that counts: appraised, else the achieved (total) column, else self, else the components.
  const achievedColumn = (['appraisedScore', 'achieved', 'selfScore'] as const).find(
    (k) => columns.has(k) && cellText(at(k)) !== '',
  );
  const achievedValue = achievedColumn === 'appraisedScore' ? appraised : achievedColumn === 'achieved' ? stated : achievedColumn === 'selfScore' ? self : 'blank';
  let achieved: Hundredths | null = typeof achievedValue === 'number' ? achievedValue : null;
  const achievedCell = cellAddress(r, columns.get(achievedColumn ?? 'achieved') ?? columns.get('appraisedScore') ?? columns.get('selfScore') ?? nameColumn);
  if (achievedValue === 'blank' && header.components.length > 0 && componentsUsable) achieved = componentSum;
  if (achieved === null && achievedValue !== null) {
    issues.push(makeIssue('missing-achieved-score', { ...agencyWhere, cell: achievedCell }));
  }
  if (typeof stated === 'number' && header.components.length > 0 && componentsUsable && stated !== componentSum) {
    issues.push(
      makeIssue('total-mismatch', { ...agencyWhere, cell: cellAddress(r, columns.get('achieved')!) }, { value: stated / 100, expected: componentSum / 100 }),
    );
  }
  const standard = scoreAt('standard');
  const record: AgencyRecord = {
    name,
    group: columns.has('group') && cellText(at('group')) !== '' ? groupDisplayName(cellText(at('group'))) : context.group,
    achieved,
    standard: typeof standard === 'number' ? standard : null,
    selfScore: typeof self === 'number' && achievedColumn !== 'selfScore' ? self : null,
    components: componentRecords,
    note: columns.has('note') ? cellText(at('note')) : '',
    file: context.file,
    sheet: grid.sheet,
    cell: cellAddress(r, nameColumn),
    achievedCell,
    source: 'summary',
  };
  if (columns.has('standard')) record.standardCell = cellAddress(r, columns.get('standard')!);
  if (standard === null) record.standardInvalid = true;
  if (achievedColumn) record.achievedLinkable = typeof at(achievedColumn) === 'number';
  record.standardLinkable = typeof at('standard') === 'number';
  const slot = (column: SummaryColumn) => (columns.has(column) ? { cell: cellAddress(r, columns.get(column)!), value: at(column) } : undefined);
  record.computedCells = { ordinal: slot('ordinal'), ratio: slot('ratio'), grade: slot('grade') };
  if (columns.has('ratio') && cellText(at('ratio')) !== '') {
    record.typedRatio = { value: at('ratio'), cell: cellAddress(r, columns.get('ratio')!) };
  }
  if (columns.has('grade') && cellText(at('grade')) !== '') {
    record.typedGrade = { value: cellText(at('grade')), cell: cellAddress(r, columns.get('grade')!) };
  }
  // A row the appraisal has not reached where the table has an appraised column.
  const awaitingAppraisal =
    columns.has('appraisedScore') && achievedColumn !== 'appraisedScore' && achieved !== null
      ? { where: { ...agencyWhere, cell: cellAddress(r, columns.get('appraisedScore')!) }, value: achieved / 100 }
      : undefined;
  return { records: [record], issues, appraised: achievedColumn === 'appraisedScore', awaitingAppraisal };
}
