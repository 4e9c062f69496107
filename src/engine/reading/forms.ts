/**
 * Self-assessment forms (phiếu tự đánh giá), one agency per sheet: formats.md §2. Scores are
 * checked against the rubric (or the form's own maxima) and summed per component.
 */
import { readScoreCell, ScoreCell } from './cells';
import { fromHundredths, Hundredths } from '../values/decimal';
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { groupDisplayName } from '../rules/groups';
import { inScoreRange, scoreRangeIssue } from '../rules/score-range';
import { FormColumn, HEADER_SEARCH_ROWS, matchFormHeader, matchFormLabel, matchSummaryHeader, rowLabelKind } from '../rules/headers';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { AgencyRecord, ComponentRecord, CriterionScore, MarkedScore } from './records';
import { checkCriterionEvidence, EvidenceSeverity, TextCell } from './evidence';
import {
  ANY_GROUP,
  buildRubric,
  components,
  Criterion,
  criterionByCode,
  isCriterionCode,
  isLeaf,
  maxFor,
  normalizeCode,
  Rubric,
  rubricGroupKey,
} from '../rules/rubric';
import { gridWidth, hiddenByMerge, mergeMasters } from './table';
import { normalizeText } from '../values/text';
import { PassedOverRow } from './report';
import { PassedRows } from './passed-rows';

interface FormRow {
  code: string;
  title: string;
  row: number;
  maxScore: ScoreCell | undefined;
  self: ScoreCell;
  appraised: ScoreCell | undefined;
  /** The evidence and reason cells; undefined where the form has no such column. */
  evidence: TextCell | undefined;
  reason: TextCell | undefined;
  columns: Map<FormColumn, number>;
}

/** The form's header row and its columns, if the grid is a form. */
export function findFormHeader(grid: Grid): { row: number; columns: Map<FormColumn, number> } | undefined {
  const width = gridWidth(grid);
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<FormColumn, number>();
    let namesAgencies = false;
    for (let c = 0; c < width; c++) {
      const text = cellText(cellAt(grid, r, c));
      const column = matchFormHeader(text);
      if (column && !columns.has(column)) columns.set(column, c);
      if (matchSummaryHeader(text) === 'name') namesAgencies = true;
    }
    // A column of agency names makes it a summary table (one row per agency), not a form.
    if (columns.has('code') && columns.has('selfScore') && !namesAgencies) return { row: r, columns };
  }
  return undefined;
}

/** "Tên cơ quan: …" and "Nhóm: …" above the table: the value after the colon or to the right. */
export function readLabels(grid: Grid, headerRow: number): { name?: string; nameCell?: string; blankNameCell?: string; group?: string } {
  const found: { name?: string; nameCell?: string; blankNameCell?: string; group?: string } = {};
  for (let r = 0; r < headerRow; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const label = matchFormLabel(cellText(cells[c]));
      if (!label || found[label.label] !== undefined) continue;
      let value = label.value;
      let column = c;
      for (let right = c + 1; value === '' && right < cells.length; right++) {
        value = cellText(cells[right]);
        column = right;
      }
      if (value === '') {
        if (label.label === 'name') found.blankNameCell ??= cellAddress(r, c);
        continue;
      }
      found[label.label] = normalizeText(value);
      if (label.label === 'name') found.nameCell = cellAddress(r, column);
    }
  }
  return found;
}

export interface FormReadOptions {
  file?: string;
  rubric?: Rubric;
  defaultGroup?: string;
  /** Missing evidence or reasons as warnings (the default) or errors. */
  evidenceSeverity?: EvidenceSeverity;
}

export interface FormRead {
  record: AgencyRecord;
  issues: Issue[];
  /** Rows of the form's table that are not criteria, with the reason (for the reading report). */
  passedOver: PassedOverRow[];
}

/**
 * Reads one form sheet; undefined when the grid is not a form. Without a rubric, the form's own
 * maxima serve as one.
 */
