import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { previousFromWorkbook } from '../../src/engine/output/previous';

const examples = path.join(__dirname, '..', '..', 'examples');
const NOTICE = 'Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-notice-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cntt build --notice', () => {
  it('prints "(Kèm theo …)" in italics under each annex title, and the annex still reads back as last year\'s results', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', path.join(examples, 'khanh-son-2021.xlsx'), '-o', output, '--year', '2021', '--notice', NOTICE);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    for (const sheet of workbook.worksheets.filter((s) => s.state === 'visible')) {
      expect(sheet.getCell('A3').value).toBe(`(Kèm theo ${NOTICE})`);
      expect(sheet.getCell('A3').font).toMatchObject({ italic: true });
    }
    const previous = previousFromWorkbook(await readWorkbookFile(output));
    expect(previous.size).toBe(26);
  });

  it('prints the signature block under each annex and keeps it, with the notice, on a hidden sheet that the next build reads', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const signed = await cntt(
      'build', path.join(examples, 'khanh-son-2021.xlsx'), '-o', output, '--notice', NOTICE,
      '--recipient', 'Như trên', '--recipient', 'Lưu: VT',
      '--signer-title', 'TM. ỦY BAN NHÂN DÂN', '--signer-title', 'KT. CHỦ TỊCH', '--signer-title', 'PHÓ CHỦ TỊCH', '--signer', 'Nguyễn Văn A',
    );
    expect(signed.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const texts = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((v) => typeof v === 'string') : []));
    const annex = workbook.getWorksheet('Phụ lục I')!;
    expect(texts(annex)).toEqual(expect.arrayContaining(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']));
    const settings = workbook.getWorksheet('CNTT_CaiDat')!;
    expect(settings.state).toBe('hidden');
    expect(previousFromWorkbook(await readWorkbookFile(output)).size).toBe(26);

    // The office's workbook with the settings sheet: the next build needs no options.
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(path.join(examples, 'khanh-son-2021.xlsx'));
    const kept = input.addWorksheet('CNTT_CaiDat', { state: 'hidden' });
    settings.eachRow((row) => kept.addRow((row.values as unknown[]).slice(1)));
    const office = path.join(dir, 'so-lieu.xlsx');
    await input.xlsx.writeFile(office);
    const again = path.join(dir, 'lan-sau.xlsx');
    const next = await cntt('build', office, '-o', again, '--signer', 'Trần Thị B');
    expect(next.code).toBe(0);
    expect(next.stderr).toBe('');
    const rebuilt = new ExcelJS.Workbook();
    await rebuilt.xlsx.readFile(again);
    const second = rebuilt.getWorksheet('Phụ lục II')!;
    expect(second.getCell('A3').value).toBe(`(Kèm theo ${NOTICE})`);
    expect(texts(second)).toEqual(expect.arrayContaining(['- Lưu: VT.', 'PHÓ CHỦ TỊCH', 'Trần Thị B']));
    expect(texts(second)).not.toContain('Nguyễn Văn A');
  });

  it('writes the notice itself as a Word document with --notice-docx', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const docx = path.join(dir, 'van-ban', 'thong-bao.docx');
    const result = await cntt('build', path.join(examples, 'khanh-son-2021.xlsx'), '-o', output, '--year', '2021', '--notice', NOTICE, '--signer', 'Nguyễn Văn A', '--notice-docx', docx);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Đã ghi thông báo vào ${docx}`);
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('THÔNG BÁO');
    expect(xml).toContain('Số: 123/TB-UBND');
    expect(xml).toContain('Khánh Sơn, ngày 29 tháng 10 năm 2021');
    expect(xml).toContain('Nguyễn Văn A');
    expect(fs.readdirSync(path.dirname(docx))).toEqual(['thong-bao.docx']);
  });
});
