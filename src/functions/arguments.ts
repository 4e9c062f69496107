/**
 * One routine for reading cell-function arguments as Excel passes them (numbers, text, booleans,
 * blanks, 2-D ranges), so every function coerces and reports alike. A bad argument throws a
 * `CustomFunctions.Error` with a Vietnamese message; Excel shows it as #VALUE! or #N/A (the only
 * two errors that carry a message).
 *
 * Blank cells: Excel desktop passes a blank cell as 0, Excel on the web as null, and both pass
 * blanks inside a range as 0 (office-js issues #4702, #5262). A blank and a typed 0 cannot be
 * told apart, so wherever a score, a standard score, a value to rank or a group is due, the
 * number 0 is read as a blank: the row gets no ratio, grade or rank. A real zero score is typed
 * as text ('0), which arrives as "0" and counts.
 */
import { DecimalParse, Hundredths, parseDecimalNumber, parseDecimalText, parseLooseNumber, roundToHundredths } from '../engine/values/decimal';
import { IssueCode, IssueParams, renderMessage } from '../engine/messages/messages';
import { RankOrder, TIE_RULES, TieRule } from '../engine/rules/rank';

/**
 * A cell holding a data type (a formatted number, a linked entity), as Excel passes it where
 * functions.json allows custom data: an object with its plain value in `basicValue`.
 */
interface DataTypeValue {
  type: string;
  basicValue?: unknown;
}

type PlainValue = number | string | boolean | null | undefined;

/** What Excel hands a parameter typed `any`: a scalar, or a 2-D array for a range. */
export type ArgumentValue = PlainValue | DataTypeValue;

type ErrorCodeName = 'invalidValue' | 'notAvailable';

/** Throws the Excel error `errorCode` with the catalogue's message for `code`. */
export function fail(errorCode: ErrorCodeName, code: IssueCode, params: IssueParams = {}): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode[errorCode], renderMessage(code, params, 'vi'));
}

/** A cell's plain value: a data-type cell by its basic value (functions.json turns them off too). */
export function plainValue(value: ArgumentValue): PlainValue {
  if (value === null || typeof value !== 'object') return value;
  const basic = value.basicValue;
  return typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean' ? basic : String(basic);
}

/** An argument as a message quotes it: a number stays a number (written "91,03" in Vietnamese), anything else as text. */
export function shownValue(value: ArgumentValue): string | number {
  const plain = plainValue(value);
  return typeof plain === 'number' ? plain : String(plain);
}

export function isBlank(value: ArgumentValue): boolean {
  const plain = plainValue(value);
  return plain === null || plain === undefined || (typeof plain === 'string' && plain.trim() === '');
}

/** Blank, or the number 0 that Excel desktop and every range pass for a blank cell. */
export function isBlankOrZero(value: ArgumentValue): boolean {
  return plainValue(value) === 0 || isBlank(value);
}

function parseCell(cell: ArgumentValue): DecimalParse | null {
  const value = plainValue(cell);
  if (typeof value === 'number') return parseDecimalNumber(value);
  if (typeof value === 'string') return parseDecimalText(value);
  return null;
}

/**
 * A score argument: a number or a number typed as text ("832,90"), at most two decimals, not
 * negative. Blank or the number 0 is refused (see above); text "0" is a score of 0.
 */
export function scoreArgument(value: ArgumentValue, argument: string): Hundredths {
  if (isBlankOrZero(value)) fail('invalidValue', 'argument-blank-or-zero', { argument });
  const parsed = parseCell(value);
  const text = shownValue(value);
  if (!parsed || !parsed.ok) {
    const code =
      parsed?.reason === 'too-many-decimals' ? 'argument-too-many-decimals' : parsed?.reason === 'ambiguous-separator' ? 'argument-ambiguous-number' : 'argument-not-a-number';
    fail('invalidValue', code, { argument, text });
  }
  if (parsed.value < 0) fail('invalidValue', 'argument-negative', { argument, text });
  return parsed.value;
}

/** A standard score or maximum, to divide by: blank, 0 and "0" alike are "blank or zero". */
export function standardArgument(value: ArgumentValue, argument: string): Hundredths {
  const score = isBlankOrZero(value) ? 0 : scoreArgument(value, argument);
  // #VALUE! with a message, not #DIV/0!: Excel shows no message on #DIV/0!.
  if (score === 0) fail('invalidValue', 'argument-zero-standard', { argument });
  return score;
}

