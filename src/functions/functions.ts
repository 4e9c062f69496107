/* eslint-disable @typescript-eslint/no-explicit-any --
 * Excel passes these parameters as numbers, text, booleans or blanks; `any` is how the
 * custom-functions metadata declares that, and arguments.ts reads them all alike. */
/**
 * The CNTT.* cell functions: thin over the engine. Each reads its arguments with arguments.ts,
 * calls the engine and returns a value Excel can show. The build's metadata plugin reads the
 * JSDoc below into functions.json and appends the CustomFunctions.associate calls.
 */
import { fromHundredths, Hundredths } from '../engine/values/decimal';
import { DEFAULT_GRADE_SETTINGS, gradeLabel, GradeSettings, makeGradeSettings, ratioHundredths } from '../engine/rules/grading';
import {
  ArgumentValue,
  fail,
  flattenRange,
  groupArgument,
  isBlank,
  isBlankOrZero,
  numberArgument,
  orderArgument,
  percentArgument,
  plainValue,
  rankValueArgument,
  scoreArgument,
  shownValue,
  standardArgument,
  tieArgument,
} from './arguments';
import { groupRankIndex, ranksColumn } from './rank-cache';
import { fixedToNumber, MAX_ROUND_PLACES, roundNumberHalfUp } from '../engine/values/fixed';

/**
 * Tỷ lệ (%) = điểm đạt được / điểm chuẩn × 100, làm tròn hai chữ số thập phân. Ratio in percent, two decimals.
 * @customfunction RATIO
 * @param achieved Điểm đạt được. Achieved score.
 * @param standard Điểm chuẩn. Standard score.
 * @returns Tỷ lệ phần trăm, ví dụ 91,03. The ratio in percent.
 * @example =CNTT.RATIO(832,9; 915) → 91,03
 */
export function ratio(achieved: any, standard: any): number {
  const achievedScore = scoreArgument(achieved, 'achieved');
  const standardScore = standardArgument(standard, 'standard');
  return fromHundredths(ratioHundredths(achievedScore, standardScore));
}

/**
 * Xếp loại (Tốt, Khá, Trung bình, Yếu) theo tỷ lệ, hoặc theo điểm và điểm tối đa. Grade of a ratio, or of a score and its maximum.
 * @customfunction GRADE
 * @param score Tỷ lệ (%), hoặc điểm đạt được khi có điểm tối đa. The ratio in percent, or the score when max is given.
 * @param [max] Điểm tối đa hoặc điểm chuẩn. The maximum or standard score.
 * @param [thresholds] Ngưỡng giảm dần, mặc định {85;70;50}. Descending thresholds, by default {85;70;50}.
 * @param [labels] Nhãn xếp loại, mặc định {"Tốt";"Khá";"Trung bình";"Yếu"}. Grade labels.
 * @returns Xếp loại. The grade.
 * @example =CNTT.GRADE(68; 80) → "Tốt"
 */
export function grade(score: any, max?: any, thresholds?: any[][], labels?: any[][]): string {
  const settings = gradeSettingsArgument(thresholds, labels);
  if (isBlank(max)) return gradeLabel(ratioArgument(score), settings);
  const scoreValue = scoreArgument(score, 'score');
  const maxValue = standardArgument(max, 'max');
  return gradeLabel(ratioHundredths(scoreValue, maxValue), settings);
}

/**
 * Thứ hạng của giá trị trong nhóm của nó, như RANK.EQ; bằng nhau cùng hạng. Rank of a value within its group, like RANK.EQ.
 * @customfunction RANK_IN_GROUP
 * @param value Giá trị cần xếp hạng. The value to rank.
 * @param values Vùng giá trị của cả bảng. The values of the whole table.
 * @param groups Vùng nhóm tương ứng. The group of each value.
 * @param group Nhóm của giá trị. The value's group.
 * @param [order] 0 (mặc định): cao nhất hạng 1; 1: thấp nhất hạng 1. 0 (default): highest first; 1: lowest first.
 * @param [ties] 0 (mặc định): cùng hạng, bỏ hạng kế (1, 1, 3); 1: cùng hạng liên tiếp (1, 1, 2); 2 (theo thứ tự) chỉ có ở CNTT.RANKS. 0 (default): shared with a gap; 1: shared without a gap; 2 (in order) only in CNTT.RANKS.
 * @returns Thứ hạng. The rank.
 * @example =CNTT.RANK_IN_GROUP(E5; $E$5:$E$30; $B$5:$B$30; B5)
 */
