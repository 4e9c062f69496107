import { assess, describeSheets } from '../../src/engine/assessing/assess';
import { changedCriteria, compareCodes, DRAFT_RESULT_HEADERS, draftResults } from '../../src/engine/output/draft-result';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { layoutGrid } from '../support/layout-grid';

const RUBRIC: Grid = {
  sheet: 'Bộ tiêu chí',
  merges: [],
  rows: [
    ['Mã', 'Tiêu chí', 'Điểm tối đa'],
    ['I', 'Hạ tầng', null],
    ['1', 'Máy tính', 60],
    ['2', 'Mạng', 40],
    ['II', 'Ứng dụng', null],
    ['3', 'Phần mềm', 100],
    ['10', 'Sự cố (điểm trừ)', -20],
  ],
};

const form = (name: string, rows: [string, CellValue, CellValue, string][]): Grid => ({
  sheet: name,
  merges: [],
  rows: [
    [`Tên cơ quan: ${name}`],
    ['Nhóm: Cơ quan chuyên môn'],
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Lý do'],
    ...rows.map(([code, self, appraised, reason]) => [code, `Tiêu chí ${code}`, null, self, appraised, reason]),
  ],
});

const assessmentSheets = () => [
  form('Phòng A', [['1', 60, 50, 'Thiếu máy'], ['2', 40, 40, ''], ['3', 'KAD', 70, 'Có phần mềm'], ['10', 0, -10, 'Có sự cố']]),
  form('Phòng B', [['1', 60, null, ''], ['2', 40, null, ''], ['3', 90, 'KAD', 'Không áp dụng'], ['10', 0, null, '']]),
  form('Phòng C', [['1', 50, 50, ''], ['2', 30, 30, ''], ['3', 80, 80, ''], ['10', 0, 0, '']]),
];

const assessment = () => assess([{ file: 'f.xlsx', sheets: [RUBRIC, ...assessmentSheets()] }]);

/** The draft results by agency name (they come in rank order). */
const drafts = (options = {}) => {
  const result = assessment();
  expect(result.issues).toEqual([]);
  const all = draftResults(result, options);
  return ['Phòng A', 'Phòng B', 'Phòng C'].map((name) => all.find((d) => d.agency.name === name)!);
};

const values = (grid: Grid) => grid.rows.map((row) => row.filter((v) => v !== null));

describe('draft results', () => {
  it('lists each criterion the appraisal changed, with both scores, the difference and the reason, in code order', () => {
    const [a, b, c] = drafts({ year: 2021, deadline: '15/11/2021', sendTo: 'Phòng Văn hóa và Thông tin' });
    expect(changedCriteria(a.agency).map((x) => x.code)).toEqual(['1', '3', '10']);
    const grid = layoutGrid(a.sheet);
    const header = grid.rows.findIndex((r) => r[0] === 'Mã');
    expect(grid.rows[header]).toEqual([...DRAFT_RESULT_HEADERS]);
    expect(values(grid).slice(header + 1)).toEqual([
      ['1', 'Máy tính', 60, 50, -10, 'Thiếu máy'],
      ['3', 'Phần mềm', 'KAD', 70, 'Có phần mềm'],
      ['10', 'Sự cố (điểm trừ)', 0, -10, -10, 'Có sự cố'],
      ['Ý kiến khác (nếu có)'],
    ]);
    // Phòng B: the appraisal marked criterion 3 not applicable; Phòng C: nothing changed.
    expect(values(layoutGrid(b.sheet)).slice(header + 1)).toEqual([['3', 'Phần mềm', 90, 'KAD', 'Không áp dụng'], ['Ý kiến khác (nếu có)']]);
    expect(values(layoutGrid(c.sheet)).pop()).toEqual(['Điểm thẩm định giống điểm tự đánh giá ở mọi tiêu chí. Ý kiến khác (nếu có)']);
  });

  it('gives the agency, group, totals, standard score, ratio, grade, rank, deadline and where to send it', () => {
    const [a] = drafts({ year: 2021, deadline: '15/11/2021', sendTo: 'Phòng Văn hóa và Thông tin' });
    const text = values(layoutGrid(a.sheet)).map((r) => r.join(' | '));
    expect(text.slice(0, 10)).toEqual([
      'KẾT QUẢ THẨM ĐỊNH DỰ THẢO',
      'Mức độ ứng dụng công nghệ thông tin năm 2021',
      '',
      'Tên cơ quan: Phòng A',
      'Nhóm: Cơ quan chuyên môn',
      '',
      // Self: 60 + 40 + 0 (KAD) + 0; appraised 50 + 40 + 70 − 10; standard 200.
      'Tổng điểm tự đánh giá | 100',
      'Tổng điểm thẩm định (dự thảo) | 150',
      'Điểm chuẩn | 200',
      'Tỷ lệ (%) | 75',
    ]);
    expect(text.slice(10, 12)).toEqual(['Xếp loại | Khá', 'Thứ hạng trong nhóm | 3/3']);
    expect(text.join('\n')).toContain('gửi về Phòng Văn hóa và Thông tin trước ngày 15/11/2021');
  });

  it('leaves only the reply cells open, one per listed criterion and one for other comments', () => {
    const [a] = drafts();
    const replyColumn = DRAFT_RESULT_HEADERS.indexOf('Ý kiến của cơ quan');
    expect(a.sheet.kind).toBe('draftResult');
    expect(a.sheet.inputs!.map((i) => [a.sheet.rows[i.row][0].value, i.column])).toEqual([['1', replyColumn], ['3', replyColumn], ['10', replyColumn], [null, replyColumn]]);
  });

  it('is not read back as a form, a summary table or a rubric', () => {
    const sheets = draftResults(assessment()).map((d) => layoutGrid(d.sheet));
    expect(describeSheets({ file: 'd.xlsx', sheets }).map((d) => d.kind)).toEqual(['feedbackRound', 'feedbackRound', 'feedbackRound']);
    // Beside the forms in one workbook (the pane writes them there), they are passed over without a word.
    const again = assess([{ file: 'f.xlsx', sheets: [RUBRIC, ...assessmentSheets(), ...sheets] }]);
    expect(again.issues).toEqual([]);
    expect(again.sheets!.filter((s) => s.kind === 'feedbackRound')).toHaveLength(3);
    expect(again.groups[0].agencies).toHaveLength(3);
  });

  it('gives agencies whose names share their first 31 characters tabs of their own', () => {
    const long = 'Trung tâm Văn hóa, Thông tin và Thể thao huyện';
    const result = assess([{ file: 'f.xlsx', sheets: [RUBRIC, form(long, [['1', 60, 50, ''], ['2', 40, 40, ''], ['3', 80, 80, ''], ['10', 0, 0, '']]), form(`${long} mới`, [['1', 60, 50, ''], ['2', 40, 40, ''], ['3', 80, 80, ''], ['10', 0, 0, '']])].map((g, i) => (i === 0 ? g : { ...g, sheet: `S${i}` })) }]);
    const names = draftResults(result).map((d) => d.sheet.name);
    expect(new Set(names).size).toBe(2);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });

  it('orders codes as numbers', () => {
    expect(['10', '2', '1.10', '1.2', '1'].sort(compareCodes)).toEqual(['1', '1.2', '1.10', '2', '10']);
  });
});
