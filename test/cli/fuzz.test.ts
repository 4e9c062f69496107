/**
 * `cntt validate` on files that are broken or are not workbooks at all: it answers 0, 1 or 2,
 * never with a stack trace; a file that is not a workbook gets exit 2 and one line. A fixed seed
 * and a bounded count keep the run the same every time.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-fuzz-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** mulberry32: the same bytes on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function validWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Tổng hợp').addRows([
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
    [1, 'Phòng Nội vụ', 806, 915],
    [2, 'Phòng Tư pháp', '870,00', 915],
  ]);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function write(name: string, data: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

async function expectClean(file: string, allowed: number[]) {
  const result = await cntt('validate', file);
  expect(allowed).toContain(result.code);
  expect(result.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
  expect(result.stderr).not.toMatch(/unexpected error/);
  return result;
}

describe('cntt validate on broken files', () => {
  it.each([
    ['an empty file', () => ''],
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, ((r) => () => Math.floor(r() * 256))(random(7))))],
    ['a CSV renamed .xlsx', () => 'STT,Tên cơ quan,Điểm đạt được\n1,Phòng A,800\n'],
    ['a text file', () => 'Trên đây là kết quả đánh giá'],
  ])('refuses %s in one line with exit 2', async (label, make) => {
    const result = await expectClean(write(`${label.replace(/\W+/g, '-')}.xlsx`, make()), [2]);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says what to do with an Excel 97-2003 .xls or a password-protected workbook', async () => {
    // Both are OLE2 compound files: this signature, then sectors.
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const result = await expectClean(write('ket-qua-2014.xls', ole2), [2]);
    expect(result.stderr).toBe(
      `cntt: ket-qua-2014.xls: tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu: hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu thành .xlsx / an Excel 97-2003 (.xls) or password-protected file: open it in Excel, remove the password if any, and save it as .xlsx\n`,
    );
  });

  it('refuses a zip that is not a workbook, and a truncated workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    await expectClean(write('zip.xlsx', await zip.generateAsync({ type: 'nodebuffer' })), [2]);
    const valid = await validWorkbook();
    await expectClean(write('truncated.xlsx', valid.subarray(0, valid.length >> 1)), [2]);
  });

  it('answers 0, 1 or 2 for workbooks with damaged bytes', async () => {
    const valid = await validWorkbook();
    const next = random(20211029);
    for (let i = 0; i < 25; i++) {
      const damaged = Buffer.from(valid);
      const flips = 1 + Math.floor(next() * 8);
      for (let k = 0; k < flips; k++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
      await expectClean(write(`damaged-${i}.xlsx`, damaged), [0, 1, 2]);
    }
  });

  it('reads a workbook of 200 sheets, and says none of them holds anything it can read', async () => {
    const workbook = new ExcelJS.Workbook();
    for (let i = 0; i < 200; i++) workbook.addWorksheet(`Sheet ${i + 1}`).getCell('A1').value = i;
    const file = write('many.xlsx', Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const result = await expectClean(file, [1]);
    expect(result.stderr).toContain('Không tìm thấy bảng tổng hợp, phiếu tự đánh giá hay bộ tiêu chí nào');
  });

  it('stops at a cell of 10 MB with a clear error, not a hang', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').getCell('A1').value = 'x'.repeat(10 * 1024 * 1024);
    const file = write('huge-cell.xlsx', Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const result = await expectClean(file, [2]);
    expect(result.stderr).toContain('a cell holds more than 100000 characters');
  });
});
