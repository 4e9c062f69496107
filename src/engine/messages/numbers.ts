/**
 * How a number is written inside a sentence: Vietnamese writes the decimal comma ("91,03"),
 * English the decimal point ("91.03"). Neither gets a thousands separator: "1.000" reads in
 * Vietnamese as one thousand and in English as one, so 1000 stays "1000" in both, as the
 * messages ask clerks to type it. Cells of a workbook and JSON keep real numbers; this is for
 * words only.
 */
import type { Language } from './language';
import { fixedFromHundredths, formatFixed, type Fixed } from '../values/fixed';
import type { Hundredths } from '../values/decimal';

const DECIMAL_MARK: Record<Language, string> = { vi: ',', en: '.' };

/**
 * A number as this language writes it in text. A plain number shows its own digits (832.9 →
 * "832,9"); a Fixed shows exactly its places (a ratio 91.00 → "91,00").
 */
export function formatNumber(value: number | Fixed, language: Language): string {
  if (typeof value !== 'number') return formatFixed(value, DECIMAL_MARK[language]);
  // Scores and ratios are far below 1e21, where String() would switch to an exponent.
  return String(value).replace('.', DECIMAL_MARK[language]);
}

/** Points in hundredths with their two places: 83290 → "832,90" (vi), "832.90" (en). */
export function formatPoints(value: Hundredths, language: Language): string {
  return formatNumber(fixedFromHundredths(value), language);
}

/** A Fixed among a message's parameters (the others are text or plain numbers). */
export function isFixed(value: unknown): value is Fixed {
  return typeof value === 'object' && value !== null && 'units' in value && 'decimals' in value;
}
