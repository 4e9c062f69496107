import { assess } from '../../src/engine/assessing/assess';
import { commentsSheet } from '../../src/engine/output/comments';
import { draftResults } from '../../src/engine/output/draft-result';
import { readReplies } from '../../src/engine/reading/replies';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { layoutGrid, typeInto } from '../support/layout-grid';

const RUBRIC: Grid = {
  sheet: 'Bộ tiêu chí',
  merges: [],
  rows: [['Mã', 'Tiêu chí', 'Điểm tối đa'], ['1', 'Máy tính', 60], ['2', 'Mạng', 40], ['3', 'Phần mềm', 100]],
};

const form = (name: string, rows: [string, CellValue, CellValue][]): Grid => ({
  sheet: name,
  merges: [],
  rows: [
    [`Tên cơ quan: ${name}`],
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Lý do'],
    ...rows.map(([code, self, appraised]) => [code, `Tiêu chí ${code}`, null, self, appraised, appraised === null ? '' : 'Thiếu tài liệu']),
  ],
});

const inputs = [{ file: 'phieu.xlsx', sheets: [RUBRIC,
  form('Phòng A', [['1', 60, 50], ['2', 40, 30], ['3', 90, null]]),
  form('Phòng B', [['1', 50, null], ['2', 40, 20], ['3', 80, null]]),
] }];

/** Each agency's draft result as a returned file, its rows found by code. */
function returned() {
  const assessment = assess(inputs);
  expect(assessment.issues).toEqual([]);
  const files = new Map(draftResults(assessment).map((d) => [d.agency.name, { file: `${d.agency.name}.xlsx`, sheets: [layoutGrid(d.sheet)] }]));
  const rowOf = (agency: string, code: string | null) => files.get(agency)!.sheets[0].rows.findIndex((r, i) => i > 15 && (code === null ? r[0] === null && r[1] !== null : r[0] === code));
  const reply = (agency: string, code: string | null, text: string) => typeInto(files.get(agency)!.sheets[0], rowOf(agency, code), 6, text);
  return { assessment, files, rowOf, reply };
}

describe('replies to the draft results', () => {
  it('lists each comment by agency and criterion with the current scores, other comments last', () => {
    const { assessment, files, reply } = returned();
    reply('Phòng A', '2', 'Đã có đường truyền dự phòng từ tháng 9, gửi kèm hợp đồng số 12/HĐ ngày 1/9/2021');
    reply('Phòng A', null, 'Đề nghị xem lại cách tính');
    reply('Phòng A', '1', 'Máy tính mới mua năm 2021');
    reply('Phòng B', '2', 'Đồng ý');
    const read = readReplies([...files.values()], assessment);
    expect(read.issues).toEqual([]);
    expect(read.replies.map((r) => [r.agency, r.criterion, r.comment, r.cell])).toEqual([
      ['Phòng A', '1', 'Máy tính mới mua năm 2021', 'G18'],
      ['Phòng A', '2', 'Đã có đường truyền dự phòng từ tháng 9, gửi kèm hợp đồng số 12/HĐ ngày 1/9/2021', 'G19'],
      ['Phòng A', null, 'Đề nghị xem lại cách tính', 'G20'],
      ['Phòng B', '2', 'Đồng ý', 'G18'],
    ]);

    // The team raised criterion 2 of Phòng A after the comment: the summary shows the score as it is now.
    const now = assess([{ ...inputs[0], sheets: [RUBRIC, form('Phòng A', [['1', 60, 50], ['2', 40, 40], ['3', 90, null]]), inputs[0].sheets[2]] }]);
    const sheet = layoutGrid(commentsSheet(read.replies, now));
    expect(sheet.rows[2]).toEqual(['STT', 'Tên cơ quan', 'Mã', 'Tiêu chí', 'Điểm tự đánh giá', 'Điểm thẩm định hiện tại', 'Ý kiến của cơ quan', 'Trả lời của tổ thẩm định', 'Nơi ghi ý kiến']);
    expect(sheet.rows.slice(3).map((r) => r.slice(0, 8))).toEqual([
      // In the order of the current ranking: Phòng A (90 %) now before Phòng B (75 %).
      ['01', 'Phòng A', '1', 'Máy tính', 60, 50, 'Máy tính mới mua năm 2021', null],
      ['02', 'Phòng A', '2', 'Mạng', 40, 40, 'Đã có đường truyền dự phòng từ tháng 9, gửi kèm hợp đồng số 12/HĐ ngày 1/9/2021', null],
      ['03', 'Phòng A', null, 'Ý kiến khác (nếu có)', null, null, 'Đề nghị xem lại cách tính', null],
      ['04', 'Phòng B', '2', 'Mạng', 40, 20, 'Đồng ý', null],
    ]);
    expect(sheet.rows[6][8]).toBe('Phòng B.xlsx: Phòng B!G18');
  });

  it('is an error at the cell: a criterion the form lacks, a row of another agency, a file of another agency, an unknown agency', () => {
    const { assessment, files, rowOf, reply } = returned();
    const a = files.get('Phòng A')!.sheets[0];
    reply('Phòng A', '1', 'Ý kiến 1');
    typeInto(a, rowOf('Phòng A', '1'), 0, '4');
    reply('Phòng A', '2', 'Ý kiến 2');
    typeInto(a, rowOf('Phòng A', '2'), 2, 50);
    const b = files.get('Phòng B')!.sheets[0];
    typeInto(b, 3, 0, 'Tên cơ quan: Phòng A');
    const stray = { file: 'gop-y.xlsx', sheets: [{ ...layoutGrid(draftResults(assessment)[0].sheet), sheet: 'Khác' }] };
    typeInto(stray.sheets[0], 3, 0, 'Tên cơ quan: Phòng Z');
    const read = readReplies([...files.values(), stray], assessment);
    expect(read.issues.map((i) => `${i.code}@${i.file}:${i.sheet}!${i.cell}`)).toEqual([
      'reply-unknown-criterion@Phòng A.xlsx:Phòng A!A18',
      'reply-row-of-other-agency@Phòng A.xlsx:Phòng A!C19',
      'reply-file-of-other-agency@Phòng B.xlsx:Phòng B!A4',
      'reply-unknown-agency@gop-y.xlsx:Khác!A4',
    ]);
    expect(read.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(read.issues[1].message).toBe('Dòng tiêu chí 2 ghi điểm tự đánh giá 50, khác điểm 40 của «Phòng A»: có thể dòng này chép từ kết quả dự thảo của cơ quan khác.');
    expect(read.replies).toEqual([]);
  });
});
