/**
 * The rows of a summary table: which are agencies and which are not (totals, averages, notes,
 * the notice's tail), and an agency row read into a record, its scores checked.
 */
import { readIndexCell, readScoreCell } from './cells';
import { fromHundredths, Hundredths } from '../values/decimal';
import { cellAddress, cellAt, cellText, Grid, isBlankCell } from '../values/grid';
import { groupDisplayName } from '../rules/groups';
import { isNoteText, isNoticeTail, rowLabelKind, SummaryColumn } from '../rules/headers';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { AgencyRecord, ComponentRecord } from './records';
import { hiddenByMerge, MergeMasters } from './table';
import { normalizeText } from '../values/text';
import { PassedOverReason } from './report';
import { TableHeader } from './summary-header';

/** Running sums of a table's score columns over its agency rows: to recognise a total or mean row. */
export type ColumnSums = Map<number, { sum: number; count: number }>;

export type RowKind = { kind: 'agency' } | { kind: 'passed'; reason: PassedOverReason } | { kind: 'end' };

/** The columns of a row that hold scores: totals, standard and components. */
export function scoreColumns(header: TableHeader): number[] {
  const fields = (['achievedScore', 'selfScore', 'appraisedScore', 'standardScore', 'index'] as const).flatMap((k) => (header.columns.has(k) ? [header.columns.get(k)!] : []));
  return [...fields, ...header.components.map((c) => c.column)];
}

/** What a row under a header is. */
export function classifyRow(grid: Grid, r: number, header: TableHeader, sums: ColumnSums): RowKind {
  const cells = grid.rows[r] ?? [];
  const texts = cells.map(cellText).filter((t) => t !== '');
  if (texts.length === 0) return { kind: 'passed', reason: 'blank' };
  const scored = scoreColumns(header).filter((c) => !isBlankCell(cellAt(grid, r, c)));
  const name = normalizeText(cellText(cellAt(grid, r, header.columns.get('name')!)));
  // The tail's words may stand in a score column ("KT. CHỦ TỊCH" under Điểm chuẩn), never a number.
  const numbers = scored.filter((c) => readScoreCell(cellAt(grid, r, c), () => ({})).kind === 'score');
  if (isNoticeTail(texts[0]) || (numbers.length === 0 && texts.some((t) => isNoticeTail(t)))) return { kind: 'end' };
  const label = rowLabelKind(name) ?? rowLabelKind(texts.find((t) => !/^\d+$/.test(t)) ?? '');
  if (label) return { kind: 'passed', reason: label };
  if (scored.length === 0 && (name === '' || isNoteText(name) || isNoteText(texts[0]))) return { kind: 'passed', reason: 'note' };
  if (name === '') {
    const aggregate = aggregateOf(grid, r, scored, sums);
    if (aggregate) return { kind: 'passed', reason: aggregate };
  }
  return { kind: 'agency' };
}

/**
 * A nameless row whose every score is its column's sum, or its mean (rounded to two, one or no
 * decimals), over at least two agency rows above it.
 */
function aggregateOf(grid: Grid, r: number, columns: number[], sums: ColumnSums): 'total' | 'average' | undefined {
  let kind: 'total' | 'average' | undefined;
  for (const c of columns) {
    const cell = readScoreCell(cellAt(grid, r, c), () => ({}));
    const totals = sums.get(c);
    if (cell.kind !== 'score' || !totals || totals.count < 2) return undefined;
    const isMean = [1, 10, 100].some((step) => cell.value % step === 0 && Math.abs(cell.value * totals.count - totals.sum) * 2 <= step * totals.count);
    const found = cell.value === totals.sum ? 'total' : isMean ? 'average' : undefined;
    if (!found || (kind && kind !== found)) return undefined;
    kind = found;
  }
  return kind;
}

/** Adds an agency row's numbers to its table's running sums. */
export function addToSums(grid: Grid, r: number, header: TableHeader, sums: ColumnSums): void {
  for (const c of scoreColumns(header)) {
    const cell = readScoreCell(cellAt(grid, r, c), () => ({}));
    if (cell.kind !== 'score') continue;
    const totals = sums.get(c) ?? { sum: 0, count: 0 };
    sums.set(c, { sum: totals.sum + cell.value, count: totals.count + 1 });
  }
}

