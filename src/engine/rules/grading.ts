/**
 * Ratio and grade: formats.md §4, the one place these rules live.
 */
import { divideRoundHalfAwayFromZeroNumber, Hundredths, toHundredths } from '../values/decimal';
import type { Language } from '../messages/language';

/** One band of the grade ladder: a ratio at or above `minRatio` (percent) gets this grade. */
export interface GradeBand {
  /** Stable key used in code and JSON: good, fair, average, poor. */
  key: string;
  /** Lower bound of the band, in percent (85 for Tốt). The last band's bound is ignored. */
  minRatio: number;
  labels: Record<Language, string>;
}

export interface GradeSettings {
  /** Bands from the best down; the last is the catch-all (Yếu). */
  bands: GradeBand[];
  /** true (the rule): a ratio equal to a bound reaches the band; false: it must exceed it. */
  inclusive: boolean;
}

export const DEFAULT_GRADE_SETTINGS: GradeSettings = Object.freeze({
  bands: [
    { key: 'good', minRatio: 85, labels: { vi: 'Tốt', en: 'Good' } },
    { key: 'fair', minRatio: 70, labels: { vi: 'Khá', en: 'Fair' } },
    { key: 'average', minRatio: 50, labels: { vi: 'Trung bình', en: 'Average' } },
    { key: 'poor', minRatio: 0, labels: { vi: 'Yếu', en: 'Poor' } },
  ],
  inclusive: true,
}) as GradeSettings;

/**
 * The ratio achieved / standard × 100 in hundredths of a percent, rounded half away from zero:
 * 49995 / 100000 (499.95 of 1000) → 5000 (50.00 %). Both scores are in hundredths, so their
 * quotient is the plain ratio. The standard score must not be zero.
 */
export function ratioHundredths(achieved: Hundredths, standard: Hundredths): Hundredths {
  return divideRoundHalfAwayFromZeroNumber(achieved * 10000, standard);
}

/** The band a ratio (in hundredths of a percent, already rounded) falls in. */
export function gradeBand(ratio: Hundredths, settings: GradeSettings = DEFAULT_GRADE_SETTINGS): GradeBand {
  const { bands, inclusive } = settings;
  const bounds = boundsOf(settings);
  for (let i = 0; i < bands.length - 1; i++) {
    if (inclusive ? ratio >= bounds[i] : ratio > bounds[i]) return bands[i];
  }
  return bands[bands.length - 1];
}

const boundsCache = new WeakMap<GradeSettings, Hundredths[]>();

/** Each band's lower bound in hundredths, computed once per settings object. */
function boundsOf(settings: GradeSettings): Hundredths[] {
  let bounds = boundsCache.get(settings);
  if (!bounds) {
    bounds = settings.bands.map((band) => toHundredths(band.minRatio));
    boundsCache.set(settings, bounds);
  }
  return bounds;
}

/** The grade label of a ratio in hundredths of a percent: 8500 → "Tốt". */
export function gradeLabel(
  ratio: Hundredths,
  settings: GradeSettings = DEFAULT_GRADE_SETTINGS,
  language: Language = 'vi',
): string {
  return gradeBand(ratio, settings).labels[language];
}

/**
 * Builds grade settings from user-facing parts: thresholds from best to worst (85, 70, 50) and
 * labels from best to worst (one more label than thresholds). Returns a message key on misuse.
 */
export function makeGradeSettings(
  thresholds: readonly number[],
  labels: readonly string[],
  inclusive = true,
): GradeSettings | { error: 'thresholds-not-descending' | 'labels-count' | 'threshold-decimals' } {
  if (labels.length !== thresholds.length + 1) return { error: 'labels-count' };
  for (let i = 0; i < thresholds.length; i++) {
    if (!Number.isFinite(thresholds[i])) return { error: 'threshold-decimals' };
    try {
      toHundredths(thresholds[i]);
    } catch {
      return { error: 'threshold-decimals' };
    }
    if (i > 0 && !(thresholds[i] < thresholds[i - 1])) return { error: 'thresholds-not-descending' };
  }
  const bands: GradeBand[] = labels.map((label, i) => ({
    key: DEFAULT_GRADE_SETTINGS.bands[i]?.key ?? `band-${i + 1}`,
    minRatio: i < thresholds.length ? thresholds[i] : 0,
    labels: { vi: label, en: label },
  }));
  return { bands, inclusive };
}
