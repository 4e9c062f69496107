import ExcelJS from 'exceljs';
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
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A3').value).toBe(`(Kèm theo ${NOTICE})`);
      expect(sheet.getCell('A3').font).toMatchObject({ italic: true });
    }
    const previous = previousFromWorkbook(await readWorkbookFile(output));
    expect(previous.size).toBe(26);
  });
});
