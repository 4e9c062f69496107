import { assess } from '../../src/engine/assessing/assess';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { Issue } from '../../src/engine/messages/issues';
import { presetRubric } from '../../src/engine/rules/presets';
import { readRubricSheet, rubricGroupKey, rubricStandard } from '../../src/engine/rules/rubric';
import { readSummarySheet } from '../../src/engine/reading/summary';

const grid = (sheet: string, rows: CellValue[][], merges: Grid['merges'] = []): Grid => ({ sheet, rows, merges });
const codes = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);

const RUBRIC_ROWS: CellValue[][] = [
  ['BỘ TIÊU CHÍ'],
  [],
  ['Mã', 'Tiêu chí', 'Điểm tối đa (Cơ quan chuyên môn)', 'Điểm tối đa (UBND xã)', 'Tên khác'],
  ['I', 'Hạ tầng', null, null, 'Hạ tầng CNTT'],
  ['1', 'Máy tính', 60, 60, null],
  ['2', 'Mạng', 40, 40, null],
  ['II', 'Ứng dụng', null, null, null],
  ['3', 'Văn bản', 100, 'KAD', null],
  ['3.1', 'Gửi nhận', 60, 'KAD', null],
  ['3.2', 'Chữ ký số', 40, 'KAD', null],
  ['4', 'Sự cố (điểm trừ)', -20, -20, null],
];

describe('rubric sheets', () => {
  it('reads codes, per-group maxima, KAD and aliases into a tree', () => {
    const read = readRubricSheet(grid('Bộ tiêu chí', RUBRIC_ROWS))!;
    expect(read.issues).toEqual([]);
    const { rubric } = read;
    expect(rubric.groups).toEqual(['Cơ quan chuyên môn', 'UBND xã']);
    expect(rubric.criteria.map((c) => [c.code, c.parentCode])).toEqual([
      ['I', null], ['1', 'I'], ['2', 'I'], ['II', null], ['3', 'II'], ['3.1', '3'], ['3.2', '3'], ['4', 'II'],
    ]);
    expect(rubric.criteria[0].aliases).toEqual(['Hạ tầng CNTT']);
    // Penalties leave the standard score; KAD criteria leave it for their group.
    expect(rubricStandard(rubric, rubricGroupKey(rubric, 'Cơ quan chuyên môn')!)).toBe(20000);
    expect(rubricStandard(rubric, rubricGroupKey(rubric, 'UBND xã')!)).toBe(10000);
  });

  it('reports a parent whose maximum is not the sum of its children', () => {
    const rows = RUBRIC_ROWS.map((r) => [...r]);
    rows[7] = ['3', 'Văn bản', 90, 'KAD', null];
    expect(codes(readRubricSheet(grid('R', rows))!.issues)).toEqual(['rubric-parent-mismatch@R!A8']);
  });

  it('has the khanh-hoa-2014 preset, 1000 points for both groups', () => {
    const rubric = presetRubric('khanh-hoa-2014');
    expect(rubricStandard(rubric, rubricGroupKey(rubric, 'I. CÁC SỞ, BAN, NGÀNH')!)).toBe(100000);
    expect(rubricStandard(rubric, rubricGroupKey(rubric, 'II. ỦY BAN NHÂN DÂN CẤP HUYỆN')!)).toBe(100000);
  });
});

