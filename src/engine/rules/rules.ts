/**
 * The rules an office grades and ranks by (formats.md §6), as one value: grade bands, what ranks
 * are decided on, rounding, ties, agencies not ranked, and the order of groups. Read from a
 * "Quy định" sheet (rules-sheet.ts) or taken from a preset (presets.ts).
 */
import { DEFAULT_GRADE_SETTINGS, GradeSettings } from './grading';
import type { TieRule } from './rank';

/** What ranks are decided on: the ratio, the achieved score, or an index given in the table. */
export type RankBasis = 'ratio' | 'score' | 'index';

/** Where a set of rules comes from, said in the annex and the issues sheet. */
export type RulesSource =
  | { kind: 'preset'; name: string }
  | { kind: 'sheet'; file: string; sheet: string };

export interface Rules {
  /** The grade ladder, or null where the rules give no grades ("Xếp loại: không"). */
  grades: GradeSettings | null;
  rankBasis: RankBasis;
  /** The cell of a rules sheet's "Xếp hạng theo" value, where the sheet states the basis. */
  rankBasisCell?: string;
  /**
   * Places the ratio or index is rounded to (half away from zero) before grades and ranks, 0–4.
   * Undefined: two for a ratio, an index as written.
   */
  decimals?: number;
  ties: TieRule;
  /** Agencies scored and graded but not ranked, by name (matched by nameKey). */
  unranked: readonly string[];
  /** The cell of a rules sheet's "Không xếp hạng" value, where the sheet lists agencies. */
  unrankedCell?: string;
  /** Groups in annex order, by name (matched by groupKey); the others follow as they appear. */
  groupOrder: readonly string[];
  /** The cell of a rules sheet's "Thứ tự nhóm" value, where the sheet lists groups. */
  groupOrderCell?: string;
  source: RulesSource;
}

/** Places of the ratio where the rules do not say. */
export const DEFAULT_RATIO_DECIMALS = 2;

/**
 * formats.md §4: Tốt ≥ 85, Khá ≥ 70, Trung bình ≥ 50, else Yếu on the ratio rounded to two
 * decimals; ranks on the ratio, equal ratios sharing a rank and the next skipped (1, 1, 3).
 * The rule of Khánh Hòa's Quyết định 1278/QĐ-CTUBND (2020), which the preset khanh-hoa-2020
 * names and the Khánh Sơn 2021 notice follows.
 */
export const DEFAULT_RULES: Rules = Object.freeze({
  grades: DEFAULT_GRADE_SETTINGS,
  rankBasis: 'ratio',
  ties: 'shared-with-gap',
  unranked: [],
  groupOrder: [],
  source: { kind: 'preset', name: 'khanh-hoa-2020' },
}) as Rules;

/**
 * Whether the rules choose the ratio or the score on purpose: a rules sheet's "Xếp hạng theo", or
 * a preset that ranks on the score. The default leaves an index table free to rank on its index.
 */
export function statesRankBasis(rules: Rules): boolean {
  return rules.rankBasisCell !== undefined || rules.rankBasis !== DEFAULT_RULES.rankBasis;
}

/**
 * The rules an index table's group is ranked by (formats.md §6): on the index; graded only by
 * bands on the index ("Xếp loại theo: chỉ số"), since it has no ratio or points.
 */
export function indexTableRules(rules: Rules): Rules {
  return { ...rules, rankBasis: 'index', grades: rules.grades?.basis === 'index' ? rules.grades : null };
}
