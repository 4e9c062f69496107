/**
 * The appraisal round end to end through the command line: filled forms with evidence and
 * reasons → each agency's draft result → replies typed into two of them → the summary of comments
 * → appraised scores changed → the final annexes and the diff naming the comments that moved a rank.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';

const rubricFile = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx');
const CODES = ['1', '2', '3.1', '3.2', '4', '5', '6', '7', '8'];
const TITLES: Record<string, string> = { 5: 'Thủ tục mức độ 3, 4', 2: 'Kết nối mạng, Internet' };

/** Self and appraised scores by code; a reason where they differ. */
interface Agency {
  name: string;
  self: number[];
  appraised: number[];
  reasons: Record<string, string>;
}

const DRAFT: Agency[] = [
  { name: 'Phòng A', self: [60, 40, 60, 40, 50, 150, 100, 50, 0], appraised: [60, 40, 60, 40, 50, 110, 100, 50, 0], reasons: { 5: 'Số hồ sơ trực tuyến thấp hơn báo cáo' } },
  { name: 'Phòng B', self: [60, 40, 60, 40, 50, 140, 90, 50, 0], appraised: [60, 35, 60, 40, 50, 140, 90, 50, 0], reasons: { 2: 'Chưa có đường truyền dự phòng' } },
  { name: 'Phòng C', self: [50, 30, 50, 30, 40, 120, 80, 40, 0], appraised: [50, 30, 50, 30, 40, 120, 80, 40, 0], reasons: {} },
];

async function writeForms(file: string, agencies: Agency[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const agency of agencies) {
    const sheet = workbook.addWorksheet(agency.name);
    sheet.addRow(['PHIẾU TỰ ĐÁNH GIÁ']);
    sheet.addRow([`Tên cơ quan: ${agency.name}`]);
    sheet.addRow(['Nhóm: Cơ quan chuyên môn']);
    sheet.addRow(['Mã', 'Tiêu chí', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Lý do']);
    CODES.forEach((code, i) => {
      const evidence = agency.self[i] > 0 ? `Báo cáo số ${10 + i}/BC-UBND, ngày 5/10/2021` : '';
      sheet.addRow([code, TITLES[code] ?? `Tiêu chí ${code}`, agency.self[i], agency.appraised[i], evidence, agency.reasons[code] ?? '']);
    });
  }
  await workbook.xlsx.writeFile(file);
}

/** Types a comment into the reply column of a criterion's row (the code in column A; null: the other-comments row). */
async function reply(file: string, code: string | null, comment: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  let header = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === 'Mã') header = n;
  });
  for (let n = header + 1; n <= sheet.rowCount; n++) {
    const value = sheet.getRow(n).getCell(1).value;
    if ((code === null && value === null) || value === code) sheet.getRow(n).getCell(7).value = comment;
  }
  await workbook.xlsx.writeFile(file);
}

/** The rows of a sheet's table under its header (the row whose first cell is `first`), the header included. */
async function sheetRows(file: string, name: string, first = 'STT'): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows = Array.from(workbook.getWorksheet(name)!.getSheetValues() as unknown[][], (r) => (r ?? []).slice(1));
  return rows.slice(rows.findIndex((r) => r[0] === first));
}

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-round-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const COMMENT_A = 'Đã có 150 hồ sơ trực tuyến, gửi kèm Báo cáo số 20/BC-UBND ngày 20/11/2021';
const COMMENT_B = 'Đề nghị giữ điểm 40: đã có đường truyền dự phòng';

