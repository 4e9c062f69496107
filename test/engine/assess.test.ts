import { formatHundredths } from '../../src/engine/values/decimal';
import { assess } from '../../src/engine/assessing/assess';
import { presetRubric } from '../../src/engine/rules/presets';
import { readKhanhSon2021 } from '../fixtures/khanh-son';
import { noticeGrid } from '../fixtures/notice-grid';

const published = readKhanhSon2021();

function annexRows(assessment: ReturnType<typeof assess>) {
  return assessment.groups.flatMap((g) =>
    g.agencies.map((a) => ({
      annex: g.annex,
      group: g.name,
      ordinal: a.ordinal,
      name: a.name,
      achieved: formatHundredths(a.achievedScore!),
      standard: String(a.standardScore! / 100),
      ratio: formatHundredths(a.ratio!),
      grade: a.grade,
    })),
  );
}

describe('the Khánh Sơn 2021 notice typed into one sheet', () => {
  it('gives the published annexes exactly', () => {
    const result = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid({ numbersEvery: 3 })] }]);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(annexRows(result)).toEqual(published);
  });

  it('gives them from rows in any order', () => {
    const result = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid({ shuffleRows: true })] }]);
    const rows = annexRows(result);
    // Tied rows keep their input order, so only the tie of 95.08 may swap.
    const key = (r: { name: string; ordinal: string }) => `${r.name}`;
    expect(rows.map(key).sort()).toEqual(published.map(key).sort());
    for (const row of rows) {
      const expected = published.find((p) => p.name === row.name)!;
      expect({ ...row, ordinal: undefined }).toEqual({ ...expected, ordinal: undefined });
    }
    expect(rows.filter((r) => r.ratio === '95.08').map((r) => r.ordinal)).toEqual(['06', '07']);
  });
});

describe('bad cells in a summary sheet', () => {
  const header = ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'];
  const run = (rows: (string | number | null)[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) =>
    assess([{ file: 'f.xlsx', sheets: [{ sheet: 'Tổng hợp', rows: [header, ...rows], merges }] }]);
  const codes = (result: ReturnType<typeof assess>) => result.issues.map((i) => `${i.code} ${i.cell}`);

  it('refuses a negative total or standard score, naming the cell', () => {
    const result = run([
      [1, 'Phòng A', -5, 1000],
      [2, 'Phòng B', 800, '-1000'],
      [3, 'Phòng C', 700, 1000],
    ]);
    expect(codes(result)).toEqual(['negative-score C2', 'negative-score D3']);
    expect(result.groups[0].agencies.map((a) => a.name)).toEqual(['Phòng C']);
  });

  it('names the merged area that hides a score, and nothing else about that cell', () => {
    const result = run(
      [
        [1, 'Phòng A', 800, null],
        [2, 'Phòng B', 700, 1000],
      ],
      [{ top: 1, left: 2, bottom: 1, right: 3 }],
    );
    expect(codes(result)).toEqual(['merged-score-cell D2']);
    expect(result.issues[0].message).toContain('C2:D2');
  });

  it('checks each component against the rubric’s maximum for the group', () => {
    const rows = [
      ['STT', 'Tên cơ quan', 'Tổng điểm', 'Hạ tầng CNTT', 'Nhân lực CNTT', 'Ứng dụng CNTT', 'Đầu tư và chính sách', 'Trang/Cổng TTĐT', 'An toàn thông tin số'],
      [1, 'Sở A', 900, 500, 100, 100, 100, 50, 50],
      [2, 'Sở B', 700, 120, 165, 100, 100, 115, 100],
      [3, 'Sở C', 560, 120, 165, 100, 135, 100, -60],
    ];
    const result = assess([{ file: 'f.xlsx', sheets: [{ sheet: 'Sở, ban, ngành', rows, merges: [] }] }], { rubric: presetRubric('khanh-hoa-2014') });
    expect(codes(result)).toEqual(['score-above-max D2', 'score-above-max H3', 'score-above-max I3', 'negative-score I4']);
    expect(result.issues[0].message).toBe('Điểm 500 vượt điểm tối đa 120 của tiêu chí 1.');
  });

  it('notes which rows the appraisal has not reached, where it has reached others in the table', () => {
    const rows = [
      ['STT', 'Tên cơ quan', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm chuẩn'],
      [1, 'Phòng A', 850, 820, 1000],
      [2, 'Phòng B', 800, null, 1000],
    ];
    const partial = assess([{ file: 'f.xlsx', sheets: [{ sheet: 'Tổng hợp', rows, merges: [] }] }]);
    expect(partial.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual(['info appraisal-missing D3']);
    expect(partial.issues[0].message).toBe('Chưa có điểm thẩm định (các cơ quan khác trong bảng đã có); điểm được tính là 800.');
    const notStarted = assess([{ file: 'f.xlsx', sheets: [{ sheet: 'Tổng hợp', rows: rows.map((r, i) => (i === 0 ? r : [r[0], r[1], r[2], null, r[4]])), merges: [] }] }]);
    expect(notStarted.issues).toEqual([]);
  });

  it('reports an unusable standard score once, where it is', () => {
    const result = run([[1, 'Phòng A', 800, 'một nghìn']]);
    expect(codes(result)).toEqual(['not-a-number D2']);
  });

  it('warns of names that differ only in accents, case or punctuation, and still ranks both', () => {
    const result = run([
      [1, 'Phòng Tư pháp', 700, 1000],
      [2, 'Phong Tu Phap', 710, 1000],
      [3, 'Phòng Tư-pháp', 720, 1000],
      [4, 'Phòng Tài chính', 730, 1000],
    ]);
    expect(codes(result)).toEqual(['similar-agency-name B3', 'similar-agency-name B4']);
    expect(result.issues[0].severity).toBe('warning');
    expect(result.issues[0].message).toContain('«Phòng Tư pháp» (Tổng hợp!B2)');
    expect(result.groups[0].agencies).toHaveLength(4);
  });
});
