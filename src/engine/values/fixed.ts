/**
 * Exact decimals with a stated number of places, for the figures rules round and rank on: a
 * ratio rounded to 0–4 decimals, or an index written "0,633". Held as a whole number of units
 * (633 thousandths), so comparisons and rounding are exact; no binary floating point decides a
 * grade or a rank.
 */
import { divideRoundHalfAwayFromZero, divideRoundHalfAwayFromZeroNumber, Hundredths } from './decimal';

/** units × 10^−decimals: 0.633 is { units: 633, decimals: 3 }. */
export interface Fixed {
  units: number;
  decimals: number;
}

/** The most decimals a rule rounds to, and an index may be written with. */
export const MAX_DECIMALS = 4;

/** A score in hundredths as a fixed decimal with two places. */
export function fixedFromHundredths(value: Hundredths): Fixed {
  return { units: value, decimals: 2 };
}

/**
 * achieved / standard × 100 rounded half away from zero to `decimals` places, exactly: 499.95 of
 * 1000 is 50.00 (two places), 50.0 (one), 50 (none). Both scores are in hundredths.
 */
export function ratioFixed(achieved: Hundredths, standard: Hundredths, decimals: number): Fixed {
  const numerator = achieved * 100 * 10 ** decimals;
  const units = Number.isSafeInteger(numerator)
    ? divideRoundHalfAwayFromZeroNumber(numerator, standard)
    : Number(divideRoundHalfAwayFromZero(BigInt(achieved) * 100n * 10n ** BigInt(decimals), BigInt(standard)));
  return { units, decimals };
}

/** A fixed decimal rounded half away from zero to fewer places; more places leave it as it is. */
export function roundFixed(value: Fixed, decimals: number): Fixed {
  if (decimals >= value.decimals) return value;
  return { units: divideRoundHalfAwayFromZeroNumber(value.units, 10 ** (value.decimals - decimals)), decimals };
}

/** The units of `value` at `decimals` places (at least its own); exact. */
export function unitsAt(value: Fixed, decimals: number): number {
  return value.units * 10 ** Math.max(0, decimals - value.decimals);
}

/** Negative, zero or positive as a is below, equal to or above b, whatever their places. */
export function compareFixed(a: Fixed, b: Fixed): number {
  const decimals = Math.max(a.decimals, b.decimals);
  return unitsAt(a, decimals) - unitsAt(b, decimals);
}

/** Text with exactly its places: { 633, 3 } → "0.633"; `separator` "," gives "0,633". */
export function formatFixed(value: Fixed, separator = '.'): string {
  const digits = String(Math.abs(value.units)).padStart(value.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - value.decimals);
  const text = value.decimals === 0 ? whole : `${whole}${separator}${digits.slice(-value.decimals)}`;
  return value.units < 0 ? `-${text}` : text;
}

/** The JavaScript number written by formatFixed (exact as a decimal literal). */
export function fixedToNumber(value: Fixed): number {
  return Number(formatFixed(value));
}

const FIXED_TEXT = /^([+-]?)(\d{1,12})(?:[.,](\d+))?$/;

/**
 * Reads a decimal keeping its places as written: "0,633" → { 633, 3 }, "0.60" → { 60, 2 }.
 * Null where it is not a plain decimal or has more than `maxDecimals` places.
 */
export function parseFixedText(text: string, maxDecimals = MAX_DECIMALS): Fixed | null {
  const match = FIXED_TEXT.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > maxDecimals) return null;
  const units = Number(match[2] + fraction);
  return { units: match[1] === '-' && units !== 0 ? -units : units, decimals: fraction.length };
}

/**
 * A number from a cell as a fixed decimal: the shortest decimal that is this double (0.633 →
 * { 633, 3 }), as Excel shows it with its 15 significant digits. Null beyond `maxDecimals` places.
 */
export function parseFixedNumber(value: number, maxDecimals = MAX_DECIMALS): Fixed | null {
  if (!Number.isFinite(value)) return null;
  const shortest = Number(value.toPrecision(15));
  const text = String(shortest);
  return /e/i.test(text) ? null : parseFixedText(text, maxDecimals);
}

/** The most places CNTT.ROUND_HALF_UP rounds to. */
export const MAX_ROUND_PLACES = 10;

/**
 * A number rounded half away from zero to `decimals` places, exactly, on the 15 significant
 * digits Excel keeps: 84.995 → 85.00 and 2.675 → 2.68, where binary floating point gives 84.99
 * and 2.67. Null for a number too large to hold as a whole count of units.
 */
export function roundNumberHalfUp(value: number, decimals: number): Fixed | null {
  if (!Number.isFinite(value)) return null;
  const [mantissa, exponentText] = value.toExponential(14).split('e');
  const digits = BigInt(mantissa.replace(/[-.]/g, ''));
  // value = digits × 10^(exponent − 14); in units of 10^−decimals: digits × 10^(exponent − 14 + decimals).
  const shift = Number(exponentText) - 14 + decimals;
  const magnitude = shift >= 0 ? digits * 10n ** BigInt(shift) : divideRoundHalfAwayFromZero(digits, 10n ** BigInt(-shift));
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const units = Number(magnitude);
  return { units: mantissa.startsWith('-') && units !== 0 ? -units : units, decimals };
}