export function readFormSheet(grid: Grid, options: FormReadOptions = {}): FormRead | undefined {
  const header = findFormHeader(grid);
  if (!header) return undefined;
  const labels = readLabels(grid, header.row);
  const name = labels.name ?? normalizeText(grid.sheet);
  const group = labels.group ? groupDisplayName(labels.group) : (options.defaultGroup ?? groupDisplayName(grid.sheet));
  const where: IssueLocation = { file: options.file, sheet: grid.sheet, agency: name };
  const issues: Issue[] = [];
  // Without a name the sheet's tab names the agency: fine for "Phòng Nội vụ", not for "Sheet1".
  if (labels.name === undefined) {
    const code = labels.blankNameCell ? 'form-name-blank' : 'form-name-from-sheet';
    issues.push(makeIssue(code, { ...where, cell: labels.blankNameCell ?? 'A1' }, { sheetName: grid.sheet }));
  }
  const { rows, passedOver } = readRows(grid, header, where, issues);

  const rubric = options.rubric ?? formRubric(grid, rows, where, issues);
  const groupKeyInRubric = rubricGroupKey(rubric, group);
  const record: AgencyRecord = {
    name,
    group,
    achievedScore: null,
    standardScore: null,
    selfScore: null,
    components: [],
    note: '',
    file: options.file,
    sheet: grid.sheet,
    cell: labels.nameCell ?? 'A1',
    achievedCell: cellAddress(header.row, header.columns.get('selfScore')!),
    source: 'form',
  };
  if (groupKeyInRubric === undefined) {
    issues.push(makeIssue('unknown-group', { ...where, cell: record.cell }, { group, expected: rubric.groups.join('; ') }));
    return { record, issues, passedOver };
  }
  const scored = scoreForm({
    rubric,
    rubricGiven: options.rubric !== undefined,
    groupKey: groupKeyInRubric,
    rows,
    hasAppraisedColumn: header.columns.has('appraisedScore'),
    // A criterion missing from the form has no cell: issues about it point at the code column's header.
    where: { ...where, cell: cellAddress(header.row, header.columns.get('code')!) },
    evidenceSeverity: options.evidenceSeverity,
  });
  issues.push(...scored.issues);
  // A given rubric names the components; a form's own flat list of criteria has none.
  if (!options.rubric && !rubric.criteria.some((c) => !isLeaf(c))) scored.components = [];
  record.achievedScore = scored.achievedScore;
  record.standardScore = scored.standardScore;
  record.selfScore = scored.selfScore;
  record.components = scored.components;
  record.criteria = scored.criteria;
  record.excludedCriteria = scored.excludedCriteria;
  return { record, issues, passedOver };
}

