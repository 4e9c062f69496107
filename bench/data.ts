/**
 * Synthetic but realistic inputs: agencies in groups with scores of at most two decimals,
 * and self-assessment forms on a rubric of many criteria.
 */
import { CellValue, Grid } from '../src/engine/values/grid';
import { random } from './measure';

export interface SyntheticAgency {
  name: string;
  group: string;
  achieved: number;
  standard: number;
}

/** `n` agencies in groups of `groupSize`, scores with two decimals on standards of 680–1000. */
export function agencies(n: number, seed = 2021, groupSize = 30): SyntheticAgency[] {
  const next = random(seed);
  const standards = [680, 730, 750, 915, 960, 1000];
  return Array.from({ length: n }, (_, i) => {
    const standard = standards[Math.floor(next() * standards.length)];
    const achieved = Math.round(next() * standard * 100) / 100;
    return { name: `Cơ quan số ${i + 1}`, group: `Nhóm ${Math.floor(i / groupSize) + 1}`, achieved, standard };
  });
}

/** A summary sheet of the agencies: STT | Tên cơ quan | Nhóm | Điểm đạt được | Điểm chuẩn. */
export function summaryGrid(list: SyntheticAgency[]): Grid {
  const rows: CellValue[][] = [['STT', 'Tên cơ quan', 'Nhóm', 'Điểm đạt được', 'Điểm chuẩn']];
  list.forEach((a, i) => rows.push([i + 1, a.name, a.group, a.achieved, a.standard]));
  return { sheet: 'Tổng hợp', rows, merges: [] };
}

/** A rubric sheet: `components` components of `per` criteria each, 5 points a criterion. */
export function rubricGrid(components: number, per: number): Grid {
  const rows: CellValue[][] = [['Mã', 'Tiêu chí', 'Điểm tối đa']];
  for (let c = 1; c <= components; c++) {
    rows.push([String(c), `Thành phần ${c}`, null]);
    for (let k = 1; k <= per; k++) rows.push([`${c}.${k}`, `Tiêu chí ${c}.${k}`, 5]);
  }
  return { sheet: 'Bộ tiêu chí', rows, merges: [] };
}

/** One filled form on that rubric, with self and appraised scores. */
export function formGrid(index: number, components: number, per: number, seed = index): Grid {
  const next = random(seed);
  const rows: CellValue[][] = [[`Tên cơ quan: Cơ quan số ${index + 1}`], ['Nhóm: Khối mẫu'], ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định']];
  for (let c = 1; c <= components; c++) {
    rows.push([String(c), `Thành phần ${c}`, null, null, null]);
    for (let k = 1; k <= per; k++) {
      const self = Math.round(next() * 500) / 100;
      rows.push([`${c}.${k}`, `Tiêu chí ${c}.${k}`, 5, self, Math.max(0, Math.round((self - next()) * 100) / 100)]);
    }
  }
  return { sheet: `Phiếu ${index + 1}`, rows, merges: [] };
}
