/**
 * Exact decimal scores.
 *
 * Scores in this domain have at most two decimals, so every score is held as a whole number of
 * hundredths (`832.90` → `83290`). Sums and comparisons on hundredths are exact; the only
 * division (the ratio) is done on BigInt with explicit rounding, so no binary floating-point
 * drift can move an agency across a grade threshold.
 */

/** A score in hundredths of a point: 832.90 is 83290. Always a safe integer. */
export type Hundredths = number;

/** Why a value could not be read as a score. */
export type DecimalParseFailure = 'not-a-number' | 'too-many-decimals' | 'out-of-range' | 'ambiguous-separator';

export type DecimalParse =
  | { ok: true; value: Hundredths }
  | { ok: false; reason: DecimalParseFailure };

/** Largest magnitude accepted, in hundredths: scores are at most a few thousand points. */
const MAX_HUNDREDTHS = 1e13;

const SIMPLE_DECIMAL = /^([+-]?)(\d{1,12})(?:[.,](\d{1,2}))?$/;

/**
 * One mark with three digits after it, the last a zero, "1.000" or "12,500": a thousands
 * separator (one thousand) or decimals (one)? Both readings are valid scores and both ways of
 * writing are common, so neither is guessed. ("832,905" is refused anyway: too many decimals.)
 */