function readRows(grid: Grid, header: { row: number; columns: Map<FormColumn, number> }, where: IssueLocation, issues: Issue[]): { rows: FormRow[]; passedOver: PassedOverRow[] } {
  const { columns } = header;
  const rows: FormRow[] = [];
  const passed = new PassedRows(grid);
  const seen = new Set<string>();
  const cellWhere = (r: number, column: FormColumn) => ({ ...where, cell: cellAddress(r, columns.get(column)!) });
  const scoreAt = (r: number, column: FormColumn) =>
    columns.has(column) ? readScoreCell(cellAt(grid, r, columns.get(column)!), () => cellWhere(r, column)) : undefined;
  const textAt = (r: number, column: FormColumn): TextCell | undefined =>
    columns.has(column) ? { text: normalizeText(cellText(cellAt(grid, r, columns.get(column)!))), cell: cellAddress(r, columns.get(column)!) } : undefined;
  const masters = mergeMasters(grid);
  // A score cell inside a merged area reads blank; say so rather than count it as 0.
  const unmerged = (r: number, column: FormColumn, cell: ScoreCell | undefined): ScoreCell | undefined => {
    if (masters.size === 0 || !columns.has(column)) return cell;
    const merged = hiddenByMerge(grid, r, columns.get(column)!, masters);
    return merged ? { kind: 'invalid', issue: makeIssue('merged-score-cell', cellWhere(r, column), merged) } : cell;
  };
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const codeText = cellText(cellAt(grid, r, columns.get('code')!));
    const self = scoreAt(r, 'selfScore')!;
    const appraised = scoreAt(r, 'appraisedScore');
    const hasScore = self.kind !== 'blank' || (appraised !== undefined && appraised.kind !== 'blank');
    const title = columns.has('title') ? cellText(cellAt(grid, r, columns.get('title')!)) : '';
    if (codeText === '' && !hasScore) {
      passed.unscored(r);
      continue;
    }
    // A total row: its words in the code column, or in the title where the code is blank.
    const label = rowLabelKind(codeText) ?? (codeText === '' ? rowLabelKind(title) : undefined);
    if (label) {
      passed.passOver(r, label);
      continue;
    }
    const code = normalizeCode(codeText);
    if (!code || !isCriterionCode(code)) {
      if (hasScore) issues.push(makeIssue('invalid-criterion-code', cellWhere(r, 'code'), { text: codeText }));
      else passed.unscored(r);
      continue;
    }
    if (seen.has(code)) {
      issues.push(makeIssue('duplicate-criterion', cellWhere(r, 'code'), { criterion: code }));
      continue;
    }
    seen.add(code);
    passed.read();
    rows.push({
      code,
      title,
      row: r,
      maxScore: scoreAt(r, 'maxScore'),
      self: unmerged(r, 'selfScore', self)!,
      appraised: unmerged(r, 'appraisedScore', appraised),
      evidence: textAt(r, 'evidence'),
      reason: textAt(r, 'reason'),
      columns,
    });
  }
  // Report unreadable cells once, here; scoring treats them as missing.
  for (const row of rows) {
    for (const cell of [row.maxScore, row.self, row.appraised]) if (cell?.kind === 'invalid') issues.push(cell.issue);
  }
  return { rows, passedOver: passed.rows };
}

/** A rubric from the form's own maximum column, for forms read without one. */
function formRubric(grid: Grid, rows: FormRow[], where: IssueLocation, issues: Issue[]): Rubric {
  const built = buildRubric(
    grid.sheet,
    [],
    rows.map((row) => ({
      code: row.code,
      title: row.title,
      aliases: [],
      maxByGroup: new Map([[ANY_GROUP, row.maxScore?.kind === 'score' ? row.maxScore.value : null]]),
      cell: '',
    })),
    { file: where.file, sheet: where.sheet },
  );
  issues.push(...built.issues);
  return built.rubric;
}

interface ScoreFormOptions {
  rubric: Rubric;
  /** The rubric was given (a file or preset), not built from the form's own maxima. */
  rubricGiven: boolean;
  /** The agency's group as the rubric keys it. */
  groupKey: string;
  rows: FormRow[];
  hasAppraisedColumn: boolean;
  /** The form's location; its cell is the code column's header. */
  where: IssueLocation;
  evidenceSeverity?: EvidenceSeverity;
}

interface FormScores {
  achievedScore: Hundredths | null;
  standardScore: Hundredths | null;
  selfScore: Hundredths | null;
  components: ComponentRecord[];
  criteria: CriterionScore[];
  excludedCriteria: CriterionScore[];
  issues: Issue[];
}

/** What scoring walks the rubric with: the inputs, and where findings go (append only). */
interface Scoring extends ScoreFormOptions {
  byCode: Map<string, Criterion>;
  rowByCode: Map<string, FormRow>;
  issues: Issue[];
  criteria: CriterionScore[];
  excludedCriteria: CriterionScore[];
}

/** A criterion's counted and self totals (null where a score is unusable) and its maximum. */
interface Totals {
  counted: Hundredths | null;
  self: Hundredths | null;
  maxScore: Hundredths;
  applicable: boolean;
}

const NOT_APPLICABLE: Totals = { counted: 0, self: 0, maxScore: 0, applicable: false };

/**
 * Scores a form against the rubric: each leaf's counted score (the appraisal's where present),
 * parents checked against their children, components summed; the standard score leaves out KAD.
 */
