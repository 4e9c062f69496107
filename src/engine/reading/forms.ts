/**
 * Self-assessment forms (phiếu tự đánh giá), one agency per sheet: formats.md §2. Scores are
 * checked against the rubric (or the form's own maxima) and summed per component.
 */
import { readScoreCell, ScoreCell } from './cells';
import { Hundredths } from '../values/decimal';
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { groupDisplayName } from '../rules/groups';
import { FormColumn, matchFormHeader, matchFormLabel, matchSummaryHeader } from '../rules/headers';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { AgencyRecord, ComponentRecord, CriterionScore } from './records';
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
import { looseKey, normalizeText } from '../values/text';

const HEADER_SEARCH_ROWS = 30;
const TOTAL_ROW_LABELS = new Set(['tong cong', 'cong', 'tong', 'tong so', 'tong diem']);

interface FormRow {
  code: string;
  title: string;
  row: number;
  max: ScoreCell | undefined;
  self: ScoreCell;
  appraised: ScoreCell | undefined;
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
function readLabels(grid: Grid, headerRow: number): { name?: string; nameCell?: string; blankNameCell?: string; group?: string } {
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

export interface FormRead {
  record: AgencyRecord;
  issues: Issue[];
}

/**
 * Reads one form sheet; undefined when the grid is not a form. Without a rubric, the form's own
 * maxima serve as one.
 */
export function readFormSheet(grid: Grid, options: { file?: string; rubric?: Rubric; defaultGroup?: string } = {}): FormRead | undefined {
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
  const rows = readRows(grid, header, where, issues);

  const rubric = options.rubric ?? formRubric(grid, rows, where, issues);
  const groupKeyInRubric = rubricGroupKey(rubric, group);
  const record: AgencyRecord = {
    name,
    group,
    achieved: null,
    standard: null,
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
    return { record, issues };
  }
  const codeHeaderCell = cellAddress(header.row, header.columns.get('code')!);
  const scored = scoreForm(rubric, options.rubric !== undefined, groupKeyInRubric, rows, header.columns.has('appraisedScore'), { ...where, cell: codeHeaderCell }, issues);
  // A given rubric names the components; a form's own flat list of criteria has none.
  if (!options.rubric && !rubric.criteria.some((c) => !isLeaf(c))) scored.components = [];
  record.achieved = scored.achieved;
  record.standard = scored.standard;
  record.selfScore = scored.selfScore;
  record.components = scored.components;
  record.criteria = scored.criteria;
  return { record, issues };
}

function readRows(grid: Grid, header: { row: number; columns: Map<FormColumn, number> }, where: IssueLocation, issues: Issue[]): FormRow[] {
  const { columns } = header;
  const rows: FormRow[] = [];
  const seen = new Set<string>();
  const cellWhere = (r: number, column: FormColumn) => ({ ...where, cell: cellAddress(r, columns.get(column)!) });
  const scoreAt = (r: number, column: FormColumn) =>
    columns.has(column) ? readScoreCell(cellAt(grid, r, columns.get(column)!), () => cellWhere(r, column)) : undefined;
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
    if (codeText === '' && !hasScore) continue;
    if (TOTAL_ROW_LABELS.has(looseKey(codeText))) continue;
    const code = normalizeCode(codeText);
    if (!code || !isCriterionCode(code)) {
      if (hasScore) issues.push(makeIssue('invalid-criterion-code', cellWhere(r, 'code'), { text: codeText }));
      continue;
    }
    if (seen.has(code)) {
      issues.push(makeIssue('duplicate-criterion', cellWhere(r, 'code'), { criterion: code }));
      continue;
    }
    seen.add(code);
    const title = columns.has('title') ? cellText(cellAt(grid, r, columns.get('title')!)) : '';
    rows.push({ code, title, row: r, max: scoreAt(r, 'maxScore'), self: unmerged(r, 'selfScore', self)!, appraised: unmerged(r, 'appraisedScore', appraised), columns });
  }
  // Report unreadable cells once, here; scoring treats them as missing.
  for (const row of rows) {
    for (const cell of [row.max, row.self, row.appraised]) if (cell?.kind === 'invalid') issues.push(cell.issue);
  }
  return rows;
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
      maxByGroup: new Map([[ANY_GROUP, row.max?.kind === 'score' ? row.max.value : null]]),
      cell: '',
    })),
    { file: where.file, sheet: where.sheet },
  );
  issues.push(...built.issues);
  return built.rubric;
}

interface FormScores {
  achieved: Hundredths | null;
  standard: Hundredths | null;
  selfScore: Hundredths | null;
  components: ComponentRecord[];
  criteria: CriterionScore[];
}

