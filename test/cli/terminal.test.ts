/**
 * What reaches the terminal: a workbook's names and text never carry a control character, an
 * escape sequence or a bidirectional override to the screen; `--json -` still holds the exact
 * text. ExcelJS's own console warnings never print, and errors no command names get a line of
 * their own.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';
import { errorLine } from '../../src/cli/errors';
import { terminalSafe } from '../../src/cli/terminal';
import { sheetXml, workbookWith } from '../support/hostile-xlsx';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-terminal-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ESC = '\u001b';
// Clears the screen, retitles the window, then prints over the line with a forged count.
const HOSTILE_NAME = `Phòng Nội vụ${ESC}[2J${ESC}]0;pwned\u0007\r0 lỗi, 0 cảnh báo\u009b31m\u202egnp.exe`;
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function hostileNames(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(`Tổng${ESC}c`).addRows([
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
    [1, HOSTILE_NAME, 806, 915],
    [2, 'Phòng Tư pháp', 870, 915],
  ]);
  const file = path.join(dir, 'escape.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('safe terminal output', () => {
  it('prints names and cell text from a workbook with their control characters escaped', async () => {
    const file = await hostileNames();
    const [validated, built] = [await cntt('validate', file), await cntt('build', file, '-o', path.join(dir, 'out.xlsx'))];
    for (const result of [validated, built]) expect(result.stdout + result.stderr).not.toMatch(UNSAFE);
    // The reader drops C0 and C1 from names; the override it keeps is shown escaped.
    expect(built.stdout).toContain('\\u202egnp.exe');
    // A file name goes straight to the error line.
    const missing = await cntt('validate', path.join(dir, `x${ESC}[2J${ESC}]0;pwned\u0007.xlsx`));
    expect(missing.stderr).toContain('x\\u001b[2J\\u001b]0;pwned\\u0007.xlsx');
    expect(missing.stderr).not.toMatch(UNSAFE);
  });

  it('keeps the exact text in --json - and in the .xlsx written', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tổng hợp').addRows([
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, HOSTILE_NAME, 806, 915],
    ]);
    const file = path.join(dir, 'name.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await cntt('build', file, '-o', path.join(dir, 'out.xlsx'), '--json', '-');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(UNSAFE);
    // The reader tidies names (control characters out, the override kept): JSON keeps what it read, exactly.
    const name = JSON.parse(result.stdout).groups[0].agencies[0].name;
    expect(name).toMatch(/^Phòng Nội vụ.*\u202egnp\.exe$/);
    const annex = new ExcelJS.Workbook();
    await annex.xlsx.readFile(path.join(dir, 'out.xlsx'));
    const names: unknown[] = [];
    annex.worksheets[0].eachRow((row) => names.push(row.getCell(2).value));
    expect(names).toContain(name);
  });

  it('escapes C0 but newline and tab, DEL, C1 and bidirectional controls, as \\uXXXX', () => {
    expect(terminalSafe(`a${ESC}b\tc\nd\u007f\u0085\u202e\u2066`)).toBe('a\\u001bb\tc\nd\\u007f\\u0085\\u202e\\u2066');
  });

  it('never lets ExcelJS print its warning about a 100,000-character sheet name', async () => {
    const file = path.join(dir, 'long-name.xlsx');
    fs.writeFileSync(file, workbookWith(sheetXml(''), [], '', 'S'.repeat(100_000)));
    const warn = jest.spyOn(console, 'warn');
    try {
      const result = await cntt('validate', file);
      expect(warn).not.toHaveBeenCalled();
      expect(result.stderr.length).toBeLessThan(2000);
    } finally {
      warn.mockRestore();
    }
  });

  it('gives file-system errors and exhausted computations their own line', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/tmp/x.xlsx', syscall: 'open' });
    expect(errorLine(missing)).toBe('không tìm thấy tệp hay thư mục /tmp/x.xlsx / no such file or folder /tmp/x.xlsx');
    expect(errorLine(new RangeError('Maximum call stack size exceeded'))).toBe('dữ liệu quá lớn để xử lý trong một lần / the data is too large to process at once');
    expect(errorLine(new Error('first\nsecond'))).toBe('lỗi không mong đợi / unexpected error: first');
  });
});
