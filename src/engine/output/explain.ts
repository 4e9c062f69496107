/**
 * How one agency's number was formed, criterion by criterion: the score counted and whose it is,
 * the criteria not applicable (KAD) that left the standard score, penalties, the component sums,
 * the ratio, its band, and the rank with the agencies just above and below.
 */
import { AgencyResult, Assessment, GroupResult } from '../assessing/assess';
import { Hundredths } from '../values/decimal';
import { formatNumber, formatPoints } from '../messages/numbers';
import { DEFAULT_GRADE_SETTINGS, GradeSettings } from '../rules/grading';
import { groupKey } from '../rules/groups';
import { isLeaf, maxFor, rubricGroupKey } from '../rules/rubric';
import { nameKey } from '../values/text';
import type { Language } from '../messages/language';
import { WORDS } from '../messages/words';
import { CriterionScore } from '../reading/records';
import { compareCodes } from './draft-result';
import { Fixed } from '../values/fixed';

export interface ExcludedCriterion {
  code: string;
  title: string;
  /** The most it would have added to the standard score. */
  maxScore: Hundredths | null;
  /** Who took it out: the agency's KAD, the appraisal's, or the rubric (not applicable to the group). */
  by: 'self' | 'appraisal' | 'rubric';
}

export interface Neighbour {
  name: string;
  rank: number | null;
  /** The ratio, or for an index table's agency its index. */
  ratio: Hundredths | null;
  index: Fixed | null;
}

export interface Explanation {
  group: GroupResult;
  agency: AgencyResult;
  /** Leaves that count (penalties included), in code order. */
  criteria: CriterionScore[];
  excluded: ExcludedCriterion[];
  /** The lower bound of the agency's band, in % of the standard score or in points; null for the last band. */
  bandFrom: { bound: number; percent: boolean } | null;
  above?: Neighbour;
  below?: Neighbour;
}

/** The agencies of that name (in any group, or in `group` only). */
export function findAgencies(assessment: Assessment, name: string, group?: string): { group: GroupResult; agency: AgencyResult }[] {
  return assessment.groups
    .filter((g) => group === undefined || groupKey(g.name) === groupKey(group))
    .flatMap((g) => g.agencies.filter((a) => nameKey(a.name) === nameKey(name)).map((agency) => ({ group: g, agency })));
}

export function explainAgency(assessment: Assessment, group: GroupResult, agency: AgencyResult, grades: GradeSettings = DEFAULT_GRADE_SETTINGS): Explanation {
  const criteria = [...(agency.record.criteria ?? [])].sort((a, b) => compareCodes(a.code, b.code));
  const excluded: ExcludedCriterion[] = (agency.record.excludedCriteria ?? []).map((c) => ({ code: c.code, title: c.title, maxScore: c.maxScore, by: c.scoredBy }));
  const rubric = assessment.rubric;
  const key = rubric ? rubricGroupKey(rubric, group.name) : undefined;
  if (rubric && key !== undefined && agency.record.source === 'form') {
    for (const c of rubric.criteria) if (isLeaf(c) && maxFor(c, key) === null) excluded.push({ code: c.code, title: c.title, maxScore: null, by: 'rubric' });
  }
  excluded.sort((a, b) => compareCodes(a.code, b.code));
  const bands = grades.bands;
  const band = bands.findIndex((b) => b.key === agency.gradeKey);
  const position = group.agencies.indexOf(agency);
  const neighbour = (a: AgencyResult | undefined): Neighbour | undefined => a && { name: a.name, rank: a.rank, ratio: a.ratio, index: a.index };
  return {
    group,
    agency,
    criteria,
    excluded,
    bandFrom: band >= 0 && band < bands.length - 1 ? { bound: bands[band].lowerBound, percent: (grades.basis ?? 'ratio') === 'ratio' } : null,
    above: neighbour(group.agencies[position - 1]),
    below: neighbour(group.agencies[position + 1]),
  };
}

/** The explanation as lines of text, in the language asked for. */
export function explanationLines(e: Explanation, language: Language = 'vi'): string[] {
  const w = WORDS[language].explain;
  const p = (h: Hundredths) => formatPoints(h, language);
  const from = e.bandFrom && `${formatNumber(e.bandFrom.bound, language)}${e.bandFrom.percent ? ' %' : ''}`;
  const { agency, group } = e;
  const lines = [w.heading(agency.name, group.name, group.annex)];
  if (agency.index !== null) return [...lines, w.index(formatNumber(agency.index, language)), rankLine(e, language)];
  if (e.criteria.length > 0) lines.push(w.criteria);
  for (const c of e.criteria) {
    const whose = c.scoredBy === 'appraisal' ? w.byAppraisal(typeof c.selfScore === 'number' ? p(c.selfScore) : (c.selfScore ?? ''), c.reason) : w.bySelf;
    lines.push(`  ${c.code}. ${c.title}: ${p(c.score)} / ${p(c.maxScore)}${c.maxScore < 0 ? ` (${w.penalty})` : ''} — ${whose}`);
  }
  if (e.excluded.length > 0) lines.push(w.excluded);
  for (const c of e.excluded) lines.push(`  ${c.code}. ${c.title}${c.maxScore !== null ? ` (${w.max} ${p(c.maxScore)})` : ''} — ${w.excludedBy[c.by]}`);
  if (agency.components.length > 0) lines.push(w.components);
  for (const c of agency.components) lines.push(`  ${c.code}. ${c.name}: ${p(c.achievedScore)}${c.maxScore !== null ? ` / ${p(c.maxScore)}` : ''}`);
  const parts = agency.components.map((c) => p(c.achievedScore));
  lines.push(`${w.achievedScore}: ${p(agency.achievedScore!)}${parts.length > 1 ? ` = ${parts.join(' + ').replace(/\+ -/g, '− ')}` : ''}`);
  lines.push(`${w.standardScore}: ${p(agency.standardScore!)}${agency.record.source === 'form' ? ` (${w.standardRule})` : ''}`);
  lines.push(w.ratio(p(agency.achievedScore!), p(agency.standardScore!), p(agency.ratio!), agency.grade, from));
  lines.push(rankLine(e, language));
  return lines;
}

/** The agency's rank among its group, with its neighbours' ratios (or indices). */
function rankLine(e: Explanation, language: Language): string {
  const w = WORDS[language].explain;
  const who = (n: Neighbour | undefined) => {
    if (!n) return '—';
    return n.index !== null ? w.neighbourIndex(n.name, formatNumber(n.index, language), n.rank) : w.neighbour(n.name, formatPoints(n.ratio ?? 0, language), n.rank);
  };
  return e.agency.rank === null ? w.unranked : w.rank(e.agency.rank, e.group.agencies.length, who(e.above), who(e.below));
}
