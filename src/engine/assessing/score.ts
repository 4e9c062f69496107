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
import { DEFAULT_RULES, indexTableRules, Rules } from '../rules/rules';
import { nameKey } from '../values/text';

/** What ranking needs of one agency. Scores are in hundredths (see decimal.ts). */
export interface AgencyScore {
  name: string;
  group: string;
  /** Null for a row of an index table, which has only its index. */
  achievedScore: Hundredths | null;
  standardScore: Hundredths | null;
  /** The index of an index table's row (formats.md §6), as written. */
  index?: Fixed | null;
}

export interface ScoredAgency<T extends AgencyScore = AgencyScore> {
  agency: T;
  /** Ratio in hundredths of a percent, two decimals: 9863 is 98.63 %. Null for an index table. */
  ratio: Hundredths | null;
  /** The ratio at the rules' places (two unless they say otherwise): what grades and ranks go by. */
  roundedRatio: Fixed | null;
  /** An index table's index at the rules' places (as written where they say none); else null. */
  index: Fixed | null;
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
  const subjects = agencies.map((a) => ({ achievedScore: a.achievedScore, standardScore: a.standardScore, index: a.index ?? null, unranked: isUnranked(a.name) }));
  return applyRules(subjects, rules).map((outcome) => {
    const agency = agencies[outcome.input];
    return {
      agency,
      ratio: ratioInHundredths(outcome.ratio, agency),
      roundedRatio: outcome.ratio,
      index: outcome.index,
      grade: outcome.band?.labels[language] ?? '',
      gradeKey: outcome.band?.key ?? '',
      rank: outcome.rank,
      ordinal: formatOrdinal(outcome.position),
    };
  });
}

/**
 * The ratio in hundredths of a percent: the rules' rounded ratio itself where they round to two
 * places (the default), else worked out from the scores again.
 */
function ratioInHundredths(rounded: Fixed | null, { achievedScore, standardScore }: AgencyScore): Hundredths | null {
  if (rounded?.decimals === 2) return rounded.units;
  return achievedScore !== null && standardScore !== null ? ratioHundredths(achievedScore, standardScore) : null;
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
  // A group read from an index table ranks on its index (formats.md §6).
  const rulesOf = (members: readonly T[]) => (members.some((m) => m.index != null) ? { ...settings, rules: indexTableRules(settings.rules) } : settings);
  return groups.map(({ name, members }) => ({ name, agencies: rankGroup(members, rulesOf(members)) }));
}