it('goes from filled forms to draft results, replies, answered comments, final annexes and the diff naming the comment that moved a rank', async () => {
  const draftForms = path.join(dir, 'phieu-du-thao.xlsx');
  const finalForms = path.join(dir, 'phieu-cuoi-cung.xlsx');
  const drafts = path.join(dir, 'du-thao');
  await writeForms(draftForms, DRAFT);

  const feedback = await cntt('feedback', rubricFile, draftForms, '-o', drafts, '--year', '2021', '--deadline', '25/11/2021');
  expect(feedback.stderr).toBe('');
  expect(feedback.code).toBe(0);
  expect(fs.readdirSync(drafts).sort()).toEqual(['Phòng A.xlsx', 'Phòng B.xlsx', 'Phòng C.xlsx']);

  // Two agencies reply; the third sends its draft back untouched.
  await reply(path.join(drafts, 'Phòng A.xlsx'), '5', COMMENT_A);
  await reply(path.join(drafts, 'Phòng B.xlsx'), '2', COMMENT_B);
  const summaryFile = path.join(dir, 'tong-hop.xlsx');
  const replies = await cntt('replies', rubricFile, draftForms, '-r', drafts, '-o', summaryFile);
  expect(replies.stderr).toBe('');
  expect(replies.stdout).toContain('Đã tổng hợp 2 ý kiến của 2 cơ quan');
  const summary = await sheetRows(summaryFile, 'Tổng hợp ý kiến');
  expect(summary.slice(1).map((r) => r.slice(0, 8))).toEqual([
    ['01', 'Phòng B', '2', 'Kết nối mạng, Internet', 40, 35, COMMENT_B],
    ['02', 'Phòng A', '5', 'Thủ tục mức độ 3, 4', 150, 110, COMMENT_A],
  ]);

  // The team accepts Phòng A's comment (110 → 150) and keeps Phòng B's score.
  const final = DRAFT.map((a) => (a.name === 'Phòng A' ? { ...a, appraised: a.self, reasons: {} } : a));
  await writeForms(finalForms, final);
  const answered = await cntt('replies', rubricFile, finalForms, '-r', drafts, '-o', summaryFile);
  expect(answered.code).toBe(0);
  expect((await sheetRows(summaryFile, 'Tổng hợp ý kiến')).slice(1).map((r) => [r[1], r[5]])).toEqual([['Phòng A', 150], ['Phòng B', 35]]);

  const annexes = path.join(dir, 'phu-luc.xlsx');
  const build = await cntt('build', rubricFile, finalForms, '-o', annexes);
  expect(build.code).toBe(0);
  const annex = await sheetRows(annexes, 'Phụ lục I');
  expect(annex.filter((r) => /^0\d$/.test(String(r[0]))).map((r) => [r[1], r[2], r[5]])).toEqual([['Phòng A', 550, 'Tốt'], ['Phòng B', 525, 'Tốt'], ['Phòng C', 440, 'Khá']]);

  const changesFile = path.join(dir, 'thay-doi.xlsx');
  const diff = await cntt('diff', draftForms, finalForms, '--rubric', rubricFile, '-r', drafts, '-o', changesFile);
  expect(diff.code).toBe(0);
  expect(diff.stdout.split('\n')).toEqual([
    `I Phòng A: Tổng điểm 510,00 → 550,00; Dịch vụ công trực tuyến 210,00 → 250,00; 5. Thủ tục mức độ 3, 4 110,00 → 150,00 (theo ý kiến: tiêu chí 5: «${COMMENT_A}»); thứ hạng 2 → 1 (theo ý kiến: tiêu chí 5: «${COMMENT_A}»)`,
    'I Phòng B: thứ hạng 1 → 2',
    '2 cơ quan có thay đổi.',
    '',
  ]);
  const changes = await sheetRows(changesFile, 'Thay đổi');
  expect(changes[0]).toContain('Theo ý kiến của cơ quan');
  expect(changes.slice(1).map((r) => [r[2], r[4], r[10]])).toEqual([
    ['Phòng A', 'Tổng điểm', `Có: tiêu chí 5: «${COMMENT_A}»`],
    ['Phòng A', 'Dịch vụ công trực tuyến', `Có: tiêu chí 5: «${COMMENT_A}»`],
    ['Phòng A', '5. Thủ tục mức độ 3, 4', `Có: tiêu chí 5: «${COMMENT_A}»`],
    ['Phòng B', 'Điểm không đổi, thứ hạng thay đổi', 'Không'],
  ]);
  // Seven commands and a dozen workbooks: longer than jest's default 5 s on a busy machine.
}, 60_000);
