/**
 * Built-in rubrics. `khanh-hoa-2014`: the components and maxima of Khánh Hòa's 2014 published
 * results (formats.md §3), total 1000 for both groups.
 */
import { toHundredths } from '../values/decimal';
import { groupKey } from './groups';
import { buildRubric, CriterionRow, Rubric } from './rubric';

const KHANH_HOA_2014_GROUPS = ['Sở, ban, ngành', 'UBND cấp huyện'];

const KHANH_HOA_2014: [string, string, number, number, string[]][] = [
  ['1', 'Hạ tầng CNTT', 120, 120, []],
  ['2', 'Nhân lực CNTT', 165, 150, []],
  ['3', 'Sử dụng các phần mềm ứng dụng', 400, 400, ['Sử dụng các PM ứng dụng', 'Ứng dụng CNTT']],
  ['4', 'Chính sách và đầu tư', 135, 150, ['Đầu tư và chính sách']],
  ['5', 'Trang/Cổng thông tin điện tử', 100, 100, ['Trang/Cổng TTĐT', 'Trang/Công TTĐT']],
  ['6', 'An toàn thông tin số', 80, 80, []],
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
