/**
 * The read limits hold before ExcelJS parses anything: each hostile file, made here at a small
 * scale (or with the limits lowered), is refused by the pre-scan with a one-line message naming
 * the part and the limit. `npm run bench -- hostile` answers the full-size files.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fillCopy } from '../../../src/adapters/exceljs/fill';
import { readWorkbookBuffer, ReadLimits, WorkbookReadError } from '../../../src/adapters/exceljs/read';
import { looseAddress, PrescanRefusal } from '../../../src/adapters/exceljs/prescan';
import { caught } from '../../support/caught';
import { deflated, HOSTILE_FILES, inflationBomb, longText, manyCells, manyMerges, sheetXml, unusedParts, workbookWith } from '../../support/hostile-xlsx';

async function refusal(data: Buffer, limits: Partial<ReadLimits> = {}): Promise<WorkbookReadError> {
  const error = await caught(WorkbookReadError, () => readWorkbookBuffer(data, 'x.xlsx', limits));
  // Refused by the pre-scan, not after ExcelJS read the file.
  expect(error.cause).toBeInstanceOf(PrescanRefusal);
  expect(error.message.split('\n')).toHaveLength(1);
  return error;
}

describe('limits checked before parsing', () => {
  it('reads a workbook with merges, validations and named cells within the limits as before', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phiếu');
    sheet.getCell('A1').value = 'Trong đó';
    sheet.mergeCells('A1:C2');
    sheet.getCell('D4').dataValidation = { type: 'decimal', operator: 'between', formulae: [0, 10], allowBlank: true };
    workbook.definedNames.add("'Phiếu'!$A$1:$B$3", 'Vung');
    const grids = await readWorkbookBuffer(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer), 'phieu.xlsx');
    expect(grids.sheets[0].rows[0][0]).toBe('Trong đó');
    expect(grids.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });

  it.each([
    ['merge over the whole grid', 'too-many-cells'],
    ['validation over the whole grid', 'too-many-cells'],
    ['named range over the whole grid', 'too-many-cells'],
    ['cell at A2000000000', 'outside-grid'],
    ['column range to 2,000,000,000', 'outside-grid'],
    ['40,000 small merges', 'too-many-merges'],
  ])('refuses a %s (a few kilobytes) with its limit', async (name, code) => {
    const error = await refusal(HOSTILE_FILES[name]());
    expect(error.code).toBe(code);
  });

  it('names the part and the limit in one line', async () => {
    expect((await refusal(HOSTILE_FILES['merge over the whole grid']())).message).toBe(
      'x.xlsx (xl/worksheets/sheet1.xml): tệp có hơn 2000000 ô dữ liệu (tính cả ô gộp, vùng kiểm tra dữ liệu và vùng được đặt tên) / the workbook has more than 2000000 cells (merged, validated and named areas included)',
    );
    expect((await refusal(HOSTILE_FILES['cell at A2000000000']())).message).toBe(
      "x.xlsx (xl/worksheets/sheet1.xml): địa chỉ 2000000000:2000000000 nằm ngoài bảng tính (tối đa XFD1048576) / the address 2000000000:2000000000 lies outside the sheet's grid (at most XFD1048576)",
    );
    expect((await refusal(manyMerges(40), { maxMerges: 30 })).message).toBe(
      'x.xlsx (xl/worksheets/sheet1.xml): một trang tính có hơn 30 vùng gộp ô / a sheet has more than 30 merged areas',
    );
  });

  it('refuses a part that declares more than the part limit, from the directory alone', async () => {
    const error = await refusal(inflationBomb(3), { maxPartBytes: 2 << 20 });
    expect(error.code).toBe('part-too-large');
    expect(error.message).toBe('x.xlsx (xl/worksheets/sheet1.xml): phần này giải nén ra hơn 2 MB / this part inflates to more than 2 MB');
  });

  it('stops inflating a part that inflates past the size it declares', async () => {
    const error = await refusal(inflationBomb(3, 1000));
    expect(error.code).toBe('part-lies');
  });

  it('refuses parts, used or not, that together declare more than the total limit', async () => {
    const error = await refusal(unusedParts(3, 1), { maxTotalBytes: 2.5 * (1 << 20) });
    expect(error.code).toBe('parts-too-large');
    expect(error.part).toBe('xl/unused3.bin');
  });

  it('counts cells, and text in a cell, as the stream goes by', async () => {
    expect((await refusal(manyCells(5000), { maxCells: 4000 })).code).toBe('too-many-cells');
    expect((await refusal(longText(2000), { maxTextLength: 1000 })).code).toBe('text-too-long');
  });

  it('refuses more sheet parts than the sheet limit', async () => {
    const data = workbookWith(sheetXml(''), [deflated('xl/worksheets/sheet2.xml', sheetXml(''))]);
    expect((await refusal(data, { maxSheets: 1 })).code).toBe('too-many-sheets');
  });

  it('refuses a sheet name past Excel\'s 31 characters before ExcelJS warns about it, quoting 31 of them', async () => {
    const warn = jest.spyOn(console, 'warn');
    try {
      const error = await refusal(workbookWith(sheetXml(''), [], '', 'S'.repeat(100_000)));
      expect(error.code).toBe('sheet-name-too-long');
      expect(error.message).toBe(
        `x.xlsx (xl/workbook.xml): tên trang tính «${'S'.repeat(31)}…» dài hơn 31 ký tự, mức tối đa của Excel / the sheet name «${'S'.repeat(31)}…» is longer than 31 characters, Excel's limit`,
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    // 31 characters are Excel's most, and read.
    const grids = await readWorkbookBuffer(workbookWith(sheetXml(''), [], '', 'Đ'.repeat(31)), 'x.xlsx');
    expect(grids.sheets[0].sheet).toBe('Đ'.repeat(31));
  });

  it('refuses XML that is not well formed in a sheet as not a workbook', async () => {
    const error = await refusal(workbookWith(`${sheetXml('')}<oops`));
    expect(error.code).toBe('not-a-workbook');
  });

  it('decodes addresses the way ExcelJS does, so no spelling slips past the grid check', () => {
    expect(looseAddress('XFD1048576')).toEqual({ row: 1048576, column: 16384 });
    expect(looseAddress('$B$7')).toEqual({ row: 7, column: 2 });
    expect(looseAddress('A 2000000000')).toEqual({ row: 2000000000, column: 1 });
  });
});

describe('fill reads its template under the same limits', () => {
  it('refuses a hostile template before ExcelJS loads it, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-fill-'));
    try {
      const template = path.join(dir, 'phu-luc.xlsx');
      fs.writeFileSync(template, HOSTILE_FILES['merge over the whole grid']());
      const out = path.join(dir, 'out.xlsx');
      const error = await caught(WorkbookReadError, () => fillCopy(template, out, [{ sheet: 'Tổng hợp', cell: 'A2', from: null, to: 1, agency: 'Phòng Nội vụ', column: 'ordinal', besideRank: false }]));
      expect(error.cause).toBeInstanceOf(PrescanRefusal);
      expect(error.code).toBe('too-many-cells');
      expect(fs.readdirSync(dir)).toEqual(['phu-luc.xlsx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
