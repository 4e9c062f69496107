/**
 * The engine's main job: workbooks (as grids) in; agencies scored, graded and ranked per group,
 * with every issue found on the way. No input makes it throw.
 */
import { fromHundredths, Hundredths, parseLooseNumber, roundToHundredths } from '../values/decimal';
import { gradeBand, ratioHundredths } from '../rules/grading';
import { WorkbookGrids } from '../values/grid';
import { groupKey } from '../rules/groups';
import { findFormHeader } from '../reading/forms';
import { Issue, makeIssue } from '../messages/issues';
import { rankBy, toRoman } from '../rules/rank';
import { inGroupOrder, splitIntoGroups } from '../rules/grouping';
import { Fixed } from '../values/fixed';
import { DEFAULT_RULES } from '../rules/rules';
import type { Rules } from '../rules/rules';
import { WORDS } from '../messages/words';
import { AgencyRecord } from '../reading/records';
import { components as rubricComponents, Criterion, criterionByCode, isLeaf, maxFor, readRubricSheet, Rubric, rubricGroupKey, rubricStandard, standardOf } from '../rules/rubric';
import { scoreRangeIssue } from '../rules/score-range';
import { DEFAULT_RANKING_SETTINGS, rankGroup, RankingSettings } from './score';
import { readSummarySheet } from '../reading/summary';
import { findRubric, ReadOptions, readWorkbooks } from '../reading/workbooks';
import { SheetReport } from '../reading/report';

export { findRubric, readWorkbooks };
import { looseKey, nameKey } from '../values/text';

export interface ComponentResult {
  code: string;
  name: string;
  achievedScore: Hundredths;
  /** The component's maximum for the agency; null where unknown (no rubric). */
  maxScore: Hundredths | null;
  ratio: Hundredths | null;
  grade: string | null;
  /** Rank among the group's agencies by this component's score. */
  rank: number;
}

export interface AgencyResult {
  ordinal: string;
  /** Null for an agency the rules leave unranked. */
  rank: number | null;
  name: string;
  achievedScore: Hundredths;
  standardScore: Hundredths;
  /** Two decimals, in hundredths of a percent. */
  ratio: Hundredths;
  /** The ratio at the rules' places: what the annex prints and grades and ranks go by. */
  roundedRatio: Fixed;
  /** "" where the rules give no grades. */
  grade: string;
  gradeKey: string;
  selfScore: Hundredths | null;
  components: ComponentResult[];
  note: string;
  record: AgencyRecord;
}

export interface GroupResult {
  /** Roman numeral of the annex: I, II, III … in order of first appearance. */
  annex: string;
  name: string;
  agencies: AgencyResult[];
  /** The components the group's agencies were scored on, in rubric or column order. */
  components: { code: string; name: string }[];
}

export interface Assessment {
  groups: GroupResult[];
  issues: Issue[];
  rubric?: Rubric;
  /** The reading report, where the assessment was read from workbooks. */
  sheets?: SheetReport[];
  /** The rules graded and ranked by, and where they come from. */
  rules: Rules;
}

/** `rules`: from elsewhere (a preset, another file); else the inputs' "Quy định" sheet, else the default. */
export type AssessOptions = ReadOptions;

export type SheetKind = 'rubric' | 'form' | 'summary' | 'other';

/** What each sheet of a workbook is, and how many agencies it gives: for the pane's overview. */
export function describeSheets(workbook: WorkbookGrids, rubric?: Rubric): { sheet: string; kind: SheetKind; agencies: number }[] {
  return workbook.sheets.map((grid) => {
    if (findFormHeader(grid)) return { sheet: grid.sheet, kind: 'form', agencies: 1 };
    if (readRubricSheet(grid, workbook.file)) return { sheet: grid.sheet, kind: 'rubric', agencies: 0 };
    const summary = readSummarySheet(grid, { file: workbook.file, rubric });
    if (summary.tables.length > 0) return { sheet: grid.sheet, kind: 'summary', agencies: summary.records.length };
    return { sheet: grid.sheet, kind: 'other', agencies: 0 };
  });
}

/** Reads, validates, scores and ranks; the reading report comes along as `sheets`. */
export function assess(workbooks: readonly WorkbookGrids[], options: AssessOptions = {}): Assessment {
  const read = readWorkbooks(workbooks, options);
  return { ...assessRecords(read.records, { ...options, rubric: read.rubric, rules: read.rules }, read.issues), sheets: read.sheets };
}

