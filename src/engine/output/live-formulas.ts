/**
 * The rules as native Excel formulas, for live annexes: the ratio rounded to the rules' places,
 * the grade bands as an IF ladder, the rank under the tie rule (COUNTIFS, or SUMPRODUCT where
 * ties share a rank without a gap). A rule no formula can follow (a band with a quota) is said,
 * and its cells keep the engine's values.
 */
import { GradeSettings } from '../rules/grading';
import { Rules, DEFAULT_RATIO_DECIMALS } from '../rules/rules';

/** Where one agency's row of a live annex is: its row number and the ranked rows' span. */
export interface LiveRow {
  row: number;
  first: number;
  /** The last ranked row: unranked agencies stand below the ranked ones and take no rank. */
  lastRanked: number;
  /** The letters of the annex's achieved score, standard score and ratio columns. */
  columns: { achievedScore: string; standardScore: string; ratio: string };
}

/**
 * The ratio as a formula. Rounding to 8 decimals first removes binary noise (1.53 / 680 × 100 is
 * 0.22499999… in floating point, and a plain ROUND gives 0.22 in HyperFormula), so the outer
 * ROUND sees 0.225 and gives 0.23, as the rule and the engine do.
 */
export function ratioFormula(achievedCell: string, standardCell: string, places = DEFAULT_RATIO_DECIMALS): string {
  return `=ROUND(ROUND(${achievedCell}/${standardCell}*100,8),${places})`;
}

/** The grade ladder as nested IFs: =IF(E6>=85,"Tốt",IF(E6>=70,"Khá",…)), each band's bound as it says. */
export function gradeFormula(figure: string, settings: GradeSettings): string {
  const quote = (label: string) => `"${label.replace(/"/g, '""')}"`;
  const bands = settings.bands;
  let formula = quote(bands[bands.length - 1].labels.vi);
  for (let i = bands.length - 2; i >= 0; i--) {
    const comparison = (bands[i].inclusive ?? settings.inclusive) ? '>=' : '>';
    formula = `IF(${figure}${comparison}${bands[i].lowerBound},${quote(bands[i].labels.vi)},${formula})`;
  }
  return `=${formula}`;
}

/** Why some of the rules cannot be live formulas, as message keys; empty where all can. */
export function liveFormulaLimits(rules: Rules, grades: GradeSettings | null): ('quota' | 'index')[] {
  const limits: ('quota' | 'index')[] = [];
  if (grades?.bands.some((b) => b.quotaPercent !== undefined) || grades?.basis === 'index') limits.push('quota');
  if (rules.rankBasis === 'index') limits.push('index');
  return limits;
}

/** The formulas of one row: ratio, grade (null where no formula can give it) and rank. */
export function liveRowFormulas(rules: Rules, grades: GradeSettings | null, at: LiveRow): { ratio: string; grade: string | null; rank: string | null } {
  const r = at.row;
  const { achievedScore, standardScore, ratio: ratioColumn } = at.columns;
  const limits = liveFormulaLimits(rules, grades);
  const ratio = ratioFormula(`${achievedScore}${r}`, `${standardScore}${r}`, rules.decimals ?? DEFAULT_RATIO_DECIMALS);
  const grade = grades && !limits.includes('quota') ? gradeFormula(`${grades.basis === 'points' ? achievedScore : ratioColumn}${r}`, grades) : null;
  if (limits.includes('index') || r > at.lastRanked) return { ratio, grade, rank: null };
  const column = rules.rankBasis === 'score' ? achievedScore : ratioColumn;
  const range = `$${column}$${at.first}:$${column}$${at.lastRanked}`;
  const own = `${column}${r}`;
  const better = `COUNTIFS(${range},">"&${own})`;
  switch (rules.ties) {
    case 'shared-with-gap':
      return { ratio, grade, rank: `=${better}+1` };
    case 'shared-without-gap':
      // The distinct values above this one: each value counted once (1 / how often it occurs).
      return { ratio, grade, rank: `=SUMPRODUCT((${range}>${own})/COUNTIF(${range},${range}))+1` };
    case 'in-order':
      // Equal values take their places in row order: those above, then this one's turn among equals.
      return { ratio, grade, rank: `=${better}+COUNTIF(${column}$${at.first}:${own},${own})` };
  }
}