function scoreForm(options: ScoreFormOptions): FormScores {
  const scoring: Scoring = {
    ...options,
    byCode: criterionByCode(options.rubric),
    rowByCode: new Map(options.rows.map((row) => [row.code, row])),
    issues: [],
    criteria: [],
    excludedCriteria: [],
  };
  checkRowsAgainstRubric(scoring);
  const componentRecords: ComponentRecord[] = [];
  let achievedScore: Hundredths | null = 0;
  let selfTotal: Hundredths | null = 0;
  let standardScore = 0;
  for (const component of components(scoring.rubric)) {
    const t = criterionTotals(scoring, component);
    if (!t.applicable) continue;
    if (t.counted !== null) {
      componentRecords.push({ code: component.code, name: component.title, score: t.counted, maxScore: t.maxScore, cell: addressOf(scoring.rowByCode.get(component.code), 'self') });
    }
    achievedScore = achievedScore === null || t.counted === null ? null : achievedScore + t.counted;
    selfTotal = selfTotal === null || t.self === null ? null : selfTotal + t.self;
    standardScore += t.maxScore;
  }
  const hasAppraised = options.hasAppraisedColumn && options.rows.some((row) => row.appraised?.kind === 'score');
  return {
    achievedScore,
    standardScore: standardScore > 0 ? standardScore : null,
    selfScore: hasAppraised && selfTotal !== null ? selfTotal : null,
    components: componentRecords,
    criteria: scoring.criteria,
    excludedCriteria: scoring.excludedCriteria,
    issues: scoring.issues,
  };
}

/** Codes the rubric lacks, and maxima typed in the form that differ from the rubric's. */
function checkRowsAgainstRubric(scoring: Scoring): void {
  for (const row of scoring.rows) {
    const criterion = scoring.byCode.get(row.code);
    if (!criterion) {
      scoring.issues.push(makeIssue('unknown-criterion', rowCell(scoring, row, 'code'), { criterion: row.code }));
      continue;
    }
    const expected = maxFor(criterion, scoring.groupKey);
    if (row.maxScore?.kind === 'score' && expected !== null && row.maxScore.value !== expected && isLeaf(criterion)) {
      scoring.issues.push(makeIssue('max-mismatch', rowCell(scoring, row, 'max'), { criterion: row.code, value: fromHundredths(row.maxScore.value), expected: fromHundredths(expected) }));
    }
  }
}

function criterionTotals(scoring: Scoring, criterion: Criterion): Totals {
  return isLeaf(criterion) ? leafTotals(scoring, criterion) : parentTotals(scoring, criterion);
}

/** A parent sums its applicable children; the form's own figure for it is checked against the sum. */
function parentTotals(scoring: Scoring, criterion: Criterion): Totals {
  const sum: Totals = { counted: 0, self: 0, maxScore: 0, applicable: false };
  for (const child of criterion.childCodes.map((c) => scoring.byCode.get(c)!)) {
    const t = criterionTotals(scoring, child);
    if (!t.applicable) continue;
    sum.applicable = true;
    sum.counted = sum.counted === null || t.counted === null ? null : sum.counted + t.counted;
    sum.self = sum.self === null || t.self === null ? null : sum.self + t.self;
    sum.maxScore += t.maxScore;
  }
  checkParentSums(scoring, criterion, sum);
  return sum;
}

function checkParentSums(scoring: Scoring, criterion: Criterion, sum: Totals): void {
  const row = scoring.rowByCode.get(criterion.code);
  if (!row) return;
  const pairs: ['self' | 'appraised', ScoreCell | undefined, Hundredths | null][] = [
    ['self', row.self, sum.self],
    ['appraised', row.appraised, scoring.hasAppraisedColumn ? sum.counted : null],
  ];
  for (const [which, cell, expected] of pairs) {
    if (cell?.kind === 'score' && expected !== null && cell.value !== expected) {
      scoring.issues.push(makeIssue('parent-sum-mismatch', rowCell(scoring, row, which), { criterion: criterion.code, value: fromHundredths(cell.value), expected: fromHundredths(expected) }));
    }
  }
}

