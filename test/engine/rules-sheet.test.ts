import { assess } from '../../src/engine/assessing/assess';
import { annexLayout } from '../../src/engine/output/annex';
import { fillPlan } from '../../src/engine/output/fill';
import { readRulesSheet, parseBands } from '../../src/engine/rules/rules-sheet';
import { CellValue, Grid } from '../../src/engine/values/grid';

const rulesGrid = (rows: CellValue[][], sheet = 'Quy định'): Grid => ({ sheet, rows: [['Quy định', 'Giá trị'], ...rows], merges: [] });
const summary = (rows: [string, number, number][], extra: string[] = []): Grid => ({
  sheet: 'Tổng hợp',
  rows: [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại', ...extra], ...rows.map(([name, a, s], i) => [i + 1, name, a, s, null, null])],
  merges: [],
});

describe('the rules sheet "Quy định"', () => {
  it('reads every key, however it is written (case, accents, spaces)', () => {
    const read = readRulesSheet(
      rulesGrid([
        ['XẾP LOẠI', 'Xuất sắc ≥ 90 (tối đa 20%); Tốt >= 70; Hoàn thành > 50; Không hoàn thành'],
        ['Xep loai theo', 'điểm'],
        ['xếp hạng theo', 'Điểm'],
        ['Làm tròn', 1],
        ['Hạng bằng nhau', 'cùng hạng liên tiếp'],
        ['Không xếp hạng', 'Trung tâm A; Trạm B'],
        ['Thứ tự nhóm', 'Xã; Phòng'],
      ]),
      'quy-dinh.xlsx',
    );
    expect(read.issues).toEqual([]);
    const { rules } = read;
    expect(rules.grades!.basis).toBe('points');
    expect(rules.grades!.bands.map((b) => [b.labels.vi, b.lowerBound, b.inclusive ?? true, b.quotaPercent])).toEqual([
      ['Xuất sắc', 90, true, 20],
      ['Tốt', 70, true, undefined],
      ['Hoàn thành', 50, false, undefined],
      ['Không hoàn thành', 0, true, undefined],
    ]);
    expect([rules.rankBasis, rules.decimals, rules.ties]).toEqual(['score', 1, 'shared-without-gap']);
    expect(rules.unranked).toEqual(['Trung tâm A', 'Trạm B']);
    expect(rules.groupOrder).toEqual(['Xã', 'Phòng']);
    expect(rules.source).toEqual({ kind: 'sheet', file: 'quy-dinh.xlsx', sheet: 'Quy định' });
  });

  it('keeps the default rule for a key left out, and reads "không" as no grades', () => {
    const { rules, issues } = readRulesSheet(rulesGrid([['Xếp loại', 'không'], ['Hạng bằng nhau', 'theo thứ tự']]));
    expect(issues).toEqual([]);
    expect([rules.grades, rules.rankBasis, rules.decimals, rules.ties]).toEqual([null, 'ratio', undefined, 'in-order']);
  });

  it('reports each unknown key, repeated key and unreadable value at its cell, and uses the rest', () => {
    const { rules, issues } = readRulesSheet(
      rulesGrid([
        ['Xếp loại', 'Tốt ≥ 70; Khá ≥ 85; Yếu'],
        ['Làm tròn', 5],
        ['Hạng bằng nhau', 'đồng hạng'],
        ['Xếp hang theo', 'điểm'],
        ['Xếp hạng theo', 'chỉ số'],
        ['Mức thưởng', '10'],
        ['Xếp hạng theo', 'tỷ lệ'],
      ]),
      'f.xlsx',
    );
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['rules-duplicate-key', 'A6', 'error'],
      ['rules-unknown-key', 'A7', 'error'],
      ['rules-duplicate-key', 'A8', 'error'],
      ['rules-bad-value', 'B2', 'error'],
      ['rules-bad-value', 'B3', 'error'],
      ['rules-bad-value', 'B4', 'error'],
    ]);
    expect(issues[3].message).toContain('Tốt ≥ 70; Khá ≥ 85; Yếu');
    expect(issues.every((i) => i.sheet === 'Quy định' && i.file === 'f.xlsx')).toBe(true);
    expect(rules.rankBasis).toBe('score'); // "Xếp hang theo" is read as "Xếp hạng theo": accents do not matter
    expect(rules.decimals).toBeUndefined();
  });

  it('takes «chỉ số» as the rank basis and the grade basis (index tables), and keeps the cell that said so', () => {
    const { rules, issues } = readRulesSheet(rulesGrid([['Xếp hạng theo', 'Chỉ số'], ['Xếp loại', 'Tốt ≥ 0,8; Khá ≥ 0,65; Yếu'], ['Xếp loại theo', 'chi so']]));
    expect(issues).toEqual([]);
    expect(rules.rankBasis).toBe('index');
    expect(rules.rankBasisCell).toBe('B2');
    expect(rules.grades!.basis).toBe('index');
    expect(rules.grades!.bands.map((b) => b.lowerBound)).toEqual([0.8, 0.65, 0]);
  });

  it('still refuses a rank basis it does not know, at its cell', () => {
    const { rules, issues } = readRulesSheet(rulesGrid([['Xếp hạng theo', 'chỉ tiêu']]));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['rules-bad-value', 'B2']]);
    expect(issues[0].message).toContain('«chỉ số»');
    expect(rules.rankBasis).toBe('ratio');
    expect(rules.rankBasisCell).toBeUndefined();
  });

  it('needs its header row', () => {
    const { issues } = readRulesSheet({ sheet: 'Quy định', rows: [['Xếp loại', 'không']], merges: [] });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['rules-no-header', 'A1']]);
  });

  it.each([
    ['Tốt ≥ 85; Khá ≥ 70; Trung bình ≥ 50; Yếu', true],
    ['Tốt ≥ 0,6; Khá ≥ 0,45; Yếu', true],
    ['Tốt', false], // one band is no ladder
    ['Tốt ≥ 85; Khá; Yếu', false], // a band without its bound
    ['Tốt ≥ 85; Tốt ≥ 70; Yếu', false], // a label twice
    ['Tốt ≥ 85 (tối đa 120%); Yếu', false],
    ['Tốt ≥ 85; Khá ≥ 85; Yếu', false], // bounds must descend
    ['Tốt ≥ tám lăm; Yếu', false],
  ])('reads bands %s: %s', (text, ok) => {
    expect(parseBands(text) !== undefined).toBe(ok);
  });
});