/** Validates and ranks agency records read from any source. */
export function assessRecords(records: readonly AgencyRecord[], options: AssessOptions = {}, readIssues: Issue[] = []): Assessment {
  const settings: RankingSettings = { ...DEFAULT_RANKING_SETTINGS, rules: options.rules ?? DEFAULT_RULES };
  const rubric = options.rubric;
  const issues = [...readIssues];
  const members: { record: AgencyRecord; standardScore: Hundredths; achievedScore: Hundredths }[] = [];
  const seen = new Map<string, AgencyRecord>();
  const seenLoosely = new Map<string, AgencyRecord>();
  const criteria = rubric ? criterionByCode(rubric) : undefined;

  for (const record of records) {
    const where = { file: record.file, sheet: record.sheet, agency: record.name };
    const key = groupKey(record.group);
    const duplicateKey = `${key}\u0000${nameKey(record.name)}`;
    const first = seen.get(duplicateKey);
    if (first) {
      issues.push(makeIssue('duplicate-agency', { ...where, cell: record.cell }, { group: record.group, first: `${first.sheet}!${first.cell}` }));
      continue;
    }
    seen.set(duplicateKey, record);
    // "Phong Tu Phap" beside "Phòng Tư pháp": likely one agency typed twice, so say so.
    const looseName = `${key}\u0000${looseKey(record.name)}`;
    const similar = seenLoosely.get(looseName);
    if (similar) issues.push(makeIssue('similar-agency-name', { ...where, cell: record.cell }, { other: similar.name, first: `${similar.sheet}!${similar.cell}` }));
    else seenLoosely.set(looseName, record);
    if (/^[=+\-@\t\r]/.test(record.name)) issues.push(makeIssue('formula-like-name', { ...where, cell: record.cell }));

    const rubricKey = rubric ? rubricGroupKey(rubric, record.group) : undefined;
    let standardScore = record.standardScore;
    if (standardScore === null && rubric && rubricKey !== undefined) standardScore = rubricStandard(rubric, rubricKey);
    if (standardScore === null) {
      if (!record.standardInvalid) issues.push(makeIssue('missing-standard', { ...where, cell: record.standardCell ?? record.cell }, { group: record.group }));
      continue;
    }
    if (standardScore <= 0) {
      issues.push(makeIssue('zero-standard', { ...where, cell: record.standardCell ?? record.cell }));
      continue;
    }
    if (rubric && rubricKey !== undefined && record.source === 'summary') checkComponentMaxima(record, rubric, rubricKey, criteria!, issues);
    if (record.achievedScore === null) continue;
    if (record.achievedScore > standardScore) {
      issues.push(makeIssue('achieved-above-standard', { ...where, cell: record.achievedCell }, { value: fromHundredths(record.achievedScore), max: fromHundredths(standardScore) }));
    }
    members.push({ record, standardScore, achievedScore: record.achievedScore });
  }

  const results: GroupResult[] = [];
  // Groups in the order they first appear among all records (valid or not), then the rules' order.
  const appearance = records.map((r) => r.group);
  const groups = inGroupOrder(inGroupOrder(splitIntoGroups(members, (m) => m.record.group), appearance), settings.rules.groupOrder);
  for (const { name, members: groupMembers } of groups) {
    const ranked = rankGroup(
      groupMembers.map((m) => ({ name: m.record.name, group: name, achievedScore: m.achievedScore, standardScore: m.standardScore, member: m })),
      settings,
    );
    const componentList = groupComponents(groupMembers.map((m) => m.record));
    const agencies: AgencyResult[] = ranked.map((r) => {
      const { record } = r.agency.member;
      compareTyped(record, r.ratio, r.grade, issues);
      return {
        ordinal: r.ordinal,
        rank: r.rank,
        name: record.name,
        achievedScore: r.agency.achievedScore,
        standardScore: r.agency.standardScore,
        ratio: r.ratio,
        roundedRatio: r.roundedRatio,
        grade: r.grade,
        gradeKey: r.gradeKey,
        selfScore: record.selfScore,
        components: [],
        // An agency the rules leave unranked says so where the annex has room for a word.
        note: r.rank === null ? [record.note, WORDS.vi.rules.unranked].filter((n) => n !== '').join('; ') : record.note,
        record,
      };
    });
    rankComponents(agencies, componentList, rubric, settings);
    results.push({ annex: toRoman(results.length + 1), name, agencies, components: componentList });
  }
  return { groups: results, issues, rubric, rules: settings.rules };
}

