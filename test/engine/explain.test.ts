import { assess } from '../../src/engine/assessing/assess';
import { explainAgency, explanationLines, findAgencies } from '../../src/engine/output/explain';
import { CellValue, Grid } from '../../src/engine/values/grid';

const RUBRIC: Grid = {
  sheet: 'Bộ tiêu chí',
  merges: [],
  rows: [
    ['Mã', 'Tiêu chí', 'Điểm tối đa (Cơ quan chuyên môn)', 'Điểm tối đa (UBND xã)'],
    ['I', 'Hạ tầng', null, null],
    ['1', 'Máy tính', 60, 60],
    ['2', 'Mạng', 40, 40],
    ['II', 'Ứng dụng', null, null],
    ['3', 'Phần mềm', 100, 'KAD'],
    ['4', 'Sự cố (điểm trừ)', -20, -20],
  ],
};

const form = (name: string, group: string, rows: [string, CellValue, CellValue, string][]): Grid => ({
  sheet: name,
  merges: [],
  rows: [
    [`Tên cơ quan: ${name}`],
    [`Nhóm: ${group}`],
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Lý do'],
    ...rows.map(([code, self, appraised, reason]) => [code, `Tiêu chí ${code}`, null, self, appraised, reason]),
  ],
});

const assessment = assess([{ file: 'f.xlsx', sheets: [RUBRIC,
  form('Phòng A', 'Cơ quan chuyên môn', [['1', 60, 50, 'Thiếu máy'], ['2', 'KAD', null, ''], ['3', 90, 90, ''], ['4', -5, -5, '']]),
  form('Phòng B', 'Cơ quan chuyên môn', [['1', 60, 60, ''], ['2', 40, 'KAD', 'Không có mạng riêng'], ['3', 80, 80, ''], ['4', 0, 0, '']]),
  form('Phòng C', 'Cơ quan chuyên môn', [['1', 30, 30, ''], ['2', 30, 30, ''], ['3', 60, 60, ''], ['4', 0, 0, '']]),
  form('UBND xã D', 'UBND xã', [['1', 50, 50, ''], ['2', 40, 40, ''], ['3', 'KAD', null, ''], ['4', 0, 0, '']]),
] }]);

const explain = (name: string, language: 'vi' | 'en' = 'vi') => {
  const [{ group, agency }] = findAgencies(assessment, name);
  return explanationLines(explainAgency(assessment, group, agency), language);
};

describe('explaining one agency', () => {
  it('says whose score counts, which KAD left the standard score, the penalty, the sums, the band and the neighbours', () => {
    // Phòng A: 50 + 90 − 5 = 135 of 160 (criterion 2 marked KAD by the agency) = 84.38 %, Khá.
    expect(explain('Phòng A')).toEqual([
      'Phòng A — Cơ quan chuyên môn (Phụ lục I)',
      'Các tiêu chí (điểm được tính / điểm tối đa — của ai):',
      '  1. Máy tính: 50,00 / 60,00 — điểm thẩm định (tự đánh giá 60,00; lý do: Thiếu máy)',
      '  3. Phần mềm: 90,00 / 100,00 — điểm thẩm định (tự đánh giá 90,00)',
      '  4. Sự cố (điểm trừ): -5,00 / -20,00 (điểm trừ) — điểm thẩm định (tự đánh giá -5,00)',
      'Không áp dụng (không tính vào điểm chuẩn):',
      '  2. Mạng (tối đa 40,00) — cơ quan ghi KAD',
      'Các thành phần:',
      '  I. Hạ tầng: 50,00 / 60,00',
      '  II. Ứng dụng: 85,00 / 100,00',
      'Điểm đạt được: 135,00 = 50,00 + 85,00',
      'Điểm chuẩn: 160,00 (tổng điểm tối đa của các tiêu chí áp dụng, không tính điểm trừ)',
      'Tỷ lệ: 135,00 / 160,00 × 100 = 84,38 % → Khá (từ 70 %)',
      'Thứ hạng: 2/3 trong nhóm; liền trên: Phòng B 87,50 % (hạng 1); liền dưới: Phòng C 60,00 % (hạng 3)',
    ]);
  });

  it('names a KAD set by the appraisal team and one the rubric sets for the group', () => {
    expect(explain('Phòng B')).toContain('  2. Mạng (tối đa 40,00) — tổ thẩm định ghi KAD');
    expect(explain('UBND xã D', 'en')).toEqual(expect.arrayContaining([
      '  3. Phần mềm — the rubric does not apply it to the group',
      'Rank: 1 of 1 in the group; just above: —; just below: —',
    ]));
  });

  it('finds agencies by name whatever the case or spacing', () => {
    expect(findAgencies(assessment, '  phòng a ').map((f) => f.agency.name)).toEqual(['Phòng A']);
    expect(findAgencies(assessment, 'Phòng Z')).toEqual([]);
  });
});