/** One agency row: its record (none where it has no name), the issues found, and how it was scored. */
export interface RowRead {
  records: AgencyRecord[];
  issues: Issue[];
  /** The row's score that counts is its appraised one. */
  appraised?: boolean;
  /** The row counts a self or total score where the table has an appraised column. */
  awaitingAppraisal?: { where: IssueLocation; value: number };
}

/** Reading one row's cells, its issues gathered as it goes. */
class RowCells {
  readonly issues: Issue[] = [];

  constructor(
    readonly grid: Grid,
    readonly r: number,
    readonly header: TableHeader,
    readonly where: IssueLocation,
    readonly masters: MergeMasters,
  ) {}

  at(field: SummaryColumn) {
    const c = this.header.columns.get(field);
    return c === undefined ? null : cellAt(this.grid, this.r, c);
  }

  cell(column: number): string {
    return cellAddress(this.r, column);
  }

  /** A score cell: its value, null where unusable (reported), 'blank' where empty. */
  score(column: number): Hundredths | null | 'blank' {
    const merged = hiddenByMerge(this.grid, this.r, column, this.masters);
    if (merged) {
      this.issues.push(makeIssue('merged-score-cell', { ...this.where, cell: this.cell(column) }, merged));
      return null;
    }
    const read = readScoreCell(cellAt(this.grid, this.r, column), () => ({ ...this.where, cell: this.cell(column) }));
    if (read.kind === 'score') return read.value;
    if (read.kind === 'invalid') this.issues.push(read.issue);
    return read.kind === 'invalid' ? null : 'blank';
  }

  /** A total or standard score: never negative (a component may be: a penalty). */
  fieldScore(field: SummaryColumn): Hundredths | null | 'blank' {
    const column = this.header.columns.get(field);
    if (column === undefined) return 'blank';
    const value = this.score(column);
    if (typeof value === 'number' && value < 0) {
      this.issues.push(makeIssue('negative-score', { ...this.where, cell: this.cell(column) }, { value: fromHundredths(value) }));
      return null;
    }
    return value;
  }
}

function readComponents(row: RowCells): { records: ComponentRecord[]; usable: boolean; sum: number } {
  const records: ComponentRecord[] = [];
  let usable = true;
  for (const component of row.header.components) {
    const value = row.score(component.column);
    if (typeof value === 'number') records.push({ code: component.code, name: component.name, score: value, cell: row.cell(component.column) });
    else usable = false;
  }
  return { records, usable, sum: records.reduce((sum, c) => sum + c.score, 0) };
}

type CountedField = 'appraisedScore' | 'achievedScore' | 'selfScore';

/**
 * The score that counts: appraised, else the achieved (total) column, else self, else the sum of
 * the components; and the total checked against that sum.
 */
function countedScore(row: RowCells, parts: ReturnType<typeof readComponents>) {
  const { columns } = row.header;
  const values = { appraisedScore: row.fieldScore('appraisedScore'), achievedScore: row.fieldScore('achievedScore'), selfScore: row.fieldScore('selfScore') };
  const field = (['appraisedScore', 'achievedScore', 'selfScore'] as const).find((k) => columns.has(k) && !isBlankCell(row.at(k))) as CountedField | undefined;
  const value = field ? values[field] : 'blank';
  let achievedScore: Hundredths | null = typeof value === 'number' ? value : null;
  const nameColumn = columns.get('name')!;
  const achievedCell = row.cell(columns.get(field ?? 'achievedScore') ?? columns.get('appraisedScore') ?? columns.get('selfScore') ?? nameColumn);
  const hasComponents = row.header.components.length > 0;
  if (value === 'blank' && hasComponents && parts.usable) achievedScore = parts.sum;
  if (achievedScore === null && value !== null) row.issues.push(makeIssue('missing-achieved-score', { ...row.where, cell: achievedCell }));
  const stated = values.achievedScore;
  if (typeof stated === 'number' && hasComponents && parts.usable && stated !== parts.sum) {
    row.issues.push(makeIssue('total-mismatch', { ...row.where, cell: row.cell(columns.get('achievedScore')!) }, { value: fromHundredths(stated), expected: fromHundredths(parts.sum) }));
  }
  return { achievedScore, field, achievedCell, self: values.selfScore };
}

