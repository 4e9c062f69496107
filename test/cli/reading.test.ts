import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { layout2014Rows, UNREAD_SHEET_ROWS } from '../fixtures/layout-2014';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-reading-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

type Sheet = { rows: unknown[][]; hiddenRows?: number[]; hiddenColumns?: number[] };

async function writeWorkbook(file: string, sheets: Record<string, unknown[][] | Sheet>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, content] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    const { rows, hiddenRows = [], hiddenColumns = [] } = Array.isArray(content) ? { rows: content } : content;
    sheet.addRows(rows);
    for (const r of hiddenRows) sheet.getRow(r).hidden = true;
    for (const c of hiddenColumns) sheet.getColumn(c).hidden = true;
  }
  const target = path.join(dir, file);
  await workbook.xlsx.writeFile(target);
  return target;
}

const unitTable = (prefix: string) => [
  ['STT', 'Tên đơn vị', 'Điểm đạt được\n(điểm)', 'Điểm chuẩn\n(điểm)', 'Tỷ lệ\n(%)'],
  [1, `${prefix} A`, 800, 1000, 80],
  [2, `${prefix} B`, 650.5, 1000, 65.05],
];

describe('the reading report through cntt', () => {
  it('validate prints, for three sheets one per group with unit headers, each table and header', async () => {
    const input = await writeWorkbook('ba-nhom.xlsx', { 'Cơ quan chuyên môn': unitTable('Phòng'), 'Đơn vị sự nghiệp': unitTable('Trung tâm'), 'UBND xã': unitTable('Xã') });
    const result = await cntt('validate', input);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ba-nhom.xlsx / Đơn vị sự nghiệp: bảng tổng hợp');
    expect(result.stdout).toContain('Bảng A1:E3 → nhóm «Đơn vị sự nghiệp» (theo tên trang tính)');
    expect(result.stdout).toContain('C1 «Điểm đạt được (điểm)» = điểm đạt được; D1 «Điểm chuẩn (điểm)» = điểm chuẩn');
    expect(result.stdout).toContain('6 cơ quan trong 3 nhóm; 0 lỗi');
    const json = JSON.parse((await cntt('validate', input, '--json', '-')).stdout);
    expect(json.sheets.map((s: { sheet: string; kind: string }) => `${s.sheet}:${s.kind}`)).toEqual(['Cơ quan chuyên môn:summary', 'Đơn vị sự nghiệp:summary', 'UBND xã:summary']);
    expect(json.sheets[0].tables[0].agencyRows).toEqual([2, 3]);
  });

  it('build gives the 2014 layout I / I.1 / II / II.1 two annexes and says where each group came from', async () => {
    const table = (names: string[]) => [['STT', 'Tên cơ quan', 'Tổng điểm', 'Điểm chuẩn'], ...names.map((n, i) => [i + 1, n, 900 - i * 50, 1000])];
    const input = await writeWorkbook('2014.xlsx', {
      'Kết quả': [
        ['I. CÁC SỞ, BAN, NGÀNH'],
        ['I.1. Xếp hạng Mức độ ứng dụng CNTT'],
        ...table(['Sở Nội vụ', 'Sở Tư pháp']),
        ['II. ỦY BAN NHÂN DÂN CẤP HUYỆN'],
        ['II.1. Xếp hạng Mức độ ứng dụng CNTT'],
        ...table(['UBND huyện Khánh Sơn', 'UBND TP. Nha Trang']),
      ],
    });
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', input, '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Phụ lục I: Sở, ban, ngành');
    expect(result.stdout).toContain('Phụ lục II: Ủy ban nhân dân cấp huyện');
    expect(result.stdout).toContain('Bảng A3:D5 → nhóm «Sở, ban, ngành» (theo tiêu đề A1; tiêu đề phụ «I.1. Xếp hạng Mức độ ứng dụng CNTT»)');
    expect((await readWorkbookFile(output)).sheets.map((s) => s.sheet)).toEqual(['Phụ lục I', 'Phụ lục II']);
  });

  it('passes over average and total rows with a note, and ranks the rest', async () => {
    const input = await writeWorkbook('tong.xlsx', {
      'Tổng hợp': [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng A', 800, 1000], [2, 'Phòng B', 600, 1000], [null, 'Tổng cộng', 1400, 2000], [null, 'Bình quân', 700, 1000], [null, null, 700, 1000]],
    });
    const result = await cntt('validate', input);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bỏ qua: dòng 4 «Tổng cộng» (dòng tổng); dòng 5 «Bình quân» (dòng trung bình); dòng 6 «700» (dòng trung bình)');
    expect(result.stderr).toContain('LƯU Ý tong.xlsx: Tổng hợp!A5: Dòng «Bình quân» là dòng trung bình, không phải một cơ quan: bỏ qua.');
    expect(result.stdout).toContain('2 cơ quan trong 1 nhóm');
  });

  it('prints for the 2014 layout and a sheet it cannot read exactly the report the README shows', async () => {
    const input = await writeWorkbook('ket-qua-2014.xlsx', {
      'Kết quả 2014': [...layout2014Rows(), [], ['Nơi nhận:']],
      'Khối xã': UNREAD_SHEET_ROWS,
    });
    const result = await cntt('validate', input);
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const shown = /```text\n\$ npx cntt validate ket-qua-2014\.xlsx\n([\s\S]*?)```/.exec(readme)![1];
    expect(result.stdout + result.stderr).toBe(shown);
  });

  it('reads hidden rows and columns with a warning at their cells, and leaves hidden rows out with --skip-hidden', async () => {
    const rows = [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng A', 800, 1000], [2, 'Phòng đã sáp nhập', 700, 1000], [3, 'Phòng C', 650, 1000]];
    const input = await writeWorkbook('an.xlsx', { 'Tổng hợp': { rows, hiddenRows: [3], hiddenColumns: [4] } });
    const read = await cntt('validate', input);
    expect(read.stderr).toContain('CẢNH BÁO an.xlsx: Tổng hợp!B3: Dòng của «Phòng đã sáp nhập» đang bị ẩn');
    // The field in words, never its glossary name («standard»).
    expect(read.stderr).toContain('CẢNH BÁO an.xlsx: Tổng hợp!D1: Cột «Điểm chuẩn» đang bị ẩn nhưng vẫn được đọc là điểm chuẩn.');
    expect(read.stdout).toContain('3 cơ quan');
    const skipped = await cntt('validate', input, '--skip-hidden');
    expect(skipped.stdout).toContain('Bỏ qua: dòng 3 «2» (dòng ẩn)');
    expect(skipped.stdout).toContain('2 cơ quan');
  });

  it('checks components under their short names against the preset', async () => {
    const input = await writeWorkbook('2014-tp.xlsx', {
      KQ: [
        ['I. CÁC SỞ, BAN, NGÀNH'],
        ['STT', 'Tên cơ quan', 'Hạ tầng', 'Nhân lực', 'Ứng dụng', 'Chính sách', 'Cổng TTĐT', 'ATTT', 'Tổng điểm'],
        [1, 'Sở Nội vụ', 130, 150, 380, 130, 90, 70, 950],
        [2, 'Sở Y tế', 100, 150, 380, 130, 90, 70, 900],
      ],
    });
    const result = await cntt('validate', input, '--rubric', 'khanh-hoa-2014');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('KQ!C3: Điểm 130 vượt điểm tối đa 120');
    expect(result.stderr).toContain('KQ!I4');
    expect(result.stdout).toContain('C2 «Hạ tầng» = thành phần «Hạ tầng CNTT»');
  });

  it('leaves its own annex among the inputs out with a note, and refuses an -o that is an input', async () => {
    const input = await writeWorkbook('tong-hop.xlsx', { 'Tổng hợp': [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng A', 800, 1000], [2, 'Phòng B', 700, 1000]] });
    const first = path.join(dir, 'phu-luc.xlsx');
    expect((await cntt('build', input, '-o', first)).code).toBe(0);
    const second = await cntt('build', input, first, '-o', path.join(dir, 'lan-2.xlsx'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('phu-luc.xlsx / Phụ lục I: phụ lục do công cụ này lập trước đây: bỏ qua');
    expect(second.stdout).not.toContain('Phụ lục II');
    expect(second.stderr).toContain('LƯU Ý phu-luc.xlsx: Phụ lục I: Trang «Phụ lục I» là phụ lục do công cụ này lập ra trước đây');
    const over = await cntt('build', input, first, '-o', path.join(dir, '.', 'phu-luc.xlsx'));
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('là cùng một tệp với');
  });

  it('build --live from separate files copies the scores and keeps ratio, grade and rank as formulas, never a reference to an input sheet', async () => {
    const input = await writeWorkbook('tong-hop.xlsx', { 'Tổng hợp': [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng A', 800, 1000], [2, 'Phòng B', 700, 1000]] });
    const output = path.join(dir, 'live.xlsx');
    const result = await cntt('build', input, '-o', output, '--live');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('điểm được chép vào phụ lục');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const formulas: string[] = [];
    workbook.getWorksheet('Phụ lục I')!.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.length).toBe(6);
    expect(formulas.filter((f) => f.includes('!'))).toEqual([]);
    expect(workbook.getWorksheet('Phụ lục I')!.getCell('C6').value).toBe(800);
  });

  it('warns of a sheet with numbers it could not read, naming the header cells it saw', async () => {
    const input = await writeWorkbook('la.xlsx', { 'Tổng hợp': unitTable('Phòng'), 'Khối huyện': [['Số TT', 'Cơ sở', 'Kết quả'], [1, 'Huyện A', 800], [2, 'Huyện B', 700]] });
    const result = await cntt('validate', input);
    expect(result.stderr).toContain('CẢNH BÁO la.xlsx: Khối huyện: Trang có số liệu nhưng không được đọc');
    expect(result.stdout).toContain('la.xlsx / Khối huyện: không đọc được bảng nào');
    expect(result.stdout).toContain('Ô tiêu đề thấy được: «Số TT», «Cơ sở», «Kết quả»');
  });

  it('says a formula with no saved value was never calculated', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRows([['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng A', { formula: 'SUM(E2:F2)' }, 1000]]);
    const input = path.join(dir, 'cong-thuc.xlsx');
    await workbook.xlsx.writeFile(input);
    const result = await cntt('validate', input);
    expect(result.stderr).toContain('S!C2: Ô điểm là công thức chưa được tính: mở tệp trong Excel và lưu lại.');
  });
});

describe('fill and forms read what offices keep', () => {
  it('fill stops at the Nơi nhận block under the office’s table', async () => {
    const input = await writeWorkbook('mau.xlsx', {
      'Phụ lục': [
        ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'],
        [null, 'Phòng A', 850, 1000, null, null],
        [null, 'Phòng B', 700, 1000, null, null],
        [],
        ['Nơi nhận:', null, null, 'KT. CHỦ TỊCH'],
        ['- Như trên;', 'Sở TT&TT', null, 'PHÓ CHỦ TỊCH'],
        [null, 'Lưu: VT', 12, 3],
      ],
    });
    const output = path.join(dir, 'ban-sao.xlsx');
    const result = await cntt('fill', input, '-o', output);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã điền 6 ô');
    const out = (await readWorkbookFile(output)).sheets[0].rows;
    expect(out.slice(4, 7).map((r) => r.slice(0, 6))).toEqual([
      ['Nơi nhận:', null, null, 'KT. CHỦ TỊCH'],
      ['- Như trên;', 'Sở TT&TT', null, 'PHÓ CHỦ TỊCH'],
      [null, 'Lưu: VT', 12, 3],
    ]);
  });

  it('forms --agencies reads a workbook list, Tên cơ quan | Nhóm, with or without STT', async () => {
    const list = await writeWorkbook('ds.xlsx', { 'Danh sách': [['STT', 'Tên cơ quan', 'Nhóm'], [1, 'Sở Nội vụ', 'Sở, ban, ngành'], [2, 'UBND huyện Khánh Sơn', 'UBND cấp huyện']] });
    const bare = await writeWorkbook('ds2.xlsx', { DS: [['Tên cơ quan', 'Nhóm'], ['Sở Y tế', 'Sở, ban, ngành']] });
    const out = path.join(dir, 'phieu');
    const result = await cntt('forms', '--rubric', 'khanh-hoa-2014', '--agencies', list, '-o', out);
    expect(result.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['Sở Nội vụ.xlsx', 'UBND huyện Khánh Sơn.xlsx']);
    expect((await cntt('forms', '--rubric', 'khanh-hoa-2014', '--agencies', bare, '-o', out)).code).toBe(0);
    expect(fs.readdirSync(out)).toContain('Sở Y tế.xlsx');
  });
});