function scoreForm(rubric: Rubric, rubricGiven: boolean, key: string, rows: FormRow[], hasAppraisedColumn: boolean, where: IssueLocation, issues: Issue[]): FormScores {
  const byCode = criterionByCode(rubric);
  const rowByCode = new Map(rows.map((row) => [row.code, row]));
  const sheetCell = (row: FormRow, which: 'self' | 'appraised' | 'max') => ({ ...where, cell: addressOf(row, which) });
  let usable = true;

  for (const row of rows) {
    const criterion = byCode.get(row.code);
    if (!criterion) {
      issues.push(makeIssue('unknown-criterion', { ...where, cell: addressOf(row, 'code') }, { criterion: row.code }));
      continue;
    }
    const expected = maxFor(criterion, key);
    if (row.max?.kind === 'score' && expected !== null && row.max.value !== expected && isLeaf(criterion)) {
      issues.push(makeIssue('max-mismatch', sheetCell(row, 'max'), { criterion: row.code, value: row.max.value / 100, expected: expected / 100 }));
    }
  }

  /** Counted and self totals of a criterion; null where a score is unusable. */
  const totals = (criterion: Criterion): { counted: number | null; self: number | null; max: number; applicable: boolean } => {
    if (!isLeaf(criterion)) {
      let counted: number | null = 0;
      let self: number | null = 0;
      let max = 0;
      let applicable = false;
      for (const child of criterion.childCodes.map((c) => byCode.get(c)!)) {
        const t = totals(child);
        if (!t.applicable) continue;
        applicable = true;
        counted = counted === null || t.counted === null ? null : counted + t.counted;
        self = self === null || t.self === null ? null : self + t.self;
        max += t.max;
      }
      checkParent(criterion, counted, self);
      return { counted, self, max, applicable };
    }
    const max = maxFor(criterion, key);
    const row = rowByCode.get(criterion.code);
    if (max === null) return { counted: 0, self: 0, max: 0, applicable: false };
    if (!row) {
      // No cell holds a missing criterion: point at the code column's header.
      issues.push(makeIssue('missing-criterion', where, { criterion: criterion.code }));
      usable = false;
      return { counted: null, self: null, max: Math.max(max, 0), applicable: true };
    }
    const self = leafScore(row, 'self', row.self, max);
    const appraised = row.appraised && row.appraised.kind !== 'blank' ? leafScore(row, 'appraised', row.appraised, max) : undefined;
    // The appraisal decides where present (a score over a self-declared KAD counts); else the form.
    const deciding = row.appraised && row.appraised.kind !== 'blank' ? row.appraised : row.self;
    if (deciding.kind === 'notApplicable') {
      // An agency's own KAD on a criterion the rubric applies to its group lowers its standard score.
      if (deciding === row.self && rubricGiven && max > 0) issues.push(makeIssue('kad-by-agency', sheetCell(row, 'self'), { criterion: row.code, max: max / 100 }));
      return { counted: 0, self: 0, max: 0, applicable: false };
    }
    const counted = appraised !== undefined ? appraised : self;
    if (counted === null) usable = false;
    else criteria.push({ code: criterion.code, title: criterion.title, score: counted, cell: addressOf(row, appraised !== undefined ? 'appraised' : 'self') });
    return { counted, self, max: Math.max(max, 0), applicable: true };
  };

  const leafScore = (row: FormRow, which: 'self' | 'appraised', cell: ScoreCell, max: Hundredths): Hundredths | null => {
    if (cell.kind === 'invalid') return null;
    if (cell.kind === 'notApplicable') return 0;
    if (cell.kind === 'blank') {
      // A blank self score under an appraised one is fine: the appraised score counts.
      if (which === 'appraised' || !(row.appraised && row.appraised.kind === 'score')) issues.push(makeIssue('blank-score', sheetCell(row, which)));
      return 0;
    }
    const value = cell.value;
    if (max >= 0) {
      if (value < 0) issues.push(makeIssue('negative-score', sheetCell(row, which), { value: value / 100 }));
      else if (value > max) issues.push(makeIssue('score-above-max', sheetCell(row, which), { value: value / 100, max: max / 100, criterion: row.code }));
    } else if (value < max || value > 0) {
      issues.push(makeIssue('penalty-out-of-range', sheetCell(row, which), { value: value / 100, max: max / 100 }));
    }
    return value;
  };

  const checkParent = (criterion: Criterion, counted: number | null, self: number | null) => {
    const row = rowByCode.get(criterion.code);
    if (!row) return;
    const pairs: ['self' | 'appraised', ScoreCell | undefined, number | null][] = [
      ['self', row.self, self],
      ['appraised', row.appraised, hasAppraisedColumn ? counted : null],
    ];
    for (const [which, cell, expected] of pairs) {
      if (cell?.kind === 'score' && expected !== null && cell.value !== expected) {
        issues.push(makeIssue('parent-sum-mismatch', sheetCell(row, which), { criterion: criterion.code, value: cell.value / 100, expected: expected / 100 }));
      }
    }
  };

  const componentRecords: ComponentRecord[] = [];
  const criteria: CriterionScore[] = [];
  let achieved = 0;
  let selfTotal: number | null = 0;
  let standard = 0;
  for (const component of components(rubric)) {
    const t = totals(component);
    if (!t.applicable) continue;
    if (t.counted !== null) {
      achieved += t.counted;
      componentRecords.push({ code: component.code, name: component.title, score: t.counted, maxScore: t.max, cell: addressOf(rowByCode.get(component.code), 'self') });
    }
    selfTotal = selfTotal === null || t.self === null ? null : selfTotal + t.self;
    standard += t.max;
  }
  const hasAppraised = hasAppraisedColumn && rows.some((row) => row.appraised?.kind === 'score');
  return {
    achieved: usable ? achieved : null,
    standard: standard > 0 ? standard : null,
    selfScore: hasAppraised && selfTotal !== null ? selfTotal : null,
    components: componentRecords,
    criteria,
  };
}

function addressOf(row: FormRow | undefined, which: 'self' | 'appraised' | 'max' | 'code'): string {
  if (!row) return '';
  const column = { self: 'selfScore', appraised: 'appraisedScore', max: 'maxScore', code: 'code' }[which] as FormColumn;
  return cellAddress(row.row, row.columns.get(column) ?? 0);
}
