/**
 * Scoring and ranking of agencies within their groups: ratio, grade, rank, ordinal, under the
 * rules in force (rules/rules.ts).
 */
import { Hundredths } from '../values/decimal';
import type { Language } from '../messages/language';
import { Fixed } from '../values/fixed';
import { ratioHundredths } from '../rules/grading';
import { formatOrdinal } from '../rules/rank';
import { applyRules } from '../rules/apply-rules';
import { inGroupOrder, splitIntoGroups } from '../rules/grouping';
import { DEFAULT_RULES, Rules } from '../rules/rules';
import { nameKey } from '../values/text';

/** What ranking needs of one agency. Scores are in hundredths (see decimal.ts). */
export interface AgencyScore {
  name: string;
  group: string;
  achievedScore: Hundredths;
  standardScore: Hundredths;
}

export interface ScoredAgency<T extends AgencyScore = AgencyScore> {
  agency: T;
  /** Ratio in hundredths of a percent, two decimals: 9863 is 98.63 %. */
  ratio: Hundredths;
  /** The ratio at the rules' places (two unless they say otherwise): what grades and ranks go by. */
  roundedRatio: Fixed;
  /** The grade's label, "" where the rules give no grades. */
  grade: string;
  gradeKey: string;
  /** Null for an agency the rules leave unranked. */
  rank: number | null;
  /** "01", "02", … in table order: by rank, ties in input order, the unranked last. */
  ordinal: string;
}

export interface RankingSettings {
  rules: Rules;
  language: Language;
}

export const DEFAULT_RANKING_SETTINGS: RankingSettings = {
  rules: DEFAULT_RULES,
  language: 'vi',
};

/**
 * Scores and ranks one group's agencies: in table order, ties in input order. Every standard
 * score must be positive (validation reports zero standards before this is called).
 */
export function rankGroup<T extends AgencyScore>(
  agencies: readonly T[],
  settings: RankingSettings = DEFAULT_RANKING_SETTINGS,
): ScoredAgency<T>[] {
  const { rules, language } = settings;
  // Normalising every name costs more than the ranking itself: only where the rules list some.
  const unranked = new Set(rules.unranked.map(nameKey));
  const isUnranked = (name: string) => unranked.size > 0 && unranked.has(nameKey(name));
  const subjects = agencies.map((a) => ({ achievedScore: a.achievedScore, standardScore: a.standardScore, index: null, unranked: isUnranked(a.name) }));
  return applyRules(subjects, rules).map((outcome) => {
    const agency = agencies[outcome.input];
    return {
      agency,
      ratio: ratioHundredths(agency.achievedScore, agency.standardScore),
      roundedRatio: outcome.ratio!,
      grade: outcome.band?.labels[language] ?? '',
      gradeKey: outcome.band?.key ?? '',
      rank: outcome.rank,
      ordinal: formatOrdinal(outcome.position),
    };
  });
}

export interface RankedGroup<T extends AgencyScore = AgencyScore> {
  name: string;
  agencies: ScoredAgency<T>[];
}

/**
 * Splits agencies by group (splitIntoGroups) and ranks each group. Groups come in the order of
 * `appearance` (the groups of every record read, valid or not), then in the rules' group order.
 */
export function rankAll<T extends AgencyScore>(
  agencies: readonly T[],
  settings: RankingSettings = DEFAULT_RANKING_SETTINGS,
  appearance: readonly string[] = [],
): RankedGroup<T>[] {
  const groups = inGroupOrder(inGroupOrder(splitIntoGroups(agencies, (a) => a.group), appearance), settings.rules.groupOrder);
  return groups.map(({ name, members }) => ({ name, agencies: rankGroup(members, settings) }));
}
