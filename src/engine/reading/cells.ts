/**
 * Reading one score cell as sheets really hold it: numbers, decimal-comma text, blanks, KAD
 * marks, error values, dates and booleans. Problems come back as issues at the cell.
 */
import { Hundredths, parseDecimalNumber, parseDecimalText } from '../values/decimal';
import { CellValue, isCellError } from '../values/grid';
import { isNotApplicableMark } from '../rules/headers';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { compareFixed, Fixed, MAX_DECIMALS, parseFixedNumber, parseFixedText } from '../values/fixed';

export type ScoreCell =
  | { kind: 'score'; value: Hundredths }
  | { kind: 'blank' }
  | { kind: 'notApplicable' }
  | { kind: 'invalid'; issue: Issue };

/**
 * Reads a score cell; `locate` gives where an issue is (file, sheet, cell, agency). It is called
 * only when there is an issue: most cells have none, and large imports read millions of cells.
 */
export function readScoreCell(value: CellValue, locate: () => IssueLocation): ScoreCell {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'invalid', issue: makeIssue(value.uncalculated ? 'formula-not-calculated' : 'error-value', locate(), { text: value.error }) };
  if (typeof value === 'string' && isNotApplicableMark(value)) return { kind: 'notApplicable' };
  if (typeof value === 'boolean' || value instanceof Date) {
    return { kind: 'invalid', issue: makeIssue('not-a-number', locate(), { text: displayValue(value) }) };
  }
  const parsed = typeof value === 'number' ? parseDecimalNumber(value) : parseDecimalText(value);
  if (parsed.ok) return { kind: 'score', value: parsed.value };
  const code = ({ 'too-many-decimals': 'too-many-decimals', 'out-of-range': 'number-out-of-range', 'ambiguous-separator': 'ambiguous-number', 'not-a-number': 'not-a-number' } as const)[parsed.reason];
  return { kind: 'invalid', issue: makeIssue(code, locate(), { text: displayValue(value) }) };
}

/** A cell value as a person would read it in a message. */
export function displayValue(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return String(value);
}

export type IndexCell = { kind: 'index'; value: Fixed } | { kind: 'blank' } | { kind: 'invalid'; issue: Issue };

/**
 * Reads an index cell of an index table (formats.md §6): a number or text with a decimal point
 * or comma ("0,633"), its places kept as written, from 0 to 1 with at most four decimals.
 */
export function readIndexCell(value: CellValue, locate: () => IssueLocation): IndexCell {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'invalid', issue: makeIssue(value.uncalculated ? 'formula-not-calculated' : 'error-value', locate(), { text: value.error }) };
  const text = displayValue(value);
  const parsed = typeof value === 'number' ? parseFixedNumber(value, Infinity) : typeof value === 'string' ? parseFixedText(value, Infinity) : null;
  if (!parsed) return { kind: 'invalid', issue: makeIssue('index-not-number', locate(), { text }) };
  if (parsed.units < 0 || compareFixed(parsed, { units: 1, decimals: 0 }) > 0) return { kind: 'invalid', issue: makeIssue('index-out-of-range', locate(), { text }) };
  if (parsed.decimals > MAX_DECIMALS) return { kind: 'invalid', issue: makeIssue('index-too-many-decimals', locate(), { text, places: MAX_DECIMALS }) };
  return { kind: 'index', value: parsed };
}
