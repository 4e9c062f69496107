/**
 * What a step that writes (build, notice, draft results) starts from: the year typed, checked,
 * and a fresh check of the workbook. Nothing where the year is not one or the check found
 * errors: the bar then says why.
 */
import { Assessment } from '../../engine/assessing/assess';
import { MessageBar } from '../message-bar';

export async function readyToWrite(
  bar: MessageBar,
  year: () => string | undefined | false,
  check: () => Promise<Assessment>,
): Promise<{ year: string | undefined; assessment: Assessment } | undefined> {
  const typed = year();
  if (typed === false) return undefined;
  const assessment = await check();
  return bar.blockedByErrors(assessment) ? undefined : { year: typed, assessment };
}