/** A leaf: the appraisal decides where present (a score over a self-declared KAD counts); else the form. */
function leafTotals(scoring: Scoring, criterion: Criterion): Totals {
  const maxScore = maxFor(criterion, scoring.groupKey);
  if (maxScore === null) return NOT_APPLICABLE;
  const row = scoring.rowByCode.get(criterion.code);
  if (!row) {
    scoring.issues.push(makeIssue('missing-criterion', scoring.where, { criterion: criterion.code }));
    return { counted: null, self: null, maxScore: Math.max(maxScore, 0), applicable: true };
  }
  const appraisedGiven = row.appraised !== undefined && row.appraised.kind !== 'blank';
  const self = leafScore(scoring, row, 'self', maxScore);
  const appraised = appraisedGiven ? leafScore(scoring, row, 'appraised', maxScore) : undefined;
  const deciding = appraisedGiven ? row.appraised! : row.self;
  if (deciding.kind === 'notApplicable') {
    // An agency's own KAD on a criterion the rubric applies to its group lowers its standard score.
    if (!appraisedGiven && scoring.rubricGiven && maxScore > 0) scoring.issues.push(makeIssue('kad-by-agency', rowCell(scoring, row, 'self'), { criterion: row.code, max: fromHundredths(maxScore) }));
    scoring.excludedCriteria.push(criterionEntry(criterion, row, maxScore, appraisedGiven, 0));
    return NOT_APPLICABLE;
  }
  const counted = appraised !== undefined ? appraised : self;
  if (counted !== null) {
    scoring.criteria.push(criterionEntry(criterion, row, maxScore, appraisedGiven, counted));
    const evidence = { criterion: row.code, self: row.self, appraised: row.appraised, counted, evidence: row.evidence, reason: row.reason };
    scoring.issues.push(...checkCriterionEvidence(evidence, scoring.where, scoring.evidenceSeverity));
  }
  return { counted, self, maxScore: Math.max(maxScore, 0), applicable: true };
}

/** A leaf's record with the score it counts. */
function criterionEntry(criterion: Criterion, row: FormRow, maxScore: Hundredths, appraisedGiven: boolean, score: Hundredths): CriterionScore {
  return {
    code: criterion.code,
    title: criterion.title,
    cell: addressOf(row, appraisedGiven ? 'appraised' : 'self'),
    scoredBy: appraisedGiven ? 'appraisal' : 'self',
    selfScore: markedScore(row.self),
    appraisedScore: markedScore(row.appraised),
    maxScore,
    evidence: row.evidence?.text ?? '',
    reason: row.reason?.text ?? '',
    score,
  };
}

function markedScore(cell: ScoreCell | undefined): MarkedScore {
  if (cell?.kind === 'score') return cell.value;
  return cell?.kind === 'notApplicable' ? 'KAD' : null;
}

/** One score cell of a leaf against its maximum (or a penalty's range); null when unreadable. */
function leafScore(scoring: Scoring, row: FormRow, which: 'self' | 'appraised', maxScore: Hundredths): Hundredths | null {
  const cell = which === 'self' ? row.self : row.appraised!;
  if (cell.kind === 'invalid') return null;
  if (cell.kind === 'notApplicable') return 0;
  // The cell's address is made only for an issue: most of a thousand forms' scores have none.
  if (cell.kind === 'blank') {
    // A blank self score under an appraised one is fine: the appraised score counts.
    if (which === 'appraised' || row.appraised?.kind !== 'score') scoring.issues.push(makeIssue('blank-score', rowCell(scoring, row, which)));
    return 0;
  }
  if (!inScoreRange(cell.value, maxScore)) scoring.issues.push(scoreRangeIssue(cell.value, maxScore, rowCell(scoring, row, which), row.code)!);
  return cell.value;
}

function rowCell(scoring: Scoring, row: FormRow, which: 'self' | 'appraised' | 'max' | 'code'): IssueLocation {
  return { ...scoring.where, cell: addressOf(row, which) };
}

const ADDRESS_COLUMN: Record<'self' | 'appraised' | 'max' | 'code', FormColumn> = { self: 'selfScore', appraised: 'appraisedScore', max: 'maxScore', code: 'code' };

function addressOf(row: FormRow | undefined, which: 'self' | 'appraised' | 'max' | 'code'): string {
  if (!row) return '';
  return cellAddress(row.row, row.columns.get(ADDRESS_COLUMN[which]) ?? 0);
}
