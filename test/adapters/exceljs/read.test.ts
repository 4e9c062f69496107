import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookBuffer, WorkbookReadError } from '../../../src/adapters/exceljs/read';
import { caught } from '../../support/caught';
import { UNCALCULATED_FORMULA } from '../../../src/engine/values/grid';

async function bytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const readError = (data: Buffer, limits = {}) => caught(WorkbookReadError, () => readWorkbookBuffer(data, 'x.xlsx', limits));

describe('reading .xlsx files into grids', () => {
  it('reads cell values as workbooks hold them', async () => {
    const data = await bytes((workbook) => {
      const sheet = workbook.addWorksheet('Phiếu');
      sheet.getCell('A1').value = 832.9;
      sheet.getCell('B1').value = '832,90';
      sheet.getCell('C1').value = { richText: [{ text: 'Phòng ' }, { font: { bold: true }, text: 'Nội vụ' }] };
      sheet.getCell('D1').value = { formula: 'A1*2', result: 1665.8 };
      sheet.getCell('E1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      sheet.getCell('F1').value = { error: '#N/A' };
      sheet.getCell('G1').value = new Date(Date.UTC(2021, 9, 29));
      sheet.getCell('H1').value = true;
      sheet.getCell('I1').value = { text: 'link', hyperlink: 'https://example.org' };
      sheet.getCell('J1').value = { formula: 'X1' };
      sheet.getCell('B3').value = 'after a blank row';
    });
    const workbook = await readWorkbookBuffer(data, 'phieu.xlsx');
    expect(workbook.file).toBe('phieu.xlsx');
    expect(workbook.sheets[0].sheet).toBe('Phiếu');
    expect(workbook.sheets[0].rows).toEqual([
      // A formula with no saved value is told apart from a blank: its message says to recalculate.
      [832.9, '832,90', 'Phòng Nội vụ', 1665.8, { error: '#DIV/0!' }, { error: '#N/A' }, new Date(Date.UTC(2021, 9, 29)), true, 'link', UNCALCULATED_FORMULA],
      [],
      [null, 'after a blank row'],
    ]);
  });

  it('keeps a merged area’s value in its top-left cell only', async () => {
    const data = await bytes((workbook) => {
      const sheet = workbook.addWorksheet('S');
      sheet.getCell('A1').value = 'Trong đó';
      sheet.mergeCells('A1:C2');
      sheet.getCell('A3').value = 1;
    });
    const grid = (await readWorkbookBuffer(data, 's.xlsx')).sheets[0];
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect(grid.rows[0][0]).toBe('Trong đó');
    expect(grid.rows[0].slice(1).every((v) => v === null)).toBe(true);
    expect((grid.rows[1] ?? []).every((v) => v === null)).toBe(true);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['random bytes', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) % 256))],
    ['a CSV renamed .xlsx', Buffer.from('STT,Tên cơ quan\n1,Phòng A\n')],
  ])('refuses %s as not a workbook', async (_, data) => {
    const error = await readError(data);
    expect(error.code).toBe('not-a-workbook');
    expect(error.message).toBe('x.xlsx: không phải tệp Excel .xlsx / not an .xlsx workbook');
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'not a workbook');
    const error = await readError(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(error.code).toBe('not-a-workbook');
  });

  it('stops at its limits with a clear error', async () => {
    const many = await bytes((workbook) => {
      for (let i = 0; i < 5; i++) workbook.addWorksheet(`S${i}`).getCell('A1').value = i;
    });
    expect((await readError(many, { maxSheets: 3 })).code).toBe('too-many-sheets');
    expect((await readError(many, { maxCells: 4 })).code).toBe('too-many-cells');
    expect((await readError(many, { maxFileBytes: 100 })).code).toBe('too-large');
    const long = await bytes((workbook) => (workbook.addWorksheet('S').getCell('A1').value = 'x'.repeat(200)));
    expect((await readError(long, { maxTextLength: 100 })).code).toBe('text-too-long');
  });
});
