/**
 * One routine for reading cell-function arguments as Excel passes them (numbers, text, booleans,
 * blanks, 2-D ranges), so every function coerces and reports alike. A bad argument throws a
 * `CustomFunctions.Error` with a Vietnamese message; Excel shows it as #VALUE!, #DIV/0! or #N/A.
 */
import { DecimalParse, Hundredths, parseDecimalNumber, parseDecimalText, roundToHundredths } from '../engine/values/decimal';
import { IssueCode, IssueParams, renderMessage } from '../engine/messages/messages';
import type { RankOrder } from '../engine/rules/rank';

/** What Excel hands a parameter typed `any`: a scalar, or a 2-D array for a range. */
export type CellValue = number | string | boolean | null | undefined;

type ErrorCodeName = 'invalidValue' | 'divisionByZero' | 'notAvailable';

/** Throws the Excel error `errorCode` with the catalogue's message for `code`. */
export function fail(errorCode: ErrorCodeName, code: IssueCode, params: IssueParams = {}): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode[errorCode], renderMessage(code, params, 'vi'));
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function parseCell(value: CellValue): DecimalParse | null {
  if (typeof value === 'number') return parseDecimalNumber(value);
  if (typeof value === 'string') return parseDecimalText(value);
  return null;
}

/**
 * A score argument: a number or a number typed as text ("832,90"), at most two decimals, not
 * negative unless `allowNegative`.
 */
export function scoreArgument(value: CellValue, argument: string, allowNegative = false): Hundredths {
  if (isBlank(value)) fail('invalidValue', 'argument-blank', { argument });
  const parsed = parseCell(value);
  if (!parsed || !parsed.ok) {
    const code =
      parsed?.reason === 'too-many-decimals' ? 'argument-too-many-decimals' : parsed?.reason === 'ambiguous-separator' ? 'argument-ambiguous-number' : 'argument-not-a-number';
    fail('invalidValue', code, { argument, text: String(value) });
  }
  if (!allowNegative && parsed.value < 0) fail('invalidValue', 'argument-negative', { argument, text: String(value) });
  return parsed.value;
}

/** A ratio in percent, which may carry more decimals (a formula's result): rounded to hundredths. */
export function percentArgument(value: CellValue, argument: string): Hundredths {
  if (isBlank(value)) fail('invalidValue', 'argument-blank', { argument });
  const number = typeof value === 'number' ? value : typeof value === 'string' ? textToNumber(value) : NaN;
  const rounded = roundToHundredths(number);
  if (!rounded.ok) fail('invalidValue', 'argument-not-a-number', { argument, text: String(value) });
  return rounded.value;
}

/** A value to rank, as RANK.EQ compares it: the number at Excel's 15 significant digits. */
export function rankValueArgument(value: CellValue, argument: string): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? textToNumber(value) : NaN;
  if (!Number.isFinite(number)) fail('invalidValue', 'argument-not-a-number', { argument, text: String(value) });
  return excelNumber(number);
}

/** A range's cells in reading order; a single value counts as a one-cell range. */
export function flattenRange(value: CellValue | CellValue[][]): CellValue[] {
  if (!Array.isArray(value)) return [value];
  // A plain loop: Array.prototype.flat is several times slower on large ranges.
  const cells: CellValue[] = [];
  for (const row of value) for (let c = 0; c < row.length; c++) cells.push(row[c]);
  return cells;
}

/** The values of a range to rank among: blanks become null (skipped, as RANK.EQ does). */
export function rankValuesArgument(range: CellValue[][], argument: string): (number | null)[] {
  return flattenRange(range).map((cell) => (isBlank(cell) ? null : rankValueArgument(cell, argument)));
}

/** Group labels of a range, as text; must have as many cells as `expected`. */
export function groupsArgument(range: CellValue[][], argument: string, expected: number): string[] {
  const cells = flattenRange(range);
  if (cells.length !== expected) fail('invalidValue', 'ranges-differ', { argument, value: cells.length, expected });
  return cells.map((cell) => (isBlank(cell) ? '' : String(cell)));
}

/** 0 or blank: highest first; 1: lowest first (RANK.EQ's order argument). */
export function orderArgument(value: CellValue): RankOrder {
  if (isBlank(value) || value === 0 || value === false || value === '0') return 'descending';
  if (value === 1 || value === true || value === '1') return 'ascending';
  return fail('invalidValue', 'invalid-order', { text: String(value) });
}

function textToNumber(text: string): number {
  const parsed = parseDecimalTextLoose(text);
  return parsed ?? NaN;
}

/** Text with a decimal comma or point, any number of decimals. */
function parseDecimalTextLoose(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(compact)) return null;
  return Number(compact);
}

/** A number as Excel holds it: 15 significant digits, so 0.1 + 0.2 equals 0.3. */
function excelNumber(value: number): number {
  // Most values have two decimals or fewer and are already what Excel holds.
  if (Math.round(value * 100) / 100 === value) return value;
  return Number(value.toPrecision(15));
}