describe('rules from the inputs', () => {
  const rows: [string, number, number][] = [['Phòng A', 900, 1000], ['Phòng B', 900, 1000], ['Trung tâm C', 950, 1000], ['Phòng D', 800, 1000]];

  it('a "Quy định" sheet beside the tables rules the grades and ranks, and is not read as a table', () => {
    const rules = rulesGrid([['Hạng bằng nhau', 'cùng hạng liên tiếp'], ['Không xếp hạng', 'Trung tâm C'], ['Xếp loại', 'Đạt ≥ 85; Chưa đạt']]);
    const assessment = assess([{ file: 'kq.xlsx', sheets: [summary(rows), rules] }]);
    expect(assessment.issues).toEqual([]);
    expect(assessment.rules.source).toEqual({ kind: 'sheet', file: 'kq.xlsx', sheet: 'Quy định' });
    expect(assessment.groups[0].agencies.map((a) => [a.ordinal, a.name, a.rank, a.grade, a.note])).toEqual([
      ['01', 'Phòng A', 1, 'Đạt', ''],
      ['02', 'Phòng B', 1, 'Đạt', ''],
      ['03', 'Phòng D', 2, 'Chưa đạt', ''],
      ['04', 'Trung tâm C', null, 'Đạt', 'Không xếp hạng'],
    ]);
    // The annex says which rules, and shows the ranks, since they differ from the STT.
    const annex = annexLayout(assessment).sheets[0];
    const values = annex.rows.map((r) => r.map((c) => c.value));
    expect(values.flat()).toContain('Quy định xếp loại, xếp hạng: trang «Quy định» của tệp kq.xlsx');
    expect(values[annex.headerRow]).toContain('Xếp hạng');
    expect(values.slice(annex.headerRow + 1).map((r) => r[7])).toEqual([1, 1, 2, null]);
  });

  it('rules given from elsewhere win over the sheet, which gets a note', () => {
    const rules = rulesGrid([['Hạng bằng nhau', 'theo thứ tự']]);
    const explicit = assess([{ file: 'kq.xlsx', sheets: [summary(rows), rules] }], { rules: { ...assess([]).rules } });
    expect(explicit.issues.map((i) => [i.code, i.severity])).toEqual([['rules-sheet-not-used', 'info']]);
    expect(explicit.groups[0].agencies.map((a) => a.rank)).toEqual([1, 2, 2, 4]);
  });

  it('fill writes the office’s own Xếp hạng column', () => {
    const grid = summary(rows, ['Xếp hạng']);
    const changes = fillPlan(assess([{ file: 'kq.xlsx', sheets: [grid] }]));
    expect(changes.filter((c) => c.cell.startsWith('G')).map((c) => [c.cell, c.to])).toEqual([
      ['G4', 1],
      ['G2', 2],
      ['G3', 2],
      ['G5', 4],
    ]);
  });

  it('fill tags each change with its column and whether its own table has a Xếp hạng column, sheet by sheet', () => {
    const withRank = summary([['Phòng A', 900, 1000], ['Phòng B', 950, 1000]], ['Xếp hạng']);
    const without = { ...summary([['Xã A', 700, 1000], ['Xã B', 800, 1000]]), sheet: 'Xã' };
    const changes = fillPlan(assess([{ file: 'kq.xlsx', sheets: [withRank, without] }]));
    const ordinals = changes.filter((c) => c.column === 'ordinal').map((c) => [c.sheet, c.cell, c.besideRank]);
    expect(ordinals).toEqual([
      ['Tổng hợp', 'A3', true],
      ['Tổng hợp', 'A2', true],
      ['Xã', 'A3', false],
      ['Xã', 'A2', false],
    ]);
    expect(changes.filter((c) => c.column === 'rank').map((c) => c.cell)).toEqual(['G3', 'G2']);
  });
});