/**
 * A summary row's component scores against the rubric's maxima for its group, as forms check
 * their criteria: above the maximum, negative, or a penalty out of its range.
 */
function checkComponentMaxima(record: AgencyRecord, rubric: Rubric, rubricKey: string, byCode: Map<string, Criterion>, issues: Issue[]): void {
  for (const component of record.components) {
    const criterion = component.code === undefined ? undefined : byCode.get(component.code);
    if (!criterion) continue;
    const maxScore = maxFor(criterion, rubricKey) ?? (isLeaf(criterion) ? null : standardOf(rubric, criterion, rubricKey, byCode));
    if (maxScore === null) continue;
    const where = { file: record.file, sheet: record.sheet, agency: record.name, cell: component.cell };
    const outOfRange = scoreRangeIssue(component.score, maxScore, where, component.code);
    if (outOfRange) issues.push(outOfRange);
  }
}

/** The components seen in a group's records, by code (or name), in first-seen order. */
function groupComponents(records: AgencyRecord[]): { code: string; name: string }[] {
  const list = new Map<string, { code: string; name: string }>();
  for (const record of records) {
    for (const c of record.components) {
      const code = c.code ?? c.name;
      if (!list.has(code)) list.set(code, { code, name: c.name });
    }
  }
  return [...list.values()];
}

/** Each component's grade (on its own maximum) and rank within the group (by its score). */
function rankComponents(agencies: AgencyResult[], list: { code: string; name: string }[], rubric: Rubric | undefined, settings: RankingSettings): void {
  const byCode = new Map(rubric ? rubricComponents(rubric).map((c) => [c.code, c]) : []);
  for (const { code, name } of list) {
    const holders = agencies.filter((a) => a.record.components.some((c) => (c.code ?? c.name) === code));
    const scoreOf = (a: AgencyResult) => a.record.components.find((c) => (c.code ?? c.name) === code)!;
    for (const { item, rank } of rankBy(holders, (a) => scoreOf(a).score, 'descending', settings.rules.ties)) {
      const component = scoreOf(item);
      const rubricKey = rubric ? rubricGroupKey(rubric, item.record.group) : undefined;
      const criterion = byCode.get(code);
      const maxScore = component.maxScore ?? (criterion && rubricKey !== undefined ? maxFor(criterion, rubricKey) : null);
      const ratio = maxScore !== null && maxScore > 0 ? ratioHundredths(component.score, maxScore) : null;
      item.components.push({
        code,
        name,
        achievedScore: component.score,
        maxScore,
        ratio,
        grade: ratio === null || !settings.rules.grades ? null : gradeBand(ratio, settings.rules.grades).labels[settings.language],
        rank,
      });
    }
  }
  for (const agency of agencies) {
    agency.components.sort((a, b) => list.findIndex((c) => c.code === a.code) - list.findIndex((c) => c.code === b.code));
  }
}

/** Warns where a ratio or grade typed in the sheet differs from the computed one. */
function compareTyped(record: AgencyRecord, ratio: Hundredths, grade: string, issues: Issue[]): void {
  const where = { file: record.file, sheet: record.sheet, agency: record.name };
  if (record.typedRatio) {
    const value = record.typedRatio.value;
    const number = typeof value === 'number' ? value : typeof value === 'string' ? (parseLooseNumber(value) ?? NaN) : NaN;
    // A ratio cell formatted as a percentage holds 0.9863 for 98.63 %; a formula, more decimals.
    const matches = [number, number * 100].some((candidate) => {
      const rounded = roundToHundredths(candidate);
      return rounded.ok && rounded.value === ratio;
    });
    if (!matches) {
      issues.push(makeIssue('ratio-mismatch', { ...where, cell: record.typedRatio.cell }, { value: String(value), expected: fromHundredths(ratio).toFixed(2) }));
    }
  }
  if (record.typedGrade && nameKey(record.typedGrade.value) !== nameKey(grade)) {
    issues.push(makeIssue('grade-mismatch', { ...where, cell: record.typedGrade.cell }, { value: record.typedGrade.value, expected: grade }));
  }
}
