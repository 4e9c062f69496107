import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { readKhanhSon2021 } from '../fixtures/khanh-son';

const examples = path.join(__dirname, '..', '..', 'examples');
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));


async function writeWorkbook(file: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  const target = path.join(dir, file);
  await workbook.xlsx.writeFile(target);
  return target;
}

describe('cntt build', () => {
  it('builds the published Khánh Sơn 2021 annexes from the example workbook', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const json = path.join(dir, 'results.json');
    const result = await cntt('build', path.join(examples, 'khanh-son-2021.xlsx'), '-o', output, '--json', json, '--year', '2021');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Phụ lục I: Cơ quan chuyên môn');
    const written = await readWorkbookFile(output);
    expect(written.sheets.map((s) => s.sheet)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    const published = readKhanhSon2021();
    const rows = written.sheets.flatMap((sheet) => sheet.rows.filter((r) => typeof r[0] === 'string' && /^\d\d$/.test(r[0] as string)));
    expect(rows.map((r) => r.slice(0, 6))).toEqual(
      published.map((p) => [p.ordinal, p.name, Number(p.achieved), Number(p.standard), Number(p.ratio), p.grade]),
    );
    const results = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(results.groups.map((g: { annex: string }) => g.annex)).toEqual(['I', 'II', 'III']);
    expect(results.issues).toEqual([]);
  });

  it('leaves out the sheets named by --skip-sheet, and says so of a name no input has', async () => {
    const input = await writeWorkbook('two-tables.xlsx', {
      'Tổng hợp': [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng Nội vụ', 806, 915], [2, 'Phòng Tư pháp', 700, 1000]],
      'Phụ lục I (bản cũ)': [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ['01', 'Phòng Nội vụ', 760, 915]],
    });
    const both = await cntt('build', input, '-o', path.join(dir, 'both.xlsx'));
    expect(both.stdout).toContain('Phụ lục II');
    const output = path.join(dir, 'one.xlsx');
    const result = await cntt('build', input, '-o', output, '--skip-sheet', 'phụ lục i (BẢN CŨ)');
    expect(result.code).toBe(0);
    expect((await readWorkbookFile(output)).sheets.map((s) => s.sheet)).toEqual(['Phụ lục I']);
    const missing = await cntt('validate', input, '--skip-sheet', 'Phụ lục II');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('cntt: --skip-sheet: không có trang tính / no such sheet: Phụ lục II\n');
  });

  it('refuses to write an annex when the inputs have errors, and lists them with their cells', async () => {
    const input = await writeWorkbook('bad.xlsx', {
      'Tổng hợp': [
        ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
        [1, 'Phòng A', 'tám trăm', 1000],
        [2, 'Phòng B', 1200, 1000],
      ],
    });
    const output = path.join(dir, 'out.xlsx');
    const result = await cntt('build', input, '-o', output, '--json', '-');
    expect(result.code).toBe(1);
    expect(fs.existsSync(output)).toBe(false);
    const json = JSON.parse(result.stdout);
    expect(json.issues.map((i: { code: string; sheet: string; cell: string }) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual([
      'not-a-number Tổng hợp!C2',
      'achieved-above-standard Tổng hợp!C3',
    ]);
    expect(result.stderr).toContain('bad.xlsx: Tổng hợp!C2: Ô điểm chứa «tám trăm», không phải là số.');
    expect(result.stderr).toContain('chưa ghi tệp phụ lục');
  });
});

describe('cntt validate', () => {
  it('exits 0 with warnings only and 1 with errors', async () => {
    const warnings = await writeWorkbook('warn.xlsx', {
      S: [
        ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Xếp loại'],
        [1, 'Phòng A', 800, 1000, 'Tốt'],
      ],
    });
    const ok = await cntt('validate', warnings);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('CẢNH BÁO warn.xlsx: S!E2');
    const english = await cntt('validate', warnings, '--lang', 'en');
    expect(english.stderr).toContain("WARNING warn.xlsx: S!E2: The sheet says grade «Tốt»; computed, it is «Khá».");
  });

  it('ends a long list with the issues counted per kind, by their short titles, in either language', async () => {
    const slips = await writeWorkbook('slips.xlsx', {
      S: [
        ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)'],
        [1, 'Phòng A', 'tám trăm', 1000, 80],
        [2, 'Phòng B', 'chín trăm', 1000, 90],
        [3, 'Phòng C', 1050.5, 1000, 99],
      ],
    });
    const vi = await cntt('validate', slips);
    expect(vi.stdout).toContain('Theo loại: 2 × Ô điểm không phải số; 1 × Điểm đạt được vượt điểm chuẩn; 1 × Tỷ lệ ghi khác tỷ lệ tính.');
    expect(vi.stderr).toContain('Điểm đạt được 1050,5 lớn hơn điểm chuẩn 1000.');
    const en = await cntt('validate', slips, '--lang', 'en');
    expect(en.stdout).toContain('By kind: 2 × Score is not a number; 1 × Achieved above standard; 1 × Typed ratio differs.');
    expect(en.stderr).toContain('Achieved score 1050.5 is above the standard score 1000.');
  });

  it('validates the detailed example against its rubric', async () => {
    const result = await cntt('validate', path.join(examples, 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx'), path.join(examples, 'vi-du-chi-tiet', 'phieu-tu-danh-gia.xlsx'), '--json', '-');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.groups.map((g: { name: string; agencies: unknown[] }) => [g.name, g.agencies.length])).toEqual([
      ['Cơ quan chuyên môn', 3],
      ['UBND xã, thị trấn', 2],
    ]);
  });
});

describe('exit status 2: the command cannot run', () => {
  it('for a missing file, in one line', async () => {
    const result = await cntt('validate', path.join(dir, 'nope.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('for a file that is not a workbook, in one line', async () => {
    const fake = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(fake, 'STT,Tên cơ quan\n1,A\n');
    const result = await cntt('build', fake, '-o', path.join(dir, 'o.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'o.xlsx'))).toBe(false);
  });

  it('for bad arguments and an unknown preset', async () => {
    expect((await cntt('build')).code).toBe(2);
    expect((await cntt('frobnicate')).code).toBe(2);
    const input = path.join(examples, 'khanh-son-2021.xlsx');
    const preset = await cntt('validate', input, '--rubric', 'no-such-preset');
    expect(preset.code).toBe(2);
    expect(preset.stderr).toContain('khanh-hoa-2014');
  });
});

describe('cntt --help', () => {
  it('speaks Vietnamese, commander headings included, and English with --lang en', async () => {
    const vi = await cntt('--help');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: cntt /);
    expect(vi.stdout).toContain('Lệnh:');
    expect(vi.stdout).toContain('hiển thị trợ giúp');
    expect(vi.stdout).not.toMatch(/Usage:|display help/);
    const en = await cntt('build', '--help', '--lang', 'en');
    expect(en.stdout).toMatch(/^Usage: cntt build /);
    expect(en.stdout).toContain('Write the ranking annexes to an .xlsx file');
  });

  it("says commander's choices and defaults in the help's language", async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const vi = flat((await cntt('build', '--help')).stdout);
    expect(vi).toContain('ngôn ngữ thông báo (chọn một trong: "vi", "en"; mặc định: "vi")');
    expect(vi).toContain('tệp phụ lục cần ghi (mặc định: "phu-luc.xlsx")');
    expect(vi).not.toMatch(/choices:|default:/);
    const en = flat((await cntt('validate', '--help', '--lang', 'en')).stdout);
    expect(en).toContain('language of the messages (choices: "vi", "en"; default: "vi")');
  });
});