describe('the unranked list against the agencies read', () => {
  const rows: [string, number, number][] = [['Phòng A', 900, 1000], ['Trung tâm Phát triển quỹ đất', 950, 1000], ['Phòng D', 800, 1000]];
  const assessWith = (unranked: string) => assess([{ file: 'kq.xlsx', sheets: [summary(rows), rulesGrid([['Hạng bằng nhau', 'cùng hạng'], ['Không xếp hạng', unranked]])] }]);

  it('warns at the list’s cell of a name that matches no agency, suggesting the one only accents or case set apart', () => {
    const assessment = assessWith('Trung tam phat trien quy dat; Phòng a; Ban Quản lý dự án');
    expect(assessment.issues.map((i) => [i.code, i.severity, i.file, i.sheet, i.cell])).toEqual([
      ['rules-unranked-unknown', 'warning', 'kq.xlsx', 'Quy định', 'B3'],
      ['rules-unranked-unknown', 'warning', 'kq.xlsx', 'Quy định', 'B3'],
    ]);
    expect(assessment.issues[0].message).toBe('Cơ quan «Trung tam phat trien quy dat» trong danh sách «Không xếp hạng» không khớp với cơ quan nào trong các bảng, nên không có tác dụng: có phải «Trung tâm Phát triển quỹ đất»?');
    expect(assessment.issues[1].message).toContain('«Ban Quản lý dự án»');
    expect(assessment.issues[1].message).toContain('Hãy kiểm tra tên (dấu, viết tắt)');
    // "Phòng a" is Phòng A (case does not matter): it is the only one left unranked.
    expect(assessment.groups[0].agencies.map((a) => [a.name, a.rank])).toEqual([
      ['Trung tâm Phát triển quỹ đất', 1],
      ['Phòng D', 2],
      ['Phòng A', null],
    ]);
  });

  it('says nothing where every name matches', () => {
    expect(assessWith('Phòng D').issues).toEqual([]);
  });

  it('warns at its cell of a group in the group order that matches no group read; accents, case and "UBND" aside they match', () => {
    const grid = (name: string, group: string): Grid => ({ ...summary([[name, 900, 1000]]), sheet: group, rows: [[group], ...summary([[name, 900, 1000]]).rows] });
    const sheets = [grid('Phòng A', 'Cơ quan chuyên môn'), grid('Xã B', 'Ủy ban nhân dân xã'), rulesGrid([['Thứ tự nhóm', 'UBND xa; Đơn vị sự nghiệp; co quan chuyen mon']])];
    const assessment = assess([{ file: 'kq.xlsx', sheets }]);
    expect(assessment.groups.map((g) => g.name)).toEqual(['Ủy ban nhân dân xã', 'Cơ quan chuyên môn']);
    expect(assessment.issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([['rules-group-unknown', 'warning', 'Quy định', 'B2']]);
    expect(assessment.issues[0].message).toBe('Nhóm «Đơn vị sự nghiệp» trong «Thứ tự nhóm» không khớp với nhóm nào đã đọc (Cơ quan chuyên môn; Ủy ban nhân dân xã), nên không có tác dụng. Hãy ghi tên nhóm như trong bảng.');
  });
});