export function rankInGroup(value: any, values: any[][], groups: any[][], group: any, order?: any, ties?: any): number {
  if (isBlankOrZero(value) || isBlankOrZero(group)) fail('notAvailable', 'blank-row-not-ranked');
  const tieRule = tieArgument(ties);
  // In order, tied values differ by their row, which a value alone does not say.
  if (tieRule === 'in-order') fail('invalidValue', 'tie-in-order-needs-column');
  const target = rankValueArgument(value, 'value');
  const index = groupRankIndex(values, groups, orderArgument(order));
  const groupName = groupArgument(group);
  const rank = index.rankOf(target, groupName, tieRule);
  if (rank === null) fail('notAvailable', 'value-not-in-group', { value: shownValue(value), group: groupName });
  return rank;
}

/**
 * Thứ hạng trong nhóm cho cả bảng, một cột tràn xuống. Ranks within groups for a whole table, one spilled column.
 * @customfunction RANKS
 * @param values Vùng giá trị. The values.
 * @param groups Vùng nhóm tương ứng. The group of each value.
 * @param [order] 0 (mặc định): cao nhất hạng 1; 1: thấp nhất hạng 1. 0 (default): highest first; 1: lowest first.
 * @param [ties] 0 (mặc định): cùng hạng, bỏ hạng kế (1, 1, 3); 1: cùng hạng liên tiếp (1, 1, 2); 2: theo thứ tự các dòng (1, 2, 3). 0 (default): shared with a gap; 1: shared without a gap; 2: in row order.
 * @returns Một cột thứ hạng; ô trống cho giá trị trống. A column of ranks; blank for a blank value.
 * @example =CNTT.RANKS(E5:E30; B5:B30)
 */
export function ranks(values: any[][], groups: any[][], order?: any, ties?: any): any[][] {
  return ranksColumn(values, groups, orderArgument(order), tieArgument(ties));
}

/**
 * Làm tròn nửa lên (xa số 0) chính xác, như quy định: 84,995 → 85,00. Rounds half away from zero exactly, on the 15 digits Excel keeps.
 * @customfunction ROUND_HALF_UP
 * @param value Số cần làm tròn. The number to round.
 * @param decimals Số chữ số thập phân, 0 đến 10. Decimal places, 0 to 10.
 * @returns Số đã làm tròn. The rounded number.
 * @example =CNTT.ROUND_HALF_UP(C5/D5*100; 2)
 */
export function roundHalfUp(value: any, decimals: any): number {
  const places = plainValue(decimals);
  const count = typeof places === 'number' ? places : isBlank(places) ? 0 : Number(String(places).trim());
  if (!Number.isInteger(count) || count < 0 || count > MAX_ROUND_PLACES) fail('invalidValue', 'invalid-decimals', { text: typeof places === 'number' ? places : String(places) });
  const rounded = roundNumberHalfUp(numberArgument(value, 'value'), count);
  if (rounded === null) fail('invalidValue', 'argument-not-a-number', { argument: 'value', text: shownValue(value) });
  return fixedToNumber(rounded);
}

/**
 * GRADE's score without a maximum: a ratio in percent, at most 100. On Excel on the web a blank
 * maximum cell arrives as if omitted, so a score above 100 most likely lost its maximum.
 */
function ratioArgument(score: ArgumentValue): Hundredths {
  const ratio = percentArgument(score, 'score');
  if (ratio > 10000) fail('invalidValue', 'argument-ratio-above-100', { text: shownValue(score) });
  return ratio;
}

/** Thresholds and labels, blank cells (0 in a range) left out. */
function gradeSettingsArgument(thresholds: ArgumentValue | ArgumentValue[][], labels: ArgumentValue | ArgumentValue[][]): GradeSettings {
  const thresholdCells = flattenRange(thresholds).filter((cell) => !isBlankOrZero(cell));
  const labelCells = flattenRange(labels).filter((cell) => !isBlankOrZero(cell));
  if (thresholdCells.length === 0 && labelCells.length === 0) return DEFAULT_GRADE_SETTINGS;
  const thresholdValues =
    thresholdCells.length > 0
      ? thresholdCells.map((cell) => fromHundredths(percentArgument(cell, 'thresholds')))
      : DEFAULT_GRADE_SETTINGS.bands.slice(0, -1).map((band) => band.lowerBound);
  const labelValues =
    labelCells.length > 0 ? labelCells.map((cell) => String(plainValue(cell))) : DEFAULT_GRADE_SETTINGS.bands.map((band) => band.labels.vi);
  const settings = makeGradeSettings(thresholdValues, labelValues);
  if ('error' in settings) fail('invalidValue', 'invalid-thresholds');
  return settings;
}
