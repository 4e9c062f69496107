import { writeRulesSheet } from '../../../src/adapters/excel/rules-sheet';
import { readWorkbookGrids } from '../../../src/adapters/excel/read';
import { rulesSheetRows } from '../../../src/engine/output/rules-sheet';
import { rulesPreset } from '../../../src/engine/rules/presets';
import { findRulesSheet } from '../../../src/engine/rules/rules-sheet';
import { cellOf, createFakeExcel, sheetValues } from '../../support/excel-double';

const rules = { ...rulesPreset('khanh-hoa-2014')!.rules, unranked: ['=Ban A'] };

describe('writing the «Quy định» sheet into the open workbook', () => {
  it('adds it in two syncs, shown, text as text, and the workbook read again has those rules', async () => {
    const excel = createFakeExcel([{ name: 'Tổng hợp', values: [['x']] }]);
    const result = await excel.run((context) => writeRulesSheet(context, rulesSheetRows(rules)));
    expect(result).toEqual({ written: true, sheet: 'Quy định' });
    expect(excel.context.syncCount).toBe(2);
    expect(excel.model.activeSheet).toBe('Quy định');
    const sheet = excel.model.sheetByName('Quy định')!;
    // A name that starts with "=" stays a name, never a formula.
    expect(cellOf(sheet, 9, 1)).toMatchObject({ value: '=Ban A', formula: undefined });
    const grids = await excel.run((context) => readWorkbookGrids(context));
    const read = findRulesSheet([grids])!;
    expect(read.issues).toEqual([]);
    expect([read.rules.rankBasis, read.rules.unranked, read.rules.grades!.bands.map((b) => b.labels.vi)]).toEqual(['score', ['=Ban A'], ['Tốt', 'Khá', 'Trung bình', 'Yếu']]);
  });

  it.each(['Quy định', 'QUY DINH', 'Rules'])('never writes over the office’s own rules sheet (%s)', async (name) => {
    const excel = createFakeExcel([{ name, values: [['Quy định', 'Giá trị'], ['Làm tròn', 1]] }]);
    const result = await excel.run((context) => writeRulesSheet(context, rulesSheetRows(rules)));
    expect(result).toEqual({ written: false, sheet: name });
    expect(excel.model.sheets.map((s) => s.name)).toEqual([name]);
    expect(sheetValues(excel.model.sheets[0])).toEqual([['Quy định', 'Giá trị'], ['Làm tròn', 1]]);
  });

  it('leaves the workbook as it was when the write fails', async () => {
    const excel = createFakeExcel([{ name: 'Tổng hợp', values: [['x']] }]);
    const sync = excel.context.sync.bind(excel.context);
    let calls = 0;
    excel.context.sync = async () => {
      if (++calls === 2) excel.context.failNextSyncWith('GeneralException', 3);
      return sync();
    };
    await expect(excel.run((context) => writeRulesSheet(context, rulesSheetRows(rules)))).rejects.toMatchObject({ code: 'write-failed', messageVi: 'Không tạo được trang «Quy định»; bảng tính được giữ nguyên.' });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Tổng hợp']);
  });
});