describe('summary sheets', () => {
  it('finds a two-row header with a merged "Trong đó" parent over component columns', () => {
    const rows: CellValue[][] = [
      ['KẾT QUẢ CHI TIẾT'],
      ['I. CÁC SỞ, BAN, NGÀNH'],
      ['STT', 'Sở, ban, ngành', 'Tổng điểm', 'Trong đó', null, 'Xếp loại'],
      [null, null, null, 'Hạ tầng CNTT', 'An toàn thông tin số', null],
      [1, 'Sở Nội vụ', 190, 120, 70, 'Tốt'],
      [2, 'Sở Tư pháp', 150, 100, '50', null],
    ];
    const merges = [
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ];
    const read = readSummarySheet(grid('KQ', rows, merges), { rubric: presetRubric('khanh-hoa-2014') });
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => [r.group, r.name, r.achievedScore, r.components.map((c) => [c.code, c.score])])).toEqual([
      ['Sở, ban, ngành', 'Sở Nội vụ', 19000, [['1', 12000], ['6', 7000]]],
      ['Sở, ban, ngành', 'Sở Tư pháp', 15000, [['1', 10000], ['6', 5000]]],
    ]);
  });

  it('reads a first agency row whose note matches a header word as an agency, not as a second header row', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Ghi chú'],
      [1, 'Sở A', 800, 1000, 'Xếp hạng'],
      [2, 'Sở B', 700, 1000, null],
    ];
    const read = readSummarySheet(grid('S', rows));
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => [r.name, r.achievedScore])).toEqual([['Sở A', 80000], ['Sở B', 70000]]);
  });

  it('reports a total that is not the sum of its components', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Tổng điểm', 'Hạ tầng CNTT', 'Nhân lực CNTT'],
      [1, 'Sở A', 200, 120, 70],
    ];
    const read = readSummarySheet(grid('S', rows), { rubric: presetRubric('khanh-hoa-2014') });
    expect(codes(read.issues)).toEqual(['total-mismatch@S!C2']);
  });

  it('names the cell of every bad score and never throws', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'A', 'tám trăm', 1000],
      [2, 'B', { error: '#REF!' }, 1000],
      [3, 'C', null, 1000],
      [4, 'D', '832,905', 1000],
      [5, null, 500, 1000],
      [6, 'E', true, 1000],
      [7, 'F', new Date(2021, 0, 1), 1000],
      [8, 'G', '1.000', '1.000'],
    ];
    const read = readSummarySheet(grid('S', rows));
    expect(codes(read.issues)).toEqual([
      'not-a-number@S!C2',
      'error-value@S!C3',
      'missing-achieved-score@S!C4',
      'too-many-decimals@S!C5',
      'missing-name@S!B6',
      'not-a-number@S!C7',
      'not-a-number@S!C8',
      'ambiguous-number@S!C9',
      'ambiguous-number@S!D9',
    ]);
    expect(read.issues[0].message).toBe('Ô điểm chứa «tám trăm», không phải là số.');
  });

  it('uses the sheet name as the group without section titles, and a group column where present', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Nhóm', 'Điểm', 'Điểm chuẩn'],
      [1, 'A', 'Khối huyện', 80, 100],
      [2, 'B', null, 70, 100],
    ];
    expect(readSummarySheet(grid('Tổng hợp', rows)).records.map((r) => r.group)).toEqual(['Khối huyện', 'Tổng hợp']);
  });
});

describe('validation across records', () => {
  it('reports duplicated agencies, compared after NFC, trimming, case and invisible characters', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Phòng Nội vụ', 800, 1000],
      [2, ' phòng  nội vụ'.normalize('NFD'), 700, 1000],
      [3, 'Phòng\u00a0Nội\u200b vụ\ufeff', 700, 1000],
    ];
    const result = assess([{ file: 'a.xlsx', sheets: [grid('S', rows)] }]);
    expect(codes(result.issues)).toEqual(['duplicate-agency@S!B3', 'duplicate-agency@S!B4']);
  });

  it('warns where a typed ratio or grade differs from the computed one, and accepts percentages', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'],
      [1, 'A', 499.95, 1000, 49.99, 'Yếu'],
      [2, 'B', 850, 1000, 0.85, 'Tốt'],
      [3, 'C', 832.9, 915, (832.9 / 915) * 100, 'tốt'],
      [4, 'D', 700, 1000, '70%', 'Khá'],
      [5, 'E', 499.95, 1000, '50,00 %', 'Trung bình'],
    ];
    const result = assess([{ file: 'a.xlsx', sheets: [grid('S', rows)] }]);
    expect(codes(result.issues)).toEqual(['ratio-mismatch@S!E2', 'grade-mismatch@S!F2']);
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('reports zero and missing standard scores', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'A', 10, 0],
      [2, 'B', 10, null],
    ];
    const result = assess([{ file: 'a.xlsx', sheets: [grid('S', rows)] }]);
    expect(codes(result.issues)).toEqual(['zero-standard@S!D2', 'missing-standard@S!D3']);
  });

  it('says so when a workbook holds nothing it can read', () => {
    const result = assess([{ file: 'empty.xlsx', sheets: [grid('Sheet1', [['hello']])] }]);
    expect(result.issues.map((i) => [i.code, i.file])).toEqual([['nothing-found', 'empty.xlsx']]);
  });

  it('writes formula-looking names as they are and notes them', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, '=HYPERLINK("x")', 800, 1000],
    ];
    const result = assess([{ file: 'a.xlsx', sheets: [grid('S', rows)] }]);
    expect(result.groups[0].agencies[0].name).toBe('=HYPERLINK("x")');
    expect(codes(result.issues)).toEqual(['formula-like-name@S!B2']);
  });
});

