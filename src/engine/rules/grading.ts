/**
 * Ratio and grade: formats.md §4, the one place these rules live.
 */
import { divideRoundHalfAwayFromZeroNumber, Hundredths, toHundredths } from '../values/decimal';
import type { Language } from '../messages/language';
import { compareFixed, Fixed, fixedFromHundredths, parseFixedNumber } from '../values/fixed';


/** What the bands' bounds are in: percent of the standard score, points, or a given index. */
export type GradeBasis = 'ratio' | 'points' | 'index';

/** One band of the grade ladder: a figure at or above `lowerBound` gets this grade. */
export interface GradeBand {
  /** Stable key used in code and JSON: good, fair, average, poor. */
  key: string;
  /**
   * Lower bound of the band in the ladder's basis: percent (85 for Tốt), points (430) or an
   * index (0.6). The last band's bound is ignored.
   */
  lowerBound: number;
  /** Overrides the ladder's `inclusive` for this band's bound ("Tốt > 85"). */
  inclusive?: boolean;
  /**
   * At most this percent of the group's ranked agencies get the band, best ranks first (a decree
   * caps Xuất sắc at 20 %); the others fall to the next band they reach.
   */
  quotaPercent?: number;
  labels: Record<Language, string>;
}

export interface GradeSettings {
  /** Bands from the best down; the last is the catch-all (Yếu). */
  bands: GradeBand[];
  /** true (the rule): a ratio equal to a bound reaches the band; false: it must exceed it. */
  inclusive: boolean;
  /** What the bounds are in; 'ratio' where not said. */
  basis?: GradeBasis;
}

export const DEFAULT_GRADE_SETTINGS: GradeSettings = Object.freeze({
  bands: [
    { key: 'good', lowerBound: 85, labels: { vi: 'Tốt', en: 'Good' } },
    { key: 'fair', lowerBound: 70, labels: { vi: 'Khá', en: 'Fair' } },
    { key: 'average', lowerBound: 50, labels: { vi: 'Trung bình', en: 'Average' } },
    { key: 'poor', lowerBound: 0, labels: { vi: 'Yếu', en: 'Poor' } },
  ],
  inclusive: true,
}) as GradeSettings;

/**
 * The ratio achieved / standard × 100 in hundredths of a percent, rounded half away from zero:
 * 49995 / 100000 (499.95 of 1000) → 5000 (50.00 %). Both scores are in hundredths, so their
 * quotient is the plain ratio. The standard score must not be zero.
 */
export function ratioHundredths(achievedScore: Hundredths, standardScore: Hundredths): Hundredths {
  return divideRoundHalfAwayFromZeroNumber(achievedScore * 10000, standardScore);
}

/** The band a ratio (in hundredths of a percent, already rounded) falls in. */
export function gradeBand(ratio: Hundredths, settings: GradeSettings = DEFAULT_GRADE_SETTINGS): GradeBand {
  return settings.bands[bandIndex(fixedFromHundredths(ratio), settings)];
}

/** Whether a figure (ratio, points or index, already rounded) reaches band `i`'s lower bound. */
export function reachesBand(figure: Fixed, settings: GradeSettings, i: number): boolean {
  if (i === settings.bands.length - 1) return true;
  const difference = compareFixed(figure, boundsOf(settings)[i]);
  return (settings.bands[i].inclusive ?? settings.inclusive) ? difference >= 0 : difference > 0;
}

/** The index of the best band a figure reaches, quotas aside. */
export function bandIndex(figure: Fixed, settings: GradeSettings): number {
  let i = 0;
  while (!reachesBand(figure, settings, i)) i++;
  return i;
}

const boundsCache = new WeakMap<GradeSettings, Fixed[]>();

/** Each band's lower bound as an exact decimal, computed once per settings object. */
function boundsOf(settings: GradeSettings): Fixed[] {
  let bounds = boundsCache.get(settings);
  if (!bounds) {
    bounds = settings.bands.map((band) => parseFixedNumber(band.lowerBound) ?? { units: Math.round(band.lowerBound), decimals: 0 });
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
    lowerBound: i < thresholds.length ? thresholds[i] : 0,
    labels: { vi: label, en: label },
  }));
  return { bands, inclusive };
}
