/**
 * The engine's main job: workbooks (as grids) in; agencies scored, graded and ranked per group,
 * with every issue found on the way. No input makes it throw.
 */
import { Hundredths } from '../values/decimal';
import { gradeBand, ratioHundredths } from '../rules/grading';
import { WorkbookGrids } from '../values/grid';
import { Issue } from '../messages/issues';
import { rankBy, toRoman } from '../rules/rank';
import { Fixed } from '../values/fixed';
import { DEFAULT_RULES } from '../rules/rules';
import type { Rules } from '../rules/rules';
import { WORDS } from '../messages/words';
import { AgencyRecord } from '../reading/records';
import { components as rubricComponents, maxFor, Rubric, rubricGroupKey } from '../rules/rubric';
import { AgencyScore, DEFAULT_RANKING_SETTINGS, rankAll, RankedGroup, RankingSettings } from './score';
import { AgencyNames, compareTyped, Member, ScoreChecks } from './record-checks';
import { checkIndexTables } from './index-tables';
import { findRubric, ReadOptions, readWorkbooks } from '../reading/workbooks';
import { SheetReadKind, SheetReport } from '../reading/report';
import { unknownGroupNames, unknownUnrankedNames } from './listed-names';

export { findRubric, readWorkbooks };

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
  /** Achieved and standard scores and the ratio are null for an index table's agency (formats.md §6). */
  achievedScore: Hundredths | null;
  standardScore: Hundredths | null;
  /** Two decimals, in hundredths of a percent. */
  ratio: Hundredths | null;
  /** The ratio at the rules' places: what the annex prints and grades and ranks go by. */
  roundedRatio: Fixed | null;
  /** An index table's index, at the rules' places or as written; null for scored agencies. */
  index: Fixed | null;
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

/** A group read from index tables (formats.md §6): ranked on an index, without scores. */
export function isIndexGroup(group: GroupResult): boolean {
  return group.agencies.some((a) => a.index !== null);
}

export interface Assessment {
  groups: GroupResult[];
  issues: Issue[];
  rubric?: Rubric;
  /** The reading report, where the assessment was read from workbooks. */
  sheets?: SheetReport[];
  /** Every agency record read from workbooks, those with errors too (the team's forms need them all). */
  records?: readonly AgencyRecord[];
  /** The rules graded and ranked by, and where they come from. */
  rules: Rules;
}

/** `rules`: from elsewhere (a preset, another file); else the inputs' "Quy định" sheet, else the default. */
export type AssessOptions = ReadOptions;

/** The kinds of sheet that are inputs: what the pane lists, each (but the rubric) with a box to leave it out. */
export const INPUT_SHEET_KINDS: readonly SheetReadKind[] = ['summary', 'form', 'rubric', 'agencyList'];

/**
 * What each sheet of a workbook was read as (the reading report's kinds) and how many agencies
 * it gives, read as an assessment would read it: for the pane's list of sheets.
 */
export function describeSheets(workbook: WorkbookGrids, options: Pick<ReadOptions, 'rubric' | 'skipHidden'> = {}): { sheet: string; kind: SheetReadKind; agencies: number }[] {
  const read = readWorkbooks([workbook], options);
  const agencies = new Map<string, number>();
  for (const record of read.records) agencies.set(record.sheet, (agencies.get(record.sheet) ?? 0) + 1);
  return read.sheets.map((report) => ({ sheet: report.sheet, kind: report.kind, agencies: agencies.get(report.sheet) ?? 0 }));
}

/** Reads, validates, scores and ranks; the reading report comes along as `sheets`. */
export function assess(workbooks: readonly WorkbookGrids[], options: AssessOptions = {}): Assessment {
  const read = readWorkbooks(workbooks, options);
  return { ...assessRecords(read.records, { ...options, rubric: read.rubric, rules: read.rules }, read.issues), sheets: read.sheets, records: read.records };
}

/** Validates and ranks agency records read from any source. */
export function assessRecords(records: readonly AgencyRecord[], options: AssessOptions = {}, readIssues: Issue[] = []): Assessment {
  const settings: RankingSettings = { ...DEFAULT_RANKING_SETTINGS, rules: options.rules ?? DEFAULT_RULES };
  const rubric = options.rubric;
  const issues = [...readIssues];
  const names = new AgencyNames(issues);
  const checks = new ScoreChecks(rubric, issues);
  const members: Member[] = [];
  for (const record of records) {
    if (!names.admit(record)) continue;
    const member = checks.member(record);
    if (member) members.push(member);
  }
  issues.push(...unknownUnrankedNames(settings.rules, records.map((r) => r.name)), ...unknownGroupNames(settings.rules, records.map((r) => r.group)));
  // Groups in the order they first appear among all records (valid or not), then the rules' order.
  const scores = checkIndexTables(members, settings.rules, issues).map((m) => ({ name: m.record.name, group: m.record.group, achievedScore: m.achievedScore, standardScore: m.standardScore, index: m.index, member: m }));
  const ranked = rankAll(
    scores,
    settings,
    records.map((r) => r.group),
  );
  const results = ranked.map((group, i) => groupResult(toRoman(i + 1), group, { settings, rubric, issues }));
  return { groups: results, issues, rubric, rules: settings.rules };
}

/** One group's agencies ranked, their typed ratios and grades compared, their components ranked. */
function groupResult(annex: string, group: RankedGroup<AgencyScore & { member: Member }>, context: { settings: RankingSettings; rubric?: Rubric; issues: Issue[] }): GroupResult {
  const { name } = group;
  const componentList = groupComponents(group.agencies.map((r) => r.agency.member.record));
  const agencies: AgencyResult[] = group.agencies.map((r) => {
    const { record } = r.agency.member;
    compareTyped(record, r.ratio, r.grade, context.issues);
    return {
      ordinal: r.ordinal,
      rank: r.rank,
      name: record.name,
      achievedScore: r.agency.achievedScore,
      standardScore: r.agency.standardScore,
      ratio: r.ratio,
      roundedRatio: r.roundedRatio,
      index: r.index,
      grade: r.grade,
      gradeKey: r.gradeKey,
      selfScore: record.selfScore,
      components: [],
      // An agency the rules leave unranked says so where the annex has room for a word.
      note: r.rank === null ? [record.note, WORDS.vi.rules.unranked].filter((n) => n !== '').join('; ') : record.note,
      record,
    };
  });
  rankComponents(agencies, componentList, context.rubric, context.settings);
  return { annex, name, agencies, components: componentList };
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
