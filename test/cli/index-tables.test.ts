import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { cntt } from './run-cntt';

const example = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-so.xlsx');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-index-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A small index table as an office types it, the index as text with a decimal comma or as a number. */
async function indexWorkbook(rows: unknown[][], extra?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Xếp hạng tỉnh').addRows([['STT', 'Tỉnh, thành phố', 'Chỉ số', 'Xếp hạng'], ...rows]);
  extra?.(workbook);
  const file = path.join(dir, 'chi-so.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('index tables on the command line', () => {
  it('builds the example: STT | Tên | Chỉ số | Xếp hạng, the index with its places, ties 17, 17, 19', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const json = path.join(dir, 'ket-qua.json');
    const result = await cntt('build', example, '-o', output, '--json', json);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bảng chỉ số A4:C24 → nhóm «Tỉnh, thành phố»');
    expect(result.stdout).toContain('Quy định: quy định xếp loại, xếp hạng');
    expect(result.stdout).toMatch(/17 {3}Tỉnh Minh Châu \(ví dụ\) +0,633 +17\n18 {3}Tỉnh Quang Trung \(ví dụ\) +0,633 +17\n19 {3}Tỉnh Thanh Bình \(ví dụ\) +0,630 +19\n/);
    const rows = (await readWorkbookFile(output)).sheets.find((s) => s.sheet === 'Phụ lục I')!.rows;
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[header].filter((v) => v !== null)).toEqual(['STT', 'Tên', 'Chỉ số', 'Xếp hạng']);
    expect(rows.slice(header + 17, header + 20).map((r) => r.slice(0, 4))).toEqual([
      ['17', 'Tỉnh Minh Châu (ví dụ)', 0.633, 17],
      ['18', 'Tỉnh Quang Trung (ví dụ)', 0.633, 17],
      ['19', 'Tỉnh Thanh Bình (ví dụ)', 0.63, 19],
    ]);
    const annex = new ExcelJS.Workbook();
    await annex.xlsx.readFile(output);
    expect(annex.getWorksheet('Phụ lục I')!.getCell(header + 19, 3).numFmt).toBe('0.000'); // 0,630 printed with its three places
    const results = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(results.groups[0].agencies[16]).toMatchObject({ ordinal: '17', rank: 17, index: 0.633, achievedScore: null, standardScore: null, ratio: null, grade: null });
  });

  it('reports an unusable index at its cell, exits 1 and writes no annex', async () => {
    const input = await indexWorkbook([[1, 'Tỉnh A', '0,7'], [2, 'Tỉnh B', 'chưa có'], [3, 'Tỉnh C', 1.5], [4, 'Tỉnh D', null]]);
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', input, '-o', output);
    const errorLines = result.stderr.split('\n').filter((line) => line.startsWith('LỖI'));
    expect(errorLines).toEqual([
      'LỖI chi-so.xlsx: Xếp hạng tỉnh!C3: Ô chỉ số chứa «chưa có», không phải là số (ví dụ 0,633). [index-not-number]',
      'LỖI chi-so.xlsx: Xếp hạng tỉnh!C4: Chỉ số «1.5» nằm ngoài khoảng từ 0 đến 1. [index-out-of-range]',
      'LỖI chi-so.xlsx: Xếp hạng tỉnh!C5: Cơ quan «Tỉnh D» không có chỉ số nên không thể xếp hạng. [missing-index]',
    ]);
    expect([result.code, fs.existsSync(output)]).toEqual([1, false]);
  });

  it('refuses rules that rank on the ratio, at the rules sheet’s cell', async () => {
    const input = await indexWorkbook([[1, 'Tỉnh A', '0,7']], (workbook) => workbook.addWorksheet('Quy định').addRows([['Quy định', 'Giá trị'], ['Xếp hạng theo', 'tỷ lệ']]));
    const result = await cntt('validate', input);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('Quy định!B2: Quy định xếp hạng theo tỷ lệ');
  });

  it('says a live annex keeps an index table’s ranks as values, under the default rules too', async () => {
    const input = await indexWorkbook([[1, 'Tỉnh A', '0,7'], [2, 'Tỉnh B', '0,8']]);
    const result = await cntt('build', input, '-o', path.join(dir, 'live.xlsx'), '--live');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Xếp hạng theo chỉ số không viết được thành công thức Excel');
  });

  it('fills STT and Xếp hạng into the office’s own index table', async () => {
    const input = await indexWorkbook([[null, 'Tỉnh A', '0,633', null], [null, 'Tỉnh B', 0.7, null], [null, 'Tỉnh C', '0,633', null]]);
    const output = path.join(dir, 'da-dien.xlsx');
    const result = await cntt('fill', input, '-o', output);
    expect(result.code).toBe(0);
    const rows = (await readWorkbookFile(output)).sheets[0].rows;
    expect(rows.slice(1, 4).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['02', 'Tỉnh A', 2],
      ['01', 'Tỉnh B', 1],
      ['03', 'Tỉnh C', 2],
    ]);
  });
});
