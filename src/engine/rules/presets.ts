/**
 * Built-in rubrics and rules. `khanh-hoa-2014`: the components and maxima of Khánh Hòa's 2014 published
 * results (formats.md §3), total 1000 for both groups; each component also answers to the short
 * name offices head its column with (Hạ tầng, Nhân lực, Ứng dụng, Chính sách, Cổng TTĐT, ATTT).
 */
import { toHundredths } from '../values/decimal';
import { groupKey } from './groups';
import { buildRubric, CriterionRow, Rubric } from './rubric';
import { DEFAULT_RULES, Rules, RulesSource } from './rules';
import type { Language } from '../messages/language';
import { WORDS } from '../messages/words';

const KHANH_HOA_2014_GROUPS = ['Sở, ban, ngành', 'UBND cấp huyện'];

const KHANH_HOA_2014: [string, string, number, number, string[]][] = [
  ['1', 'Hạ tầng CNTT', 120, 120, ['Hạ tầng', 'Hạ tầng kỹ thuật']],
  ['2', 'Nhân lực CNTT', 165, 150, ['Nhân lực']],
  ['3', 'Sử dụng các phần mềm ứng dụng', 400, 400, ['Sử dụng các PM ứng dụng', 'Ứng dụng CNTT', 'Ứng dụng']],
  ['4', 'Chính sách và đầu tư', 135, 150, ['Đầu tư và chính sách', 'Chính sách', 'Đầu tư']],
  ['5', 'Trang/Cổng thông tin điện tử', 100, 100, ['Trang/Cổng TTĐT', 'Trang/Công TTĐT', 'Cổng TTĐT', 'Trang TTĐT', 'Cổng thông tin điện tử']],
  ['6', 'An toàn thông tin số', 80, 80, ['ATTT', 'An toàn thông tin']],
];

export const PRESET_NAMES = ['khanh-hoa-2014'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetRubric(name: PresetName): Rubric {
  switch (name) {
    case 'khanh-hoa-2014': {
      const [departments, districts] = KHANH_HOA_2014_GROUPS.map(groupKey);
      const rows: CriterionRow[] = KHANH_HOA_2014.map(([code, title, forDepartments, forDistricts, aliases]) => ({
        code,
        title,
        aliases,
        maxByGroup: new Map([
          [departments, toHundredths(forDepartments)],
          [districts, toHundredths(forDistricts)],
        ]),
        cell: '',
      }));
      return buildRubric(name, KHANH_HOA_2014_GROUPS, rows, {}).rubric;
    }
  }
}

/**
 * Built-in rules, each following a published document whose tables a test reproduces
 * (test/engine/golden-2014.test.ts, score.test.ts for 2021). Rule sets without such a table are
 * examples (examples/quy-dinh/), not presets.
 */
export interface RulesPreset {
  rules: Rules;
  /** The published document the preset follows. */
  document: string;
}

const RULES_PRESETS: Record<string, RulesPreset> = {
  // The default: formats.md §4, the rule the Khánh Sơn 2021 notice applies.
  'khanh-hoa-2020': {
    rules: DEFAULT_RULES,
    document: 'Quyết định 1278/QĐ-CTUBND ngày 04/6/2020 của Chủ tịch UBND tỉnh Khánh Hòa (áp dụng tại Thông báo kết quả năm 2021 của UBND huyện Khánh Sơn)',
  },
  // The 2014 tables rank on the total score (every standard score is 1000) and number tied
  // agencies 1, 2, 3 in their TT column, which is the STT: their rank is shared.
  'khanh-hoa-2014': {
    rules: { ...DEFAULT_RULES, rankBasis: 'score', source: { kind: 'preset', name: 'khanh-hoa-2014' } },
    document: 'Thông báo 29/TB-HĐTĐ ngày 08/01/2015 của Hội đồng thẩm định tỉnh Khánh Hòa (kết quả năm 2014)',
  },
};

export const RULES_PRESET_NAMES = Object.keys(RULES_PRESETS);

/** A preset's rules and its document, or undefined for an unknown name. */
export function rulesPreset(name: string): RulesPreset | undefined {
  return Object.prototype.hasOwnProperty.call(RULES_PRESETS, name) ? RULES_PRESETS[name] : undefined;
}

/** Where rules come from, in words: the preset and its document, or the sheet and its file. */
export function describeRulesSource(source: RulesSource, language: Language = 'vi'): string {
  const words = WORDS[language].rules;
  if (source.kind === 'sheet') return words.sheet(source.sheet, source.file);
  return words.preset(source.name, rulesPreset(source.name)?.document ?? '');
}