const AMBIGUOUS_SEPARATOR = /^[+-]?[1-9]\d{0,2}[.,]\d\d0$/;
/** Digits grouped by spaces in threes: "1 000", "12 500,5"; "7 00" is a typing slip, not a number. */
const SPACE_GROUPED = /^[+-]?\d{1,3}(?:\s\d{3})+(?:[.,]\d*)?$/;
// One optional sign, digits with an optional decimal point or comma, and an optional exponent.
const DECIMAL_PATTERN = /^([+-])?(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal written as text: "832.90", "832,90", " 1 000,5 " (spaces and non-breaking
 * spaces between digit groups are ignored), "-5", "1e2". Exact: the text's own digits are used.
 */
export function parseDecimalText(text: string): DecimalParse {
  // Fast path for the common case: plain digits with at most two decimals ("720", "832,90").
  const simple = SIMPLE_DECIMAL.exec(text);
  if (simple) {
    const fraction = (simple[3] ?? '').padEnd(2, '0');
    const value = Number(simple[2]) * 100 + Number(fraction);
    return { ok: true, value: simple[1] === '-' && value !== 0 ? -value : value };
  }
  const trimmed = text.trim();
  if (AMBIGUOUS_SEPARATOR.test(trimmed)) return { ok: false, reason: 'ambiguous-separator' };
  if (/\d\s+\d/.test(trimmed) && !SPACE_GROUPED.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  return parseDecimalDigits(trimmed);
}

/** The general reader behind parseDecimalText, for text already known not to be ambiguous. */
function parseDecimalDigits(text: string): DecimalParse {
  const compact = withoutGroupMarks(text.replace(/[\s\u00a0\u202f]/g, ''));
  const match = DECIMAL_PATTERN.exec(compact);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const [, sign, intDigits = '', fracDigitsRaw = '', exponentText] = match;
  if (intDigits === '' && fracDigitsRaw === '') return { ok: false, reason: 'not-a-number' };
  let digits = intDigits + fracDigitsRaw;
  let scale = fracDigitsRaw.length - (exponentText ? Number(exponentText) : 0);
  if (!Number.isFinite(scale) || Math.abs(scale) > 400) return { ok: false, reason: 'out-of-range' };
  // Drop trailing zeros that only lengthen the fraction: 832.900 is 832.90.
  while (scale > 0 && digits.length > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  if (scale > 2) return { ok: false, reason: 'too-many-decimals' };
  const unscaled = BigInt(digits === '' ? '0' : digits) * 10n ** BigInt(2 - scale);
  if (unscaled > BigInt(MAX_HUNDREDTHS)) return { ok: false, reason: 'out-of-range' };
  const value = Number(unscaled);
  return { ok: true, value: sign === '-' && value !== 0 ? -value : value };
}

/**
 * Reads a JavaScript number as a score. Excel keeps 15 significant digits, so the number is
 * first written with 15 significant digits: a cached formula result of 0.1 + 0.2
 * (0.30000000000000004) is the 0.3 Excel shows, while 832.905 typed by hand has three decimals.
 */
export function parseDecimalNumber(value: number): DecimalParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (Math.abs(value) >= MAX_HUNDREDTHS / 100) return { ok: false, reason: 'out-of-range' };
  // Fast path: a number that is exactly the double nearest some n / 100 has two decimals.
  const scaled = Math.round(value * 100);
  if (scaled / 100 === value) return { ok: true, value: scaled === 0 ? 0 : scaled };
  return parseDecimalDigits(value.toPrecision(15));
}

/**
 * With both marks present, the last one is the decimal mark and the other groups thousands:
 * "1.000,50" (Vietnamese) and "1,000.50" are both 1000.50.
 */
function withoutGroupMarks(compact: string): string {
  const lastComma = compact.lastIndexOf(',');
  const lastPoint = compact.lastIndexOf('.');
  if (lastComma < 0 || lastPoint < 0) return compact;
  return lastComma > lastPoint ? compact.replace(/\./g, '') : compact.replace(/,/g, '');
}

const LOOSE_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number typed as text where any number of decimals may come (a ratio typed in a sheet, a
 * cell function's argument), unlike a score: decimal comma or point, spaces between digit
 * groups, an exponent, and one trailing "%" — the figure is then already in percent, as ratio
 * columns are, so "85%" is 85 and "85,5 %" is 85.5. null where the text is not a number.
 */
export function parseLooseNumber(text: string): number | null {
  const compact = withoutGroupMarks(text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '')).replace(',', '.');
  return LOOSE_NUMBER.test(compact) ? Number(compact) : null;
}

/** A score in hundredths from a plain decimal known to be valid (settings, tests); throws otherwise. */
export function toHundredths(value: number | string): Hundredths {
  const parsed = typeof value === 'number' ? parseDecimalNumber(value) : parseDecimalText(value);
  if (!parsed.ok) throw new RangeError(`Not a decimal with at most two places: ${String(value)}`);
  return parsed.value;
}

/** Back to a JavaScript number with at most two decimals (exact as a decimal literal). */
export function fromHundredths(value: Hundredths): number {
  return Number(formatHundredths(value));
}

/** Fixed two-decimal text: 83290 → "832.90"; `decimalSeparator` "," gives "832,90". */
export function formatHundredths(value: Hundredths, decimalSeparator = '.'): string {
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(3, '0');
  const text = `${digits.slice(0, -2)}${decimalSeparator}${digits.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/**
 * numerator / denominator rounded half away from zero to a whole number, on BigInt: exact for
 * any integers. The denominator must not be zero.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/**
 * A number rounded half away from zero to hundredths, exactly as Excel's ROUND(x, 2) would on
 * the 15 significant digits it keeps: 84.995 → 8500. For ratios computed in a sheet, where more
 * decimals are expected; scores with more than two decimals are an error, not rounded.
 */
export function roundToHundredths(value: number): DecimalParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (Math.abs(value) >= MAX_HUNDREDTHS / 100) return { ok: false, reason: 'out-of-range' };
  const [mantissa, exponentText] = value.toExponential(14).split('e');
  const negative = mantissa.startsWith('-');
  const digits = BigInt(mantissa.replace(/[-.]/g, ''));
  // value = digits × 10^(exponent − 14); in hundredths: digits × 10^(exponent − 12).
  const shift = Number(exponentText) - 12;
  const magnitude =
    shift >= 0 ? digits * 10n ** BigInt(shift) : divideRoundHalfAwayFromZero(digits, 10n ** BigInt(-shift));
  const result = Number(magnitude);
  return { ok: true, value: negative && result !== 0 ? -result : result };
}

/** Below this, products and quotients of integers are exact in doubles, so no BigInt is needed. */
const SAFE_PRODUCT = 2 ** 51;

/**
 * The same as divideRoundHalfAwayFromZero on plain integers, exactly: integer arithmetic in
 * doubles where every intermediate stays below 2^51, BigInt otherwise.
 */
export function divideRoundHalfAwayFromZeroNumber(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('Division by zero');
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  if (n >= SAFE_PRODUCT || d >= SAFE_PRODUCT) {
    return Number(divideRoundHalfAwayFromZero(BigInt(numerator), BigInt(denominator)));
  }
  let quotient = Math.floor(n / d);
  let remainder = n - quotient * d;
  // The floating division may land one off near an integer: correct it with the exact remainder.
  if (remainder < 0) {
    quotient -= 1;
    remainder += d;
  } else if (remainder >= d) {
    quotient += 1;
    remainder -= d;
  }
  if (2 * remainder >= d) quotient += 1;
  const negative = numerator < 0 !== denominator < 0;
  return negative && quotient !== 0 ? -quotient : quotient;
}