/** A number, or a number typed as text with a decimal comma or point; NaN for anything else. */
function numberOf(cell: ArgumentValue): number {
  const value = plainValue(cell);
  return typeof value === 'number' ? value : typeof value === 'string' ? textToNumber(value) : NaN;
}

/** A ratio in percent, which may carry more decimals (a formula's result): rounded to hundredths. */
export function percentArgument(value: ArgumentValue, argument: string): Hundredths {
  if (isBlankOrZero(value)) fail('invalidValue', 'argument-blank-or-zero', { argument });
  const rounded = roundToHundredths(numberOf(value));
  if (!rounded.ok) fail('invalidValue', 'argument-not-a-number', { argument, text: shownValue(value) });
  return rounded.value;
}

/** A value to rank, as RANK.EQ compares it: the number at Excel's 15 significant digits. */
export function rankValueArgument(value: ArgumentValue, argument: string): number {
  const number = numberOf(value);
  if (!Number.isFinite(number)) fail('invalidValue', 'argument-not-a-number', { argument, text: shownValue(value) });
  return excelNumber(number);
}

/** A group label as text; '' for a blank group (blank or the number 0). */
export function groupArgument(value: ArgumentValue): string {
  return isBlankOrZero(value) ? '' : String(plainValue(value));
}

/** A range's cells in reading order; a single value counts as a one-cell range. */
export function flattenRange(value: ArgumentValue | ArgumentValue[][]): ArgumentValue[] {
  if (!Array.isArray(value)) return [value];
  // A plain loop: Array.prototype.flat is several times slower on large ranges.
  const cells: ArgumentValue[] = [];
  for (const row of value) for (let c = 0; c < row.length; c++) cells.push(row[c]);
  return cells;
}

/**
 * A table to rank: the `values` and `groups` ranges, cell by cell. A blank row (its value or its
 * group blank or 0) has a null value, which is neither ranked nor ranks anyone.
 */
export function rankTableArgument(values: ArgumentValue[][], groups: ArgumentValue[][]): { numbers: (number | null)[]; labels: string[] } {
  const valueCells = flattenRange(values);
  const labels = flattenRange(groups).map(groupArgument);
  if (labels.length !== valueCells.length) fail('invalidValue', 'ranges-differ', { argument: 'groups', value: labels.length, expected: valueCells.length });
  const numbers = valueCells.map((cell, i) => (isBlankOrZero(cell) || labels[i] === '' ? null : rankValueArgument(cell, 'values')));
  return { numbers, labels };
}

/** 0 or blank: shared with a gap (1, 1, 3); 1: shared without a gap (1, 1, 2); 2: in row order (1, 2, 3). */
export function tieArgument(cell: ArgumentValue): TieRule {
  const value = plainValue(cell);
  const index = isBlank(value) || value === false ? 0 : typeof value === 'number' ? value : Number(String(value).trim());
  if (index === 0 || index === 1 || index === 2) return TIE_RULES[index];
  return fail('invalidValue', 'invalid-tie-rule', { text: String(value) });
}

/** Any number, as Excel holds it; text read as a loose number ("84,995"). */
export function numberArgument(value: ArgumentValue, argument: string): number {
  const number = numberOf(value);
  if (!Number.isFinite(number)) fail('invalidValue', 'argument-not-a-number', { argument, text: shownValue(value) });
  return number;
}

/** 0 or blank: highest first; 1: lowest first (RANK.EQ's order argument). */
export function orderArgument(cell: ArgumentValue): RankOrder {
  const value = plainValue(cell);
  if (isBlank(value) || value === 0 || value === false || value === '0') return 'descending';
  if (value === 1 || value === true || value === '1') return 'ascending';
  return fail('invalidValue', 'invalid-order', { text: String(value) });
}

function textToNumber(text: string): number {
  return parseLooseNumber(text) ?? NaN;
}

/** A number as Excel holds it: 15 significant digits, so 0.1 + 0.2 equals 0.3. */
function excelNumber(value: number): number {
  // Most values have two decimals or fewer and are already what Excel holds.
  if (Math.round(value * 100) / 100 === value) return value;
  return Number(value.toPrecision(15));
}
