import { annexLayout } from '../../src/engine/output/annex';
import { sheetName } from '../../src/engine/values/sheet-names';
import { assess } from '../../src/engine/assessing/assess';
import { CellValue } from '../../src/engine/values/grid';
import { presetRubric } from '../../src/engine/rules/presets';
import { resultsJson } from '../../src/engine/output/results-json';
import { readKhanhSon2021 } from '../fixtures/khanh-son';
import { noticeGrid } from '../fixtures/notice-grid';

const khanhSon = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]);

describe('annex layout', () => {
  const layout = annexLayout(khanhSon, { year: 2021 });

  it('has one "Phụ lục" sheet per group, in order of first appearance', () => {
    // The notice has no issue, so no "Các vấn đề" sheet follows the annexes.
    expect(khanhSon.issues).toEqual([]);
    expect(layout.sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
  });

  it('ends with "Các vấn đề" where there are warnings, each with its severity word and cell', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Xếp loại'],
      [1, 'Phòng A', 800, 1000, 'Tốt'],
    ];
    const warned = annexLayout(assess([{ file: 'a.xlsx', sheets: [{ sheet: 'KQ', rows, merges: [] }] }]));
    expect(warned.sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Các vấn đề']);
    const texts = warned.sheets[1].rows.flatMap((row) => row.map((c) => c.value));
    expect(texts).toEqual(expect.arrayContaining(['Cảnh báo', 'E2']));
  });

  it('prints the published table under a title block', () => {
    const sheet = layout.sheets[0];
    const values = sheet.rows.map((row) => row.map((c) => c.value));
    expect(values[0][0]).toBe('PHỤ LỤC I');
    expect(values[1][0]).toBe('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021');
    expect(values[2][0]).toBe('Nhóm: Cơ quan chuyên môn');
    expect(values[sheet.headerRow]).toEqual(['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại', 'Ghi chú']);
    const published = readKhanhSon2021().filter((r) => r.annex === 'I');
    expect(values.slice(sheet.headerRow + 1)).toEqual(
      published.map((r) => [r.ordinal, r.name, Number(r.achieved), Number(r.standard), Number(r.ratio), r.grade, null]),
    );
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 6 });
    expect(sheet.rows[sheet.headerRow + 1].map((c) => c.style)).toEqual(['textCenter', 'text', 'number', 'integer', 'number', 'textCenter', 'text']);
    expect(sheet.rows.every((row) => row.length === sheet.columnWidths.length)).toBe(true);
  });

  it('adds a detailed table, component rankings and the self/appraised comparison where the inputs have them', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Hạ tầng CNTT', 'An toàn thông tin số'],
      [1, 'Sở A', 200, 190, 120, 70],
      [2, 'Sở B', 150, 150, 100, 50],
    ];
    const result = assess([{ file: 'a.xlsx', sheets: [{ sheet: 'Sở, ban, ngành', rows, merges: [] }] }], {
      rubric: presetRubric('khanh-hoa-2014'),
    });
    const names = annexLayout(result).sheets.map((s) => s.name);
    // One sheet per component's ranking, so each prints as its own block under its own heading.
    expect(names).toEqual(['Phụ lục I', 'Chi tiết I', 'Thành phần I.1', 'Thành phần I.2', 'Tự đánh giá - Thẩm định']);
    const components = annexLayout(result).sheets.slice(2, 4).flatMap((sheet) => sheet.rows.map((r) => r.map((c) => c.value)));
    expect(components).toContainEqual(['1. Hạ tầng CNTT (tối đa 120 điểm)', null, null, null]);
    expect(components).toContainEqual(['01', 'Sở A', 70, 'Tốt']);
    expect(components).toContainEqual(['02', 'Sở B', 50, 'Trung bình']);
    const comparison = annexLayout(result).sheets[4].rows.map((r) => r.map((c) => c.value));
    expect(comparison).toContainEqual(['I', 'Sở A', 200, 190, -10, 'Yếu']);
  });

  it('keeps tab names within Excel limits', () => {
    expect(sheetName('Phụ lục: a/b [c]*?')).toBe('Phụ lục- a-b -c---');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('results JSON', () => {
  it('has the shape of the command-line contract with two-decimal numbers', () => {
    const json = resultsJson(khanhSon);
    expect(json.groups.map((g) => [g.annex, g.name, g.agencies.length])).toEqual([
      ['I', 'Cơ quan chuyên môn', 12],
      ['II', 'Đơn vị sự nghiệp', 6],
      ['III', 'UBND xã, thị trấn', 8],
    ]);
    expect(json.groups[0].agencies[0]).toEqual({
      ordinal: '01', rank: 1, name: 'Thanh tra huyện', achievedScore: 720, standardScore: 730, ratio: 98.63, grade: 'Tốt', selfScore: null, components: [],
    });
    expect(json.groups[0].agencies[9]).toMatchObject({ name: 'Phòng Kinh tế và Hạ tầng', achievedScore: 832.9, ratio: 91.03 });
  });
});
