import { assess, Assessment } from '../../src/engine/assessing/assess';
import { annexLayout } from '../../src/engine/output/annex';
import { noticeDocument } from '../../src/engine/output/notice';
import { resultsJson } from '../../src/engine/output/results-json';
import { explainAgency, explanationLines } from '../../src/engine/output/explain';
import { readingReportLines } from '../../src/engine/messages/reading-report';
import { rulesPreset } from '../../src/engine/rules/presets';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { Issue } from '../../src/engine/messages/issues';

const grid = (sheet: string, rows: CellValue[][]): Grid => ({ sheet, rows, merges: [] });
const at = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
const run = (sheets: Grid[], options = {}): Assessment => assess([{ file: 'xep-hang.xlsx', sheets }], options);

/** A national-ranking-like table of made-up provinces: 20 indices, the 17th and 18th equal at three decimals. */
function rankingRows(): CellValue[][] {
  const indices = ['0,912', '0,887', 0.871, '0,860', '0,851', '0,842', '0,833', '0,820', '0,815', '0,802', '0,799', '0,781', '0,770', '0,752', '0,741', '0,730', '0,633', 0.633, '0,630', '0,5'];
  return indices.map((index, i) => [i + 1, `Tỉnh ${String.fromCharCode(65 + i)}`, index]);
}
const rankingSheet = (rows = rankingRows()) =>
  grid('Xếp hạng', [['BẢNG XẾP HẠNG CHỈ SỐ (số liệu ví dụ)'], [], ['STT', 'Tỉnh, thành phố', 'Chỉ số'], ...rows]);

