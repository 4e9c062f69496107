import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';

const examples = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet');
const inputs = [path.join(examples, 'bo-tieu-chi.xlsx'), path.join(examples, 'phieu-tu-danh-gia.xlsx')];
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-feedback-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cntt feedback', () => {
  it('writes one protected draft result per agency, only the reply cells open', async () => {
    const out = path.join(dir, 'du-thao');
    const result = await cntt('feedback', ...inputs, '-o', out, '--year', '2021', '--deadline', '15/11/2021', '--send-to', 'Phòng Văn hóa và Thông tin');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(
      ['Phòng Nội vụ (ví dụ).xlsx', 'Phòng Tư pháp (ví dụ).xlsx', 'UBND xã Sơn Bình (ví dụ).xlsx', 'UBND xã Sơn Trung (ví dụ).xlsx', 'Văn phòng HĐND và UBND (ví dụ).xlsx'],
    );
    expect(result.stdout).toContain('Đã ghi kết quả dự thảo của 5 cơ quan');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'Phòng Tư pháp (ví dụ).xlsx'));
    const sheet = workbook.worksheets[0];
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const unlocked: string[] = [];
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) unlocked.push(cell.address);
    }));
    const header = (sheet.getSheetValues() as unknown[][]).findIndex((r) => r && r[1] === 'Mã');
    // Phòng Tư pháp: five criteria changed (1, 3.2, 4, 5, 6), then the row for other comments.
    expect(unlocked).toEqual([1, 2, 3, 4, 5, 6].map((i) => `G${header + i}`));
    expect(sheet.getRow(header + 1).values).toEqual([undefined, '1', 'Tỷ lệ máy tính trên cán bộ', 60, 58, -2, 'Một số máy tính quá 5 năm sử dụng']);
    // A draft result is the agency's once sent: not marked as an annex the add-in may replace.
    expect(workbook.definedNames.model).toEqual([]);
  });

  it('writes nothing when the inputs have errors', async () => {
    const out = path.join(dir, 'du-thao');
    const result = await cntt('feedback', path.join(examples, 'phieu-tu-danh-gia.xlsx'), '--rubric', 'khanh-hoa-2014', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Dữ liệu có lỗi: chưa ghi kết quả dự thảo.');
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('cntt explain', () => {
  it('explains one agency of the example, and refuses a name it does not know', async () => {
    const result = await cntt('explain', ...inputs, '--agency', 'ubnd xã sơn trung (ví dụ)');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  3.1. Văn bản điện tử gửi nhận trên phần mềm: 45,00 / 60,00 — điểm thẩm định (tự đánh giá 50,00; lý do: Tỷ lệ văn bản điện tử thấp hơn báo cáo)');
    expect(result.stdout).toContain('  5. Thủ tục mức độ 3, 4 — bộ tiêu chí không áp dụng cho nhóm');
    expect(result.stdout).toContain('Thứ hạng: 2/2 trong nhóm; liền trên: UBND xã Sơn Bình (ví dụ) 82,50 % (hạng 1); liền dưới: —');
    const unknown = await cntt('explain', ...inputs, '--agency', 'Phòng Z');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('cntt: --agency: Không có cơ quan «Phòng Z» trong kết quả.\n');
  });
});
