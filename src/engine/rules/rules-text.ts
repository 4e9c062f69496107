/**
 * Rules in words: as a "Quy định" sheet writes them (formats.md §6; rules-sheet.ts reads them
 * back) and as the pane shows them, in Vietnamese or English.
 */
import { parseFixedNumber } from '../values/fixed';
import { formatNumber } from '../messages/numbers';
import type { Language } from '../messages/language';
import { WORDS } from '../messages/words';
import { GradeBand, GradeBasis, GradeSettings } from './grading';
import { TieRule } from './rank';
import { RankBasis, Rules } from './rules';

export type RulesSheetField = 'grades' | 'gradeBasis' | 'rankBasis' | 'decimals' | 'ties' | 'unranked' | 'groupOrder';

/** Each key as the sheet writes it, in the order it writes them. */
export const RULES_SHEET_KEYS: Record<RulesSheetField, string> = {
  grades: 'Xếp loại',
  gradeBasis: 'Xếp loại theo',
  rankBasis: 'Xếp hạng theo',
  decimals: 'Làm tròn',
  ties: 'Hạng bằng nhau',
  unranked: 'Không xếp hạng',
  groupOrder: 'Thứ tự nhóm',
};

/** The words each value is written with; read back without case, accents or spaces. */
export const TIE_WORDS: Record<TieRule, string> = { 'shared-with-gap': 'cùng hạng', 'shared-without-gap': 'cùng hạng liên tiếp', 'in-order': 'theo thứ tự' };
export const BASIS_WORDS: Record<RankBasis | GradeBasis, string> = { ratio: 'tỷ lệ', score: 'điểm', points: 'điểm', index: 'chỉ số' };
export const NO_GRADES_WORD = 'không';

/** A number as the sheet writes it, or as the pane shows it in a language: 70,5 in vi, 70.5 in en. */
export function ruleNumber(value: number, language: Language = 'vi'): string {
  const fixed = parseFixedNumber(value);
  return formatNumber(fixed ?? value, language);
}

interface BandStyle {
  language: Language;
  /** After each bound: "" in the sheet, " %" or " điểm" in the pane. */
  unit: string;
  quota: (percent: string) => string;
}

const SHEET_STYLE: BandStyle = { language: 'vi', unit: '', quota: (percent) => `(tối đa ${percent}%)` };

/** One band: "Tốt ≥ 85", "Xuất sắc ≥ 90 (tối đa 20%)", "Khá > 70"; the last a label alone. */
function bandText(band: GradeBand, settings: GradeSettings, last: boolean, style: BandStyle): string {
  const label = band.labels[style.language];
  if (last) return label;
  const sign = (band.inclusive ?? settings.inclusive) ? '≥' : '>';
  const quota = band.quotaPercent === undefined ? [] : [style.quota(ruleNumber(band.quotaPercent, style.language))];
  return [label, sign, `${ruleNumber(band.lowerBound, style.language)}${style.unit}`, ...quota].join(' ');
}

/** The ladder: "Tốt ≥ 85; Khá ≥ 70; Trung bình ≥ 50; Yếu" (the sheet's "Xếp loại" value by default). */
export function bandsText(settings: GradeSettings, style: BandStyle = SHEET_STYLE): string {
  return settings.bands.map((band, i) => bandText(band, settings, i === settings.bands.length - 1, style)).join('; ');
}

/** The rules in force, one line each, in short words for the pane: [what, how]. */
export function describeRules(rules: Rules, language: Language): [string, string][] {
  const words = WORDS[language].rules.summary;
  const list = (names: readonly string[], none: string) => (names.length > 0 ? names.join('; ') : none);
  const grades = rules.grades;
  const places = rules.decimals ?? (rules.rankBasis === 'index' ? undefined : 2);
  return [
    [words.grades, grades ? bandsText(grades, { language, unit: words.unit[grades.basis ?? 'ratio'], quota: words.quota }) : words.noGrades],
    [words.rankBasis, words.basis[rules.rankBasis]],
    [words.decimals, places === undefined ? words.asWritten : words.places(places)],
    [words.ties, words.tieRules[rules.ties]],
    [words.unranked, list(rules.unranked, words.none)],
    [words.groupOrder, list(rules.groupOrder, words.asTheyAppear)],
  ];
}