/** The cells a record keeps beside its scores: typed ratio and grade, and where to fill them. */
function typedCells(row: RowCells, record: AgencyRecord): void {
  const { columns } = row.header;
  const slot = (field: SummaryColumn) => (columns.has(field) ? { cell: row.cell(columns.get(field)!), value: row.at(field) } : undefined);
  record.computedCells = { ordinal: slot('ordinal'), ratio: slot('ratio'), grade: slot('grade'), rank: slot('rank') };
  if (columns.has('ratio') && cellText(row.at('ratio')) !== '') record.typedRatio = { value: row.at('ratio'), cell: row.cell(columns.get('ratio')!) };
  if (columns.has('grade') && cellText(row.at('grade')) !== '') record.typedGrade = { value: cellText(row.at('grade')), cell: row.cell(columns.get('grade')!) };
}

/** Reads an agency row into a record. */
export function readRow(grid: Grid, r: number, header: TableHeader, context: { file?: string; group: string; masters: MergeMasters }): RowRead {
  const { columns } = header;
  const nameColumn = columns.get('name')!;
  const name = normalizeText(cellText(cellAt(grid, r, nameColumn)));
  const where = { file: context.file, sheet: grid.sheet };
  if (name === '') return { records: [], issues: [makeIssue('missing-name', { ...where, cell: cellAddress(r, nameColumn) })] };
  const row = new RowCells(grid, r, header, { ...where, agency: name }, context.masters);
  if (header.indexTable) return readIndexRow(row, name, context);
  const parts = readComponents(row);
  const counted = countedScore(row, parts);
  const standardScore = row.fieldScore('standardScore');
  const group = cellText(row.at('group'));
  const record: AgencyRecord = {
    name,
    group: group !== '' ? groupDisplayName(group) : context.group,
    achievedScore: counted.achievedScore,
    standardScore: typeof standardScore === 'number' ? standardScore : null,
    selfScore: typeof counted.self === 'number' && counted.field !== 'selfScore' ? counted.self : null,
    components: parts.records,
    note: columns.has('note') ? cellText(row.at('note')) : '',
    file: context.file,
    sheet: grid.sheet,
    cell: cellAddress(r, nameColumn),
    achievedCell: counted.achievedCell,
    source: 'summary',
  };
  if (columns.has('standardScore')) record.standardCell = row.cell(columns.get('standardScore')!);
  if (standardScore === null) record.standardInvalid = true;
  if (counted.field) record.achievedLinkable = typeof row.at(counted.field) === 'number';
  record.standardLinkable = typeof row.at('standardScore') === 'number';
  typedCells(row, record);
  // A row the appraisal has not reached where the table has an appraised column.
  const awaitingAppraisal =
    columns.has('appraisedScore') && counted.field !== 'appraisedScore' && counted.achievedScore !== null
      ? { where: { ...row.where, cell: row.cell(columns.get('appraisedScore')!) }, value: fromHundredths(counted.achievedScore) }
      : undefined;
  return { records: [record], issues: row.issues, appraised: counted.field === 'appraisedScore', awaitingAppraisal };
}

/** A row of an index table: a name and its index, nothing else counted. */
function readIndexRow(row: RowCells, name: string, context: { file?: string; group: string }): RowRead {
  const { columns } = row.header;
  const indexColumn = columns.get('index')!;
  const cell = row.cell(indexColumn);
  const merged = hiddenByMerge(row.grid, row.r, indexColumn, row.masters);
  const read = merged ? ({ kind: 'invalid', issue: makeIssue('merged-score-cell', { ...row.where, cell }, merged) } as const) : readIndexCell(row.at('index'), () => ({ ...row.where, cell }));
  if (read.kind === 'invalid') row.issues.push(read.issue);
  if (read.kind === 'blank') row.issues.push(makeIssue('missing-index', { ...row.where, cell }));
  const group = cellText(row.at('group'));
  const record: AgencyRecord = {
    name,
    group: group !== '' ? groupDisplayName(group) : context.group,
    achievedScore: null,
    standardScore: null,
    selfScore: null,
    index: read.kind === 'index' ? read.value : null,
    components: [],
    note: columns.has('note') ? cellText(row.at('note')) : '',
    file: context.file,
    sheet: row.grid.sheet,
    cell: row.cell(columns.get('name')!),
    achievedCell: cell,
    source: 'summary',
  };
  typedCells(row, record);
  return { records: [record], issues: row.issues };
}
