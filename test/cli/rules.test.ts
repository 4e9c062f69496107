import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { cntt } from './run-cntt';

const example = path.join(__dirname, '..', '..', 'examples', 'khanh-son-2021.xlsx');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-rules-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function rulesFile(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Quy định');
  sheet.addRows([['Quy định', 'Giá trị'], ...rows]);
  const file = path.join(dir, 'quy-dinh.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function sheetRows(file: string, sheet: string) {
  return (await readWorkbookFile(file)).sheets.find((s) => s.sheet === sheet)!.rows;
}

describe('cntt build --rules', () => {
  it('grades and ranks by a rules file, says so in the annex, and shows ranks where the STT does not', async () => {
    const rules = await rulesFile([['Xếp loại', 'Xuất sắc ≥ 95; Tốt ≥ 90; Đạt'], ['Hạng bằng nhau', 'cùng hạng liên tiếp'], ['Làm tròn', 1]]);
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', example, '--rules', rules, '-o', output);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Quy định xếp loại, xếp hạng: trang «Quy định» của tệp quy-dinh.xlsx');
    const rows = await sheetRows(output, 'Phụ lục I');
    expect(rows.flat()).toContain('Quy định xếp loại, xếp hạng: trang «Quy định» của tệp quy-dinh.xlsx');
    const table = rows.filter((r) => typeof r[0] === 'string' && /^\d\d$/.test(r[0] as string));
    // Ratios to one place: 97.27 and 97.26 both become 97.3 and share rank 2; Tư pháp and Tài
    // nguyên tie at 95.1 and share rank 5; no rank is skipped.
    expect(table.slice(0, 9).map((r) => [r[1], r[4], r[5], r[7]])).toEqual([
      ['Thanh tra huyện', 98.6, 'Xuất sắc', 1],
      ['Văn phòng HĐND&UBND', 97.3, 'Xuất sắc', 2],
      ['Phòng Dân tộc', 97.3, 'Xuất sắc', 2],
      ['Phòng Lao động - Thương binh và Xã hội', 96.2, 'Xuất sắc', 3],
      ['Phòng Tài chính - Kế hoạch', 95.6, 'Xuất sắc', 4],
      ['Phòng Tư pháp', 95.1, 'Xuất sắc', 5],
      ['Phòng Tài nguyên và Môi trường', 95.1, 'Xuất sắc', 5],
      ['Phòng Văn hóa và Thông tin', 94.8, 'Tốt', 6],
      ['Phòng Nông nghiệp và PTNT', 94.5, 'Tốt', 7],
    ]);
  });

  it('reports a rules file’s errors at their cells and writes no annex', async () => {
    const rules = await rulesFile([['Xếp loại', 'Tốt ≥ 85; Khá ≥ 90; Yếu'], ['Làm tròn', 'hai']]);
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', example, '--rules', rules, '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('quy-dinh.xlsx: Quy định!B2');
    expect(result.stderr).toContain('quy-dinh.xlsx: Quy định!B3');
    expect(fs.existsSync(output)).toBe(false);
  });

  it('takes a preset by name, and refuses an unknown one with exit 2', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', example, '--rules', 'khanh-hoa-2014', '-o', output, '--rank-column');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('mẫu khanh-hoa-2014 (Thông báo 29/TB-HĐTĐ');
    const table = (await sheetRows(output, 'Phụ lục I')).filter((r) => typeof r[0] === 'string' && /^\d\d$/.test(r[0] as string));
    // --rank-column: every annex gets the column. The 2014 rule ranks on the score: 903 of 1000 is first.
    expect(table.map((r) => [r[1], r[7]]).slice(0, 2)).toEqual([['Phòng Giáo dục và Đào tạo', 1], ['Văn phòng HĐND&UBND', 2]]);
    const unknown = await cntt('build', example, '--rules', 'tinh-xyz', '-o', output);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('khanh-hoa-2020');
  });
});

describe('the example rule sets in examples/quy-dinh/', () => {
  const folder = path.join(__dirname, '..', '..', 'examples', 'quy-dinh');

  it.each(fs.readdirSync(folder).filter((f) => f.endsWith('.xlsx')))('%s reads without a problem and grades the 2021 example', async (file) => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', example, '--rules', path.join(folder, file), '-o', output);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`trang «Quy định» của tệp ${file}`);
  });

});
