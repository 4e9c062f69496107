import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';
import { assess } from '../../src/engine/assessing/assess';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';

const rubricFile = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-forms-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));


describe('cntt forms', () => {
  it('writes one protected form per agency that the form reader reads back', async () => {
    const list = path.join(dir, 'co-quan.txt');
    fs.writeFileSync(list, 'Tên cơ quan; Nhóm\nPhòng Nội vụ; Cơ quan chuyên môn\nUBND xã Sơn Bình; UBND xã, thị trấn\n=Tên lạ/độc; Cơ quan chuyên môn\n');
    const out = path.join(dir, 'phieu');
    const result = await cntt('forms', '--rubric', rubricFile, '--agencies', list, '-o', out, '--year', '2025');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['=Tên lạ-độc.xlsx', 'Phòng Nội vụ.xlsx', 'UBND xã Sơn Bình.xlsx'].sort());

    // Protection, unlocked inputs and the validation rule on a score cell.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'Phòng Nội vụ.xlsx'));
    const sheet = workbook.worksheets[0];
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const rows = sheet.getSheetValues() as unknown[][];
    const first = rows.findIndex((r) => r && r[1] === '1');
    const score = sheet.getRow(first).getCell(4);
    expect(score.protection).toMatchObject({ locked: false });
    expect(score.dataValidation).toMatchObject({ type: 'custom', formulae: [`OR(UPPER(D${first})="KAD",AND(ISNUMBER(D${first}),D${first}>=0,D${first}<=60))`] });
    expect(sheet.getRow(first).getCell(2).protection?.locked).not.toBe(false);

    // The commune's form marks the criterion that does not apply to communes.
    const commune = await readWorkbookFile(path.join(out, 'UBND xã Sơn Bình.xlsx'));
    expect(commune.sheets[0].rows.some((r) => r[0] === '5' && r[2] === 'KAD' && r[3] === 'KAD')).toBe(true);

    // Filled in, each score with its evidence, the forms read back as agencies of their groups.
    for (const [i, row] of rows.entries()) {
      if (row && typeof row[1] === 'string' && /^\d+(\.\d+)?$/.test(row[1]) && typeof row[3] === 'number') {
        sheet.getRow(i).getCell(4).value = Math.max(0, row[3]);
        sheet.getRow(i).getCell(5).value = `Báo cáo số ${i}/BC-NV, ngày 10/01/2025`;
      }
    }
    await workbook.xlsx.writeFile(path.join(out, 'Phòng Nội vụ.xlsx'));
    const rubric = await readWorkbookFile(rubricFile);
    const filled = await readWorkbookFile(path.join(out, 'Phòng Nội vụ.xlsx'));
    const assessment = assess([rubric, filled]);
    expect(assessment.issues).toEqual([]);
    expect(assessment.groups[0].agencies[0]).toMatchObject({ name: 'Phòng Nội vụ', ratio: 10000, grade: 'Tốt' });
  });

  it('treats a score without evidence as a warning, and as an error with --require-evidence', async () => {
    const list = path.join(dir, 'co-quan.txt');
    fs.writeFileSync(list, 'Phòng Nội vụ; Cơ quan chuyên môn\n');
    const out = path.join(dir, 'phieu');
    expect((await cntt('forms', '--rubric', rubricFile, '--agencies', list, '-o', out)).code).toBe(0);
    const form = path.join(out, 'Phòng Nội vụ.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(form);
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues() as unknown[][];
    const first = rows.findIndex((r) => r && r[1] === '1');
    for (const [i, row] of rows.entries()) {
      if (row && typeof row[1] === 'string' && /^\d+(\.\d+)?$/.test(row[1]) && typeof row[3] === 'number') sheet.getRow(i).getCell(4).value = row[3];
    }
    await workbook.xlsx.writeFile(form);

    const lenient = await cntt('validate', rubricFile, form);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(`CẢNH BÁO Phòng Nội vụ.xlsx: Phiếu tự đánh giá!E${first}: Tiêu chí 1 được 60 điểm nhưng chưa ghi tài liệu kiểm chứng. [evidence-missing]`);
    const strict = await cntt('validate', rubricFile, form, '--require-evidence');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`LỖI Phòng Nội vụ.xlsx: Phiếu tự đánh giá!E${first}: Tiêu chí 1 được 60 điểm nhưng chưa ghi tài liệu kiểm chứng. [evidence-missing]`);
  });

  it('reports an agency whose group the rubric does not have, and writes the others', async () => {
    const list = path.join(dir, 'co-quan.txt');
    fs.writeFileSync(list, 'Phòng Nội vụ; Cơ quan chuyên môn\nSở Lạ; Khối không có\n');
    const result = await cntt('forms', '--rubric', rubricFile, '--agencies', list, '-o', path.join(dir, 'p'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nhóm «Khối không có» không có trong bộ tiêu chí');
    expect(fs.readdirSync(path.join(dir, 'p'))).toEqual(['Phòng Nội vụ.xlsx']);
  });
});

describe('cntt fill', () => {
  it('fills STT, ratio and grade into a copy of the office’s own sheet, keeping its formatting', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phụ lục của phòng');
    sheet.addRows([
      ['BẢNG KẾT QUẢ'],
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'],
      [null, 'Phòng B', 499.95, 1000, 49.99, 'Yếu'],
      [null, 'Phòng A', 850, 1000, null, null],
    ]);
    sheet.getCell('B3').font = { name: 'Times New Roman', bold: true };
    const input = path.join(dir, 'in.xlsx');
    await workbook.xlsx.writeFile(input);
    const before = fs.readFileSync(input);
    const output = path.join(dir, 'out.xlsx');
    const result = await cntt('fill', input, '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã điền 6 ô');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const out = await officeSheetOf(output);
    expect([3, 4].map((r) => [1, 2, 5, 6].map((c) => out.getRow(r).getCell(c).value))).toEqual([
      ['02', 'Phòng B', 50, 'Trung bình'],
      ['01', 'Phòng A', 85, 'Tốt'],
    ]);
    expect(out.getCell('B3').font).toMatchObject({ bold: true });
    expect(out.getCell('A1').value).toBe('BẢNG KẾT QUẢ');
  });

  async function officeSheetOf(file: string): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook.getWorksheet('Phụ lục của phòng')!;
  }

  async function officeSheet(file: string, rows: unknown[][]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phụ lục của phòng');
    sheet.addRows([['BẢNG KẾT QUẢ'], ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại', 'Ghi chú'], ...rows]);
    sheet.getCell('B4').font = { name: 'Times New Roman', italic: true };
    await workbook.xlsx.writeFile(file);
  }

  it('with --sort, puts the rows in rank order, each row keeping its own cells and formatting', async () => {
    const input = path.join(dir, 'unsorted.xlsx');
    await officeSheet(input, [
      [null, 'Phòng C', 700, 1000, null, null, 'ghi chú C'],
      [null, 'Phòng A', 900, 1000, null, null, 'ghi chú A'],
      [null, 'Phòng D', 700, 1000, null, null, null],
      [null, 'Phòng B', 800, 1000, null, null, 'ghi chú B'],
    ]);
    const output = path.join(dir, 'sorted.xlsx');
    const result = await cntt('fill', input, '-o', output, '--sort');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã sắp xếp theo thứ hạng: Phụ lục của phòng');
    const out = await officeSheetOf(output);
    expect([3, 4, 5, 6].map((r) => [1, 2, 3, 5, 6, 7].map((c) => out.getRow(r).getCell(c).value))).toEqual([
      ['01', 'Phòng A', 900, 90, 'Tốt', 'ghi chú A'],
      ['02', 'Phòng B', 800, 80, 'Khá', 'ghi chú B'],
      ['03', 'Phòng C', 700, 70, 'Khá', 'ghi chú C'],
      ['04', 'Phòng D', 700, 70, 'Khá', null],
    ]);
    // Phòng A's name was italic in row 4; the formatting went with it to row 3.
    expect(out.getCell('B3').font).toMatchObject({ italic: true });
    expect(out.getCell('B4').font?.italic).toBeFalsy();
  });

  it('with --sort, leaves a table holding formulas unsorted and says which cell stopped it', async () => {
    const input = path.join(dir, 'formulas.xlsx');
    await officeSheet(input, [
      [null, 'Phòng C', 700, 1000, { formula: 'ROUND(C3/D3*100,2)', result: 70 }, null],
      [null, 'Phòng A', 900, 1000, { formula: 'ROUND(C4/D4*100,2)', result: 90 }, null],
    ]);
    const output = path.join(dir, 'formulas-out.xlsx');
    const result = await cntt('fill', input, '-o', output, '--sort');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Phụ lục của phòng!E3: bảng có công thức nên chưa sắp xếp');
    const out = await officeSheetOf(output);
    expect([3, 4].map((r) => [1, 2, 6].map((c) => out.getRow(r).getCell(c).value))).toEqual([
      ['02', 'Phòng C', 'Khá'],
      ['01', 'Phòng A', 'Tốt'],
    ]);
    expect(out.getCell('E4').formula).toBe('ROUND(C4/D4*100,2)');
  });
});

describe('cntt team-forms', () => {
  const examples = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet');
  const inputs = [path.join(examples, 'bo-tieu-chi.xlsx'), path.join(examples, 'phieu-tu-danh-gia.xlsx')];

  it("writes the team's form per agency: self scores and evidence locked as sent, appraised score and reason open, read back as the same scores", async () => {
    const out = path.join(dir, 'tham-dinh');
    const result = await cntt('team-forms', ...inputs, '-o', out, '--year', '2021');
    expect(result.code).toBe(0);
    expect(fs.readdirSync(out)).toHaveLength(5);
    const file = path.join(out, 'UBND xã Sơn Trung (ví dụ).xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const unlocked = new Set<string>();
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) unlocked.add(cell.address.replace(/\d+/, ''));
    }));
    expect([...unlocked].sort()).toEqual(['F', 'G']);
    const rows = sheet.getSheetValues() as unknown[][];
    const row31 = rows.find((r) => r && r[1] === '3.1')!;
    expect(row31.slice(1, 8)).toEqual(['3.1', 'Văn bản điện tử gửi nhận trên phần mềm', 60, 50, 'Quyết định số 40/QĐ-UBND, ngày 8/10/2021', 45, 'Tỷ lệ văn bản điện tử thấp hơn báo cáo']);
    const f31 = sheet.getRow(rows.indexOf(row31)).getCell(6);
    expect(f31.dataValidation).toMatchObject({ type: 'custom', formulae: [expect.stringContaining('<=60')] });
    const texts = rows.flatMap((r) => (r ?? []).filter((v) => typeof v === 'string'));
    expect(texts).toEqual(expect.arrayContaining(['ĐẠI DIỆN CƠ QUAN ĐƯỢC THẨM ĐỊNH', 'TỔ TRƯỞNG TỔ THẨM ĐỊNH', '……………, ngày …… tháng …… năm ……']));

    // Read back as a form, it gives the scores of the agency's filled form.
    const [rubric, filled, original] = [await readWorkbookFile(inputs[0]), await readWorkbookFile(file), await readWorkbookFile(inputs[1])];
    const before = assess([rubric, original]).groups.flatMap((g) => g.agencies).find((a) => a.name === 'UBND xã Sơn Trung (ví dụ)')!;
    const after = assess([rubric, filled]);
    expect(after.issues).toEqual([]);
    expect(after.groups[0].agencies[0]).toMatchObject({ name: before.name, achievedScore: before.achievedScore, standardScore: before.standardScore, selfScore: before.selfScore });
  });

  it('makes no team form for a sheet left out with --skip-sheet', async () => {
    const out = path.join(dir, 'tham-dinh');
    const result = await cntt('team-forms', ...inputs, '-o', out, '--skip-sheet', 'Phiếu 1');
    expect(result.code).toBe(0);
    expect(fs.readdirSync(out)).toHaveLength(4);
  });
});
