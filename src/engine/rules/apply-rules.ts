/**
 * One group under a set of rules: each agency's figures rounded, its place, rank and grade.
 * Pure and exact (fixed decimals, no floating point at a bound).
 */
import { Hundredths } from '../values/decimal';
import { Fixed, fixedFromHundredths, MAX_DECIMALS, ratioFixed, roundFixed, unitsAt } from '../values/fixed';
import { bandIndex, GradeBand, GradeSettings } from './grading';
import { rankBy } from './rank';
import { DEFAULT_RATIO_DECIMALS, Rules } from './rules';

/** What the rules need of one agency; scores in hundredths. */
export interface RuleSubject {
  achievedScore: Hundredths | null;
  /** Positive where given; null for an index table. */
  standardScore: Hundredths | null;
  /** The index as written, for index tables. */
  index: Fixed | null;
  /** Listed among the rules' unranked agencies. */
  unranked: boolean;
}

export interface RuleOutcome {
  /** The subject's place in the input. */
  input: number;
  /** The ratio rounded to the rules' places; null without a standard score. */
  ratio: Fixed | null;
  /** The index rounded to the rules' places (as written where they say none). */
  index: Fixed | null;
  /** The grade band, or null where the rules give no grades or the figure is missing. */
  band: GradeBand | null;
  /** Null for an agency not ranked. */
  rank: number | null;
  /** Place in the table, from 1: ranked agencies by rank (ties in input order), then the unranked. */
  position: number;
}

/** Ranks and grades one group's subjects; the outcomes come in table order. */
export function applyRules(subjects: readonly RuleSubject[], rules: Rules): RuleOutcome[] {
  const ratioPlaces = rules.decimals ?? DEFAULT_RATIO_DECIMALS;
  const keys: (number | null)[] = [];
  const outcomes = subjects.map((s, input): RuleOutcome => {
    const ratio = s.achievedScore !== null && s.standardScore !== null && s.standardScore > 0 ? ratioFixed(s.achievedScore, s.standardScore, ratioPlaces) : null;
    const index = s.index && rules.decimals !== undefined ? roundFixed(s.index, rules.decimals) : s.index;
    const figure = rules.rankBasis === 'ratio' ? ratio : rules.rankBasis === 'index' ? index : s.achievedScore === null ? null : fixedFromHundredths(s.achievedScore);
    // Every figure on one scale (ten-thousandths), so keys of different places compare exactly.
    keys.push(figure === null ? null : unitsAt(figure, MAX_DECIMALS));
    return { input, ratio, index, band: null, rank: null, position: 0 };
  });
  const isRanked = (o: RuleOutcome) => keys[o.input] !== null && !subjects[o.input].unranked;
  const ranked = outcomes.filter(isRanked);
  const rest = outcomes.filter((o) => !isRanked(o));
  // One sort: the tie rule changes the ranks, not the order (ties keep their input order).
  const byRank = rankBy(ranked, (o) => keys[o.input]!, 'descending', rules.ties);
  for (const { item, rank } of byRank) item.rank = rank;
  const table = [...byRank, ...rankBy(rest, (o) => keys[o.input] ?? -Infinity)].map((r) => r.item);
  table.forEach((o, p) => (o.position = p + 1));
  if (rules.grades) grade(table, subjects, rules.grades, keys);
  return table;
}

/** The figure a ladder's bounds are in, for one outcome. */
function gradeFigure(outcome: RuleOutcome, subject: RuleSubject, settings: GradeSettings): Fixed | null {
  switch (settings.basis ?? 'ratio') {
    case 'ratio':
      return outcome.ratio;
    case 'index':
      return outcome.index;
    case 'points':
      return subject.achievedScore === null ? null : fixedFromHundredths(subject.achievedScore);
  }
}

/**
 * Grades in table order. A band with a quota takes at most that share of the ranked agencies,
 * best ranks first; agencies tied at the cut (the same figure, whatever the tie rule numbers
 * them) that would together overrun it all fall to the next band, and unranked agencies never
 * take a band with a quota.
 */
function grade(table: RuleOutcome[], subjects: readonly RuleSubject[], settings: GradeSettings, keys: readonly (number | null)[]): void {
  const rankedCount = table.filter((o) => o.rank !== null).length;
  const caps = settings.bands.map((b) => (b.quotaPercent === undefined ? Infinity : Math.floor((b.quotaPercent * rankedCount) / 100)));
  const taken = settings.bands.map(() => 0);
  for (let start = 0; start < table.length; ) {
    // Ranked agencies with the same figure are graded together, so a quota never splits a tie,
    // not even where "theo thứ tự" gives them ranks 1, 2, 3 in input order.
    let end = start + 1;
    const tied = (o: RuleOutcome) => o.rank !== null && keys[o.input] === keys[table[start].input];
    while (end < table.length && table[start].rank !== null && tied(table[end])) end++;
    for (let p = start; p < end; p++) {
      const outcome = table[p];
      const figure = gradeFigure(outcome, subjects[outcome.input], settings);
      if (figure === null) continue;
      const full = (i: number) => caps[i] !== Infinity && (outcome.rank === null || taken[i] + (end - start) > caps[i]);
      let i = bandIndex(figure, settings);
      // The bounds descend, so a figure that reaches a band reaches every band below it.
      while (i < settings.bands.length - 1 && full(i)) i++;
      outcome.band = settings.bands[i];
    }
    for (let p = start; p < end; p++) {
      const band = table[p].band;
      if (band) taken[settings.bands.indexOf(band)]++;
    }
    start = end;
  }
}
