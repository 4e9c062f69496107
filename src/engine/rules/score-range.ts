/**
 * A score against its criterion's maximum, the one rule for forms' criteria and summary tables'
 * components: from 0 to the maximum, or for a penalty (a negative maximum) from it to 0.
 */
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { fromHundredths, Hundredths } from '../values/decimal';

/** The lowest and highest score a criterion allows: [0, max], or [max, 0] for a penalty. */
export function scoreRange(maxScore: number): [number, number] {
  return maxScore >= 0 ? [0, maxScore] : [maxScore, 0];
}

/** The problem with `score` against `maxScore`, if any; `criterion` names it in the message. */
/** Whether a score is inside its criterion's range (a penalty's range where the maximum is negative). */
export function inScoreRange(score: Hundredths, maxScore: Hundredths): boolean {
  const [low, high] = scoreRange(maxScore);
  return score >= low && score <= high;
}

export function scoreRangeIssue(score: Hundredths, maxScore: Hundredths, where: IssueLocation, criterion: string | undefined): Issue | undefined {
  if (inScoreRange(score, maxScore)) return undefined;
  const value = fromHundredths(score);
  if (maxScore < 0) return makeIssue('penalty-out-of-range', where, { value, max: fromHundredths(maxScore) });
  return score < 0 ? makeIssue('negative-score', where, { value }) : makeIssue('score-above-max', where, { value, max: fromHundredths(maxScore), criterion });
}
