/**
 * The checks on each agency record before it is ranked: its name within its group, its
 * standard score, its scores against the rubric, and the ratio and grade typed beside them.
 */
import { fromHundredths, Hundredths, parseLooseNumber, roundToHundredths } from '../values/decimal';
import { fixedFromHundredths } from '../values/fixed';
import { groupKey } from '../rules/groups';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { AgencyRecord } from '../reading/records';
import { Criterion, criterionByCode, isLeaf, maxFor, Rubric, rubricGroupKey, rubricStandard, standardOf } from '../rules/rubric';
import { scoreRangeIssue } from '../rules/score-range';
import { looseKey, nameKey } from '../values/text';
import { Fixed } from '../values/fixed';

/** A record that passed its checks, with the scores it is ranked on. */
export interface Member {
  record: AgencyRecord;
  /** Null for a row of an index table, ranked on its index. */
  standardScore: Hundredths | null;
  achievedScore: Hundredths | null;
  index: Fixed | null;
}

function recordWhere(record: AgencyRecord): IssueLocation {
  return { file: record.file, sheet: record.sheet, agency: record.name };
}

/** The names seen so far in each group: a second record of one agency is refused, a near twin noted. */
export class AgencyNames {
  private readonly exact = new Map<string, AgencyRecord>();
  private readonly loose = new Map<string, AgencyRecord>();

  constructor(private readonly issues: Issue[]) {}

  /** false where the agency is already in its group (reported): the record is left out. */
  admit(record: AgencyRecord): boolean {
    const where = { ...recordWhere(record), cell: record.cell };
    const group = groupKey(record.group);
    const exactKey = `${group}\u0000${nameKey(record.name)}`;
    const first = this.exact.get(exactKey);
    if (first) {
      this.issues.push(makeIssue('duplicate-agency', where, { group: record.group, first: `${first.sheet}!${first.cell}` }));
      return false;
    }
    this.exact.set(exactKey, record);
    // "Phong Tu Phap" beside "Phòng Tư pháp": likely one agency typed twice, so say so.
    const looseName = `${group}\u0000${looseKey(record.name)}`;
    const similar = this.loose.get(looseName);
    if (similar) this.issues.push(makeIssue('similar-agency-name', where, { other: similar.name, first: `${similar.sheet}!${similar.cell}` }));
    else this.loose.set(looseName, record);
    if (/^[=+\-@\t\r]/.test(record.name)) this.issues.push(makeIssue('formula-like-name', where));
    return true;
  }
}

/** A record's scores: its standard score (the table's or the rubric's), its components and its total. */
export class ScoreChecks {
  private readonly criteria: Map<string, Criterion> | undefined;

  constructor(
    private readonly rubric: Rubric | undefined,
    private readonly issues: Issue[],
  ) {
    this.criteria = rubric ? criterionByCode(rubric) : undefined;
  }

  /** The record with the scores it is ranked on; undefined where it cannot be ranked (reported). */
  member(record: AgencyRecord): Member | undefined {
    // An index table's row has no scores to check; an unusable index is reported where read.
    if (record.index !== undefined) return record.index === null ? undefined : { record, standardScore: null, achievedScore: null, index: record.index };
    const rubricKey = this.rubric ? rubricGroupKey(this.rubric, record.group) : undefined;
    const standardScore = this.standardScore(record, rubricKey);
    if (standardScore === null) return undefined;
    if (this.rubric && rubricKey !== undefined && record.source === 'summary') this.checkComponents(record, this.rubric, rubricKey);
    if (record.achievedScore === null) return undefined;
    if (record.achievedScore > standardScore) {
      this.issues.push(
        makeIssue('achieved-above-standard', { ...recordWhere(record), cell: record.achievedCell }, { value: fromHundredths(record.achievedScore), max: fromHundredths(standardScore) }),
      );
    }
    return { record, standardScore, achievedScore: record.achievedScore, index: null };
  }

  /** The table's standard score, else the rubric's for the group; null (reported) where none or zero. */
  private standardScore(record: AgencyRecord, rubricKey: string | undefined): Hundredths | null {
    const where = { ...recordWhere(record), cell: record.standardCell ?? record.cell };
    let standardScore = record.standardScore;
    if (standardScore === null && this.rubric && rubricKey !== undefined) standardScore = rubricStandard(this.rubric, rubricKey);
    if (standardScore === null) {
      if (!record.standardInvalid) this.issues.push(makeIssue('missing-standard', where, { group: record.group }));
      return null;
    }
    if (standardScore <= 0) {
      this.issues.push(makeIssue('zero-standard', where));
      return null;
    }
    return standardScore;
  }

  /**
   * A summary row's component scores against the rubric's maxima for its group, as forms check
   * their criteria: above the maximum, negative, or a penalty out of its range.
   */
  private checkComponents(record: AgencyRecord, rubric: Rubric, rubricKey: string): void {
    for (const component of record.components) {
      const criterion = component.code === undefined ? undefined : this.criteria!.get(component.code);
      if (!criterion) continue;
      const maxScore = maxFor(criterion, rubricKey) ?? (isLeaf(criterion) ? null : standardOf(rubric, criterion, rubricKey, this.criteria!));
      if (maxScore === null) continue;
      const outOfRange = scoreRangeIssue(component.score, maxScore, { ...recordWhere(record), cell: component.cell }, component.code);
      if (outOfRange) this.issues.push(outOfRange);
    }
  }
}

/** Warns where a ratio or grade typed in the sheet differs from the computed one. */
export function compareTyped(record: AgencyRecord, ratio: Hundredths | null, grade: string, issues: Issue[]): void {
  const where = recordWhere(record);
  if (record.typedRatio && ratio !== null) {
    const value = record.typedRatio.value;
    const number = typeof value === 'number' ? value : typeof value === 'string' ? (parseLooseNumber(value) ?? NaN) : NaN;
    // A ratio cell formatted as a percentage holds 0.9863 for 98.63 %; a formula, more decimals.
    const matches = [number, number * 100].some((candidate) => {
      const rounded = roundToHundredths(candidate);
      return rounded.ok && rounded.value === ratio;
    });
    if (!matches) {
      issues.push(makeIssue('ratio-mismatch', { ...where, cell: record.typedRatio.cell }, { value: typeof value === 'number' ? value : String(value), expected: fixedFromHundredths(ratio) }));
    }
  }
  if (record.typedGrade && nameKey(record.typedGrade.value) !== nameKey(grade)) {
    issues.push(makeIssue('grade-mismatch', { ...where, cell: record.typedGrade.cell }, { value: record.typedGrade.value, expected: grade }));
  }
}
