import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { cntt } from './run-cntt';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-diff-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function summary(file: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Tổng hợp').addRows([['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ...rows]);
  const target = path.join(dir, file);
  await workbook.xlsx.writeFile(target);
  return target;
}

describe('cntt diff', () => {
  it('lists each changed agency, old → new, and whose rank or grade it moved', async () => {
    const draft = await summary('du-thao.xlsx', [
      [1, 'Phòng Nội vụ', 806, 915],
      [2, 'Phòng Tư pháp', 870, 915],
      [3, 'Phòng Dân tộc', 690, 1000],
      [4, 'Phòng Cũ', 500, 1000],
    ]);
    const final = await summary('cuoi-cung.xlsx', [
      [1, 'Phòng Nội vụ', 880.5, 915],
      [2, 'phòng tư pháp', 870, 915],
      [3, 'Phòng Dân tộc', 700, 1000],
      [4, 'Phòng Mới', 600, 1000],
    ]);
    const output = path.join(dir, 'thay-doi.xlsx');
    const result = await cntt('diff', draft, final, '-o', output);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'I Phòng Nội vụ: Tổng điểm 806,00 → 880,50; thứ hạng 2 → 1',
      'I phòng tư pháp: thứ hạng 1 → 2',
      'I Phòng Dân tộc: Tổng điểm 690,00 → 700,00; xếp loại Trung bình → Khá',
      'I Phòng Mới: Tổng điểm — → 600,00; thứ hạng — → 4; xếp loại — → Trung bình',
      'I Phòng Cũ: Tổng điểm 500,00 → —; thứ hạng 4 → —; xếp loại Trung bình → —',
      '5 cơ quan có thay đổi.',
      '',
    ]);
    const sheet = (await readWorkbookFile(output)).sheets[0];
    expect(sheet.sheet).toBe('Thay đổi');
    expect(sheet.rows[3]).toEqual(['01', 'I', 'Phòng Nội vụ', 'Thay đổi', 'Tổng điểm', 806, 880.5, 74.5, '2 → 1', 'Tốt']);
    expect(sheet.rows[4]).toEqual(['02', 'I', 'phòng tư pháp', 'Thay đổi', 'Điểm không đổi, thứ hạng thay đổi', null, null, null, '1 → 2', 'Tốt']);
  });
});

describe('diff of forms', () => {
  it('names the criterion whose appraised score changed, and the component it moved', async () => {
    const examples = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet');
    const rubric = await readWorkbookFile(path.join(examples, 'bo-tieu-chi.xlsx'));
    const draft = await readWorkbookFile(path.join(examples, 'phieu-tu-danh-gia.xlsx'));
    const final = structuredClone(draft);
    // In the final version the appraisal team lowered criterion 3.1 of the first form by 5 points.
    const sheet = final.sheets[0];
    const row = sheet.rows.find((r) => r[0] === '3.1')!;
    row[4] = (row[4] as number) - 5;
    // Its parent row sums its sub-criteria with a formula, which Excel recomputes.
    const parent = sheet.rows.find((r) => r[0] === '3')!;
    parent[4] = (parent[4] as number) - 5;
    const { assess } = await import('../../src/engine/assessing/assess');
    const { diffAssessments } = await import('../../src/engine/output/diff');
    const after = assess([rubric, final]);
    expect(after.issues).toEqual([]);
    const changes = diffAssessments(assess([rubric, draft]), after);
    expect(changes.map((c) => [c.agency, c.scores.map((s) => [s.item, s.from, s.to])])).toEqual([
      ['Phòng Nội vụ (ví dụ)', [['Tổng điểm', 49500, 49000], ['Ứng dụng CNTT trong nội bộ', 14000, 13500], ['3.1. Văn bản điện tử gửi nhận trên phần mềm', 5500, 5000]]],
    ]);
  });
});
