/**
 * Scoring and ranking of agencies within their groups: ratio, grade, rank, ordinal.
 */
import { Hundredths } from '../values/decimal';
import { DEFAULT_GRADE_SETTINGS, gradeBand, GradeSettings, ratioHundredths } from '../rules/grading';
import type { Language } from '../messages/language';
import { formatOrdinal, rankBy } from '../rules/rank';

/** What ranking needs of one agency. Scores are in hundredths (see decimal.ts). */
export interface AgencyScore {
  name: string;
  group: string;
  achieved: Hundredths;
  standard: Hundredths;
}

export interface ScoredAgency<T extends AgencyScore = AgencyScore> {
  agency: T;
  /** Ratio in hundredths of a percent: 9863 is 98.63 %. */
  ratio: Hundredths;
  grade: string;
  gradeKey: string;
  rank: number;
  /** "01", "02", … in sorted order; ties keep their input order. */
  ordinal: string;
}

export type RankBasis = 'ratio' | 'score';

export interface RankingSettings {
  grades: GradeSettings;
  language: Language;
  /** Rank by ratio (the rule for whole agencies) or by achieved score. */
  rankBy: RankBasis;
}

export const DEFAULT_RANKING_SETTINGS: RankingSettings = {
  grades: DEFAULT_GRADE_SETTINGS,
  language: 'vi',
  rankBy: 'ratio',
};

/**
 * Scores and ranks one group's agencies: sorted by rank, ties in input order. Every standard
 * score must be positive (validation reports zero standards before this is called).
 */
export function rankGroup<T extends AgencyScore>(
  agencies: readonly T[],
  settings: RankingSettings = DEFAULT_RANKING_SETTINGS,
): ScoredAgency<T>[] {
  const ratios = agencies.map((a) => ratioHundredths(a.achieved, a.standard));
  const keys = settings.rankBy === 'ratio' ? ratios : agencies.map((a) => a.achieved);
  const indices = agencies.map((_, i) => i);
  return rankBy(indices, (i) => keys[i]).map(({ item: i, rank, position }) => {
    const band = gradeBand(ratios[i], settings.grades);
    return {
      agency: agencies[i],
      ratio: ratios[i],
      grade: band.labels[settings.language],
      gradeKey: band.key,
      rank,
      ordinal: formatOrdinal(position),
    };
  });
}

export interface RankedGroup<T extends AgencyScore = AgencyScore> {
  name: string;
  agencies: ScoredAgency<T>[];
}

/** Splits agencies by group, in the order groups first appear, and ranks each group. */
export function rankAll<T extends AgencyScore>(
  agencies: readonly T[],
  settings: RankingSettings = DEFAULT_RANKING_SETTINGS,
): RankedGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const agency of agencies) {
    const members = groups.get(agency.group);
    if (members) members.push(agency);
    else groups.set(agency.group, [agency]);
  }
  return [...groups].map(([name, members]) => ({ name, agencies: rankGroup(members, settings) }));
}