describe('index tables (formats.md §6)', () => {
  it('reads names and an index, "0,633" or 0.633, and ranks on it: equal indices share a rank and the next is skipped (17, 17, 19)', () => {
    const result = run([rankingSheet()]);
    expect(result.issues).toEqual([]);
    const [group] = result.groups;
    const row = (name: string) => group.agencies.find((a) => a.name === name)!;
    expect(group.agencies.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17, 19, 20]);
    expect([row('Tỉnh Q'), row('Tỉnh R')].map((a) => [a.ordinal, a.rank, a.index])).toEqual([
      ['17', 17, { units: 633, decimals: 3 }],
      ['18', 17, { units: 633, decimals: 3 }],
    ]);
    // Decimals kept as written: "0,5" stays one place, 0.871 typed as a number keeps three.
    expect(row('Tỉnh T').index).toEqual({ units: 5, decimals: 1 });
    expect(row('Tỉnh C').index).toEqual({ units: 871, decimals: 3 });
    expect([row('Tỉnh Q').achievedScore, row('Tỉnh Q').standardScore, row('Tỉnh Q').ratio, row('Tỉnh Q').grade]).toEqual([null, null, null, '']);
  });

  it('orders 0,633 above 0,63 and below 0,6334 (exact decimals, whatever their places)', () => {
    const result = run([rankingSheet([[1, 'A', '0,63'], [2, 'B', '0,633'], [3, 'C', 0.6334], [4, 'D', '0,6']])]);
    expect(result.groups[0].agencies.map((a) => [a.name, a.rank])).toEqual([['C', 1], ['B', 2], ['A', 3], ['D', 4]]);
  });

  it('reports every unusable index at its cell and ranks the rest', () => {
    const rows: CellValue[][] = [
      [1, 'Tỉnh A', 'cao'],
      [2, 'Tỉnh B', '-0,1'],
      [3, 'Tỉnh C', 1.2],
      [4, 'Tỉnh D', null],
      [5, 'Tỉnh E', '0,12345'],
      [6, 'Tỉnh F', { error: '#DIV/0!' }],
      [7, 'Tỉnh G', true],
      [8, 'Tỉnh H', '1'],
      [9, 'Tỉnh I', 0],
    ];
    const result = run([rankingSheet(rows)]);
    expect(at(result.issues)).toEqual([
      'index-not-number@Xếp hạng!C4',
      'index-out-of-range@Xếp hạng!C5',
      'index-out-of-range@Xếp hạng!C6',
      'missing-index@Xếp hạng!C7',
      'index-too-many-decimals@Xếp hạng!C8',
      'error-value@Xếp hạng!C9',
      'index-not-number@Xếp hạng!C10',
    ]);
    expect(result.issues.every((i) => i.severity === 'error' && i.agency !== undefined)).toBe(true);
    expect(result.issues[0].message).toBe('Ô chỉ số chứa «cao», không phải là số (ví dụ 0,633).');
    expect(result.issues[1].message).toBe('Chỉ số «-0,1» nằm ngoài khoảng từ 0 đến 1.');
    expect(result.issues[4].message).toContain('quá 4 chữ số thập phân');
    expect(result.groups[0].agencies.map((a) => [a.name, a.rank])).toEqual([['Tỉnh H', 1], ['Tỉnh I', 2]]);
  });

  it('says "bảng chỉ số" in the reading report, the index column named', () => {
    const result = run([rankingSheet()]);
    const lines = readingReportLines(result.sheets!);
    expect(lines).toContain('    Bảng chỉ số A3:C23 → nhóm «Xếp hạng» (theo tên trang tính)');
    expect(lines.join('\n')).toContain('C3 «Chỉ số» = chỉ số');
    expect(readingReportLines(result.sheets!, 'en').join('\n')).toContain('Index table A3:C23');
  });

  it('accepts the other headers an index goes by', () => {
    for (const header of ['Giá trị chỉ số', 'Chỉ số tổng hợp', 'ĐIỂM CHỈ SỐ']) {
      const result = run([grid('S', [['Tên đơn vị', header], ['A', '0,5'], ['B', '0,7']])]);
      expect(result.groups[0].agencies.map((a) => [a.name, a.rank])).toEqual([['B', 1], ['A', 2]]);
    }
  });

  it('reads an index under an office\'s own header, declared in its «Cài đặt» sheet', () => {
    const settings = grid('Cài đặt', [['Tiêu đề trong bảng', 'Là cột'], ['ICT Index', 'Chỉ số']]);
    const result = run([settings, grid('S', [['Tên cơ quan', 'ICT Index'], ['A', '0,5'], ['B', '0,7']])]);
    expect(result.issues).toEqual([]);
    expect(result.groups[0].agencies.map((a) => [a.name, a.rank, a.index])).toEqual([['B', 1, { units: 7, decimals: 1 }], ['A', 2, { units: 5, decimals: 1 }]]);
  });

  it('rounds the index to the rules\' places where they say, half away from zero', () => {
    const rules = grid('Quy định', [['Quy định', 'Giá trị'], ['Xếp hạng theo', 'chỉ số'], ['Làm tròn', 2]]);
    const result = run([rankingSheet([[1, 'A', '0,635'], [2, 'B', '0,644'], [3, 'C', '0,7']]), rules]);
    expect(result.issues).toEqual([]);
    expect(result.groups[0].agencies.map((a) => [a.name, a.rank, a.index])).toEqual([
      ['C', 1, { units: 7, decimals: 1 }],
      ['A', 2, { units: 64, decimals: 2 }],
      ['B', 2, { units: 64, decimals: 2 }],
    ]);
  });

  it('grades only by bands on the index; other bands give no grade', () => {
    const rules = grid('Quy định', [['Quy định', 'Giá trị'], ['Xếp hạng theo', 'chỉ số'], ['Xếp loại', 'Tốt ≥ 0,8; Khá ≥ 0,6; Yếu'], ['Xếp loại theo', 'chỉ số']]);
    const graded = run([rankingSheet([[1, 'A', '0,8'], [2, 'B', '0,799'], [3, 'C', '0,5']]), rules]);
    expect(graded.groups[0].agencies.map((a) => a.grade)).toEqual(['Tốt', 'Khá', 'Yếu']);
    const ungraded = run([rankingSheet([[1, 'A', '0,8']])]);
    expect(ungraded.groups[0].agencies[0].grade).toBe('');
    expect(resultsJson(ungraded).groups[0].agencies[0].grade).toBeNull();
  });

  it('refuses rules that rank on the ratio or score on purpose, at the rules\' cell or at the table', () => {
    const rules = grid('Quy định', [['Quy định', 'Giá trị'], ['Xếp hạng theo', 'tỷ lệ']]);
    const bySheet = run([rankingSheet(), rules]);
    expect(at(bySheet.issues)).toEqual(['index-rank-basis@Quy định!B2']);
    expect(bySheet.issues[0].message).toContain('«Xếp hạng theo: chỉ số»');
    const byPreset = run([rankingSheet()], { rules: rulesPreset('khanh-hoa-2014')!.rules });
    expect(at(byPreset.issues)).toEqual(['index-rank-basis@Xếp hạng!B4']);
    expect(byPreset.issues[0].message).toContain('xếp hạng theo điểm');
  });

  it('leaves a scored table unranked under rules that rank on an index, said once at the table', () => {
    const rules = grid('Quy định', [['Quy định', 'Giá trị'], ['Xếp hạng theo', 'chỉ số']]);
    const scores = grid('Điểm', [['Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ['Sở A', 800, 1000], ['Sở B', 700, 1000]]);
    const result = run([scores, rankingSheet(), rules]);
    expect(at(result.issues)).toEqual(['index-rules-score-table@Điểm!A2']);
    expect(result.groups.find((g) => g.name === 'Điểm')!.agencies.map((a) => a.rank)).toEqual([null, null]);
    expect(result.groups.find((g) => g.name === 'Xếp hạng')!.agencies[0].rank).toBe(1);
  });

  it('keeps scored groups on the ratio and index groups on the index under the default rules', () => {
    const scores = grid('Điểm', [['Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ['Sở A', 700, 1000], ['Sở B', 800, 1000]]);
    const result = run([scores, rankingSheet()]);
    expect(result.issues).toEqual([]);
    expect(result.groups[0].agencies.map((a) => [a.name, a.rank, a.grade])).toEqual([['Sở B', 1, 'Khá'], ['Sở A', 2, 'Khá']]);
    expect(result.groups[1].agencies[0].index).toEqual({ units: 912, decimals: 3 });
  });

  it('refuses a group that mixes an index table and a scored table, at the later rows', () => {
    const indices = grid('Chỉ số', [['Tên', 'Nhóm', 'Chỉ số'], ['Tỉnh A', 'Tỉnh', '0,5']]);
    const scores = grid('Điểm', [['Tên cơ quan', 'Nhóm', 'Điểm đạt được', 'Điểm chuẩn'], ['Sở A', 'Tỉnh', 700, 1000]]);
    const result = run([indices, scores]);
    expect(at(result.issues)).toEqual(['index-group-mixed@Điểm!A2']);
    expect(result.groups[0].agencies.map((a) => a.name)).toEqual(['Tỉnh A']);
  });

  it('warns where a table has both scores and an index, read by its scores', () => {
    const both = grid('S', [['Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Chỉ số'], ['Sở A', 700, 1000, '0,7']]);
    const result = run([both]);
    expect(at(result.issues)).toEqual(['index-column-unused@S!D1']);
    expect(result.issues[0].severity).toBe('warning');
    expect(result.groups[0].agencies[0].index).toBeNull();
  });

  it('writes JSON with "index", and null achieved and standard scores and ratio', () => {
    const json = resultsJson(run([rankingSheet()]));
    const agency = json.groups[0].agencies[16];
    expect(agency).toMatchObject({ ordinal: '17', rank: 17, name: 'Tỉnh Q', index: 0.633, achievedScore: null, standardScore: null, ratio: null, grade: null, selfScore: null });
    expect(json.groups[0].agencies[19].index).toBe(0.5);
    expect(JSON.stringify(json.groups[0].agencies[0])).toContain('"index":0.912');
  });

  it('prints the index in the notice with its places and a decimal comma', () => {
    const rows = noticeDocument(run([rankingSheet()])).annexes[0].rows;
    expect([rows[16], rows[18], rows[19]].map((r) => r.slice(1, 4))).toEqual([
      ['Tỉnh Q', '0,633', '17'],
      ['Tỉnh S', '0,630', '19'],
      ['Tỉnh T', '0,5', '20'],
    ]);
  });

  it('lays out the annex as STT | Tên | Chỉ số | Xếp hạng, the index with its places', () => {
    const { sheets } = annexLayout(run([rankingSheet()]));
    const annex = sheets[0];
    const header = annex.rows[annex.headerRow].map((c) => c.value);
    expect(header).toEqual(['STT', 'Tên', 'Chỉ số', 'Xếp hạng']);
    const body = annex.rows.slice(annex.headerRow + 1);
    expect(body.slice(16, 19).map((r) => r.map((c) => c.value))).toEqual([
      ['17', 'Tỉnh Q', 0.633, 17],
      ['18', 'Tỉnh R', 0.633, 17],
      ['19', 'Tỉnh S', 0.63, 19],
    ]);
    expect(body[16][2].numberFormat).toBe('0.000');
    expect(body[18][2].numberFormat).toBe('0.000'); // "0,630" keeps its third place
    expect(body[19][2].numberFormat).toBe('0.0');
    expect(sheets.map((s) => s.kind)).toEqual(['annex']);
  });

  it('explains an index agency by its index and neighbours', () => {
    const result = run([rankingSheet()]);
    const group = result.groups[0];
    const lines = explanationLines(explainAgency(result, group, group.agencies[17]));
    expect(lines).toEqual([
      'Tỉnh R — Xếp hạng (Phụ lục I)',
      'Chỉ số: 0,633 (bảng chỉ số: xếp hạng theo chỉ số)',
      'Thứ hạng: 17/20 trong nhóm; liền trên: Tỉnh Q 0,633 (hạng 17); liền dưới: Tỉnh S 0,630 (hạng 19)',
    ]);
  });
});