describe('self-assessment forms', () => {
  const rubricGrid = grid('Bộ tiêu chí', RUBRIC_ROWS);
  const form = (sheet: string, name: string, group: string, scores: [string, ...CellValue[]][]): Grid =>
    grid(sheet, [
      ['PHIẾU TỰ ĐÁNH GIÁ'],
      [`Tên cơ quan: ${name}`],
      ['Nhóm:', null, group],
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định'],
      ...scores.map(([code, max, self, appraised]) => [code, `Tiêu chí ${code}`, max, self, appraised ?? null]),
    ]);

  it('scores leaves, keeps self beside appraised, leaves KAD out of the standard', () => {
    const forms = [
      form('P1', 'Phòng A', 'Cơ quan chuyên môn', [
        ['I', 100, null],
        ['1', 60, 55, 50],
        ['2', 40, 40],
        ['II', null, null],
        ['3', 100, 95, 90],
        ['3.1', 60, 55, 50],
        ['3.2', 40, '40', 40],
        ['4', -20, -5],
      ]),
      form('P2', 'UBND xã B', 'UBND xã', [['1', 60, 50], ['2', 40, 'KAD'], ['3.1', null, 'KAD'], ['3.2', null, 'KAD'], ['4', -20, 0]]),
    ];
    const result = assess([{ file: 'f.xlsx', sheets: [rubricGrid, ...forms] }]);
    // UBND xã B declared criterion 2, which the rubric applies to its group, not applicable: taken
    // out of its standard score, and flagged for the appraisal team.
    expect(codes(result.issues)).toEqual(['kad-by-agency@P2!D6']);
    expect(result.issues[0].message).toBe(
      'Tiêu chí 2 được ghi «Không áp dụng», nhưng bộ tiêu chí áp dụng tiêu chí này cho nhóm (tối đa 40 điểm): điểm chuẩn của cơ quan giảm 40; đoàn thẩm định cần xác nhận.',
    );
    const [first, second] = result.groups;
    expect(first.agencies[0]).toMatchObject({ name: 'Phòng A', achievedScore: 17500, standardScore: 20000, selfScore: 18500 });
    expect(first.agencies[0].components.map((c) => [c.code, c.achievedScore, c.maxScore])).toEqual([
      ['I', 9000, 10000],
      ['II', 8500, 10000],
    ]);
    expect(second.agencies[0]).toMatchObject({ name: 'UBND xã B', achievedScore: 5000, standardScore: 6000, selfScore: null });
  });

  it('reports scores above the maximum, negative scores, sums and unknown or missing criteria at their cells', () => {
    const bad = form('P1', 'Phòng A', 'Cơ quan chuyên môn', [
      ['1', 60, 65],
      ['2', 40, -1],
      ['3', 100, 90],
      ['3.1', 60, 50],
      ['3.2', 40, 30],
      ['3.3', 40, 40],
      ['4', -20, -25],
      ['II', null, null],
    ]);
    const result = assess([{ file: 'f.xlsx', sheets: [rubricGrid, bad] }]);
    expect(codes(result.issues).sort()).toEqual(
      [
        'score-above-max@P1!D5',
        'negative-score@P1!D6',
        'unknown-criterion@P1!A10',
        'penalty-out-of-range@P1!D11',
        'parent-sum-mismatch@P1!D7',
      ].sort(),
    );
    expect(result.issues.find((i) => i.code === 'score-above-max')!.message).toBe('Điểm 65 vượt điểm tối đa 60 của tiêu chí 1.');
  });

  it('names a score hidden inside a merged area, but not a merged note row under the table', () => {
    const merged = form('P1', 'Phòng A', 'Cơ quan chuyên môn', [['1', 60, 50], ['2', 40, null], ['3.1', 60, 60], ['3.2', 40, 40], ['4', -20, 0]]);
    merged.rows.push(['Ghi chú: điểm thẩm định do Đoàn đánh giá ghi.']);
    // D5:D6 merged over the self scores of criteria 1 and 2; A10:E10 merged over the note.
    merged.merges.push({ top: 4, left: 3, bottom: 5, right: 3 }, { top: 9, left: 0, bottom: 9, right: 4 });
    const result = assess([{ file: 'f.xlsx', sheets: [rubricGrid, merged] }]);
    expect(codes(result.issues)).toEqual(['merged-score-cell@P1!D6']);
    expect(result.issues[0].message).toContain('D5:D6');
    expect(result.groups.flatMap((g) => g.agencies)).toEqual([]);
  });

  it('counts an appraised score over a self-declared KAD, and an appraised KAD without a warning', () => {
    const forms = [
      form('P1', 'Phòng A', 'Cơ quan chuyên môn', [['1', 60, 'KAD', 30], ['2', 40, 40], ['3.1', 60, 60], ['3.2', 40, 40], ['4', -20, 0]]),
      form('P2', 'Phòng B', 'Cơ quan chuyên môn', [['1', 60, 50, 'KAD'], ['2', 40, 40], ['3.1', 60, 60], ['3.2', 40, 40], ['4', -20, 0]]),
    ];
    const result = assess([{ file: 'f.xlsx', sheets: [rubricGrid, ...forms] }]);
    expect(codes(result.issues)).toEqual([]);
    const byName = new Map(result.groups[0].agencies.map((a) => [a.name, a]));
    expect(byName.get('Phòng A')).toMatchObject({ achievedScore: 17000, standardScore: 20000 });
    expect(byName.get('Phòng B')).toMatchObject({ achievedScore: 14000, standardScore: 14000 });
  });

  it('names a form without an agency name after its sheet, and says so', () => {
    const scores: [string, ...CellValue[]][] = [['1', 60, 50], ['2', 40, 40], ['3.1', 60, 60], ['3.2', 40, 40], ['4', -20, 0]];
    const blank = form('Phiếu 1', '', 'Cơ quan chuyên môn', scores);
    const unlabelled = form('Phòng Tư pháp', 'x', 'Cơ quan chuyên môn', scores);
    unlabelled.rows[1] = ['Đơn vị báo cáo'];
    const result = assess([{ file: 'f.xlsx', sheets: [rubricGrid, blank, unlabelled] }]);
    expect(result.issues.map((i) => `${i.severity} ${i.code}@${i.sheet}!${i.cell}`)).toEqual([
      'warning form-name-blank@Phiếu 1!A2',
      'info form-name-from-sheet@Phòng Tư pháp!A1',
    ]);
    expect(result.issues[0].message).toBe('Phiếu chưa ghi tên cơ quan; tạm lấy tên trang tính «Phiếu 1».');
    expect(result.groups[0].agencies.map((a) => a.name).sort()).toEqual(['Phiếu 1', 'Phòng Tư pháp']);
  });

  it('reports a rubric criterion the form lacks, at the header of its code column', () => {
    const lacking = form('P1', 'Phòng A', 'Cơ quan chuyên môn', [['1', 60, 60], ['3.1', 60, 60], ['3.2', 40, 40], ['4', -20, 0]]);
    const result = assess([{ file: 'f.xlsx', sheets: [rubricGrid, lacking] }]);
    expect(codes(result.issues)).toEqual(['missing-criterion@P1!A4']);
    expect(result.issues[0].message).toBe('Phiếu thiếu tiêu chí 2 của bộ tiêu chí.');
  });

  it('reads a form on its own maxima when no rubric is given', () => {
    const alone = form('Phòng C', 'Phòng C', 'Khối huyện', [['1', 60, 50], ['2', 40, '30,5']]);
    const result = assess([{ file: 'c.xlsx', sheets: [alone] }]);
    expect(result.issues).toEqual([]);
    expect(result.groups[0].agencies[0]).toMatchObject({ achievedScore: 8050, standardScore: 10000, ratio: 8050, grade: 'Khá' });
  });
});

describe('reading cost follows the cells that exist, not the grid', () => {
  it('reads a summary table whose sheet also holds cells at XFD3 and A200000 without visiting the empty grid', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Phòng Nội vụ', 806, 915],
      [2, 'Phòng Tư pháp', 870, 915],
    ];
    rows[2][16383] = 'x';
    for (let c = 4; c < 16383; c++) rows[2][c] = null;
    for (let r = 3; r < 199999; r++) rows[r] = [];
    rows[199999] = ['y'];
    // Every read of a row counts: rows × the widest row would make 3 billion of them.
    let reads = 0;
    const counted = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && ++reads > 2_000_000) throw new Error('the reader walks the empty grid');
        return Reflect.get(target, key, receiver);
      },
    });
    const read = readSummarySheet({ sheet: 'Tổng hợp', rows: counted, merges: [] });
    expect(read.records.map((r) => [r.name, r.achievedScore])).toEqual([
      ['Phòng Nội vụ', 80600],
      ['Phòng Tư pháp', 87000],
    ]);
  });
});
