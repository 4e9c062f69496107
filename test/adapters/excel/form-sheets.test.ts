/**
 * Blank forms the pane writes into the open workbook: marked as the add-in's own, left out when
 * read back while nothing is typed in them, replaced by a second run unless a score was typed.
 */
import { cellOf, createFakeExcel, sheetValues } from '../../support/excel-double';
import { writeFormSheets } from '../../../src/adapters/excel/form-sheets';
import { ExcelWriteError } from '../../../src/adapters/excel/write';
import { readWorkbookGrids } from '../../../src/adapters/excel/read';
import { readWorkbooks } from '../../../src/engine/reading/workbooks';
import { TWO_GROUP_RUBRIC_ROWS, twoGroupRubric } from '../../fixtures/two-group-rubric';
import { blankForm } from '../../../src/engine/output/blank-forms';
import { LayoutSheet } from '../../../src/engine/output/layout';

describe('the Excel test double, on tab names', () => {
  it('refuses the tab names Excel refuses, on adding and on renaming', async () => {
    const attempt = (change: (sheets: Excel.WorksheetCollection) => void) => {
      const excel = createFakeExcel([{ name: 'S', values: [[1]] }]);
      return excel.run(async (context) => {
        change(context.workbook.worksheets);
        await context.sync();
      }).then(() => 'ok', (error: Error) => error.message);
    };
    for (const bad of ['', 'x'.repeat(32), 'a/b', 'a[1]', "'Tổ 1", "Tổ 1'", 'HISTORY']) {
      expect(await attempt((sheets) => sheets.add(bad))).toMatch(/Bad sheet name/);
      expect(await attempt((sheets) => (sheets.getItem('S').name = bad))).toMatch(/Bad sheet name/);
    }
    expect(await attempt((sheets) => sheets.add('s'))).toMatch(/already exists/);
    expect(await attempt((sheets) => sheets.add("Tổ 1's"))).toBe('ok');
    expect(await attempt((sheets) => sheets.add('x'.repeat(31)))).toBe('ok');
  });
});

const RUBRIC_ROWS = TWO_GROUP_RUBRIC_ROWS;
const rubric = twoGroupRubric();
const LONG_A = 'Trung tâm Văn hóa Thông tin và Thể thao huyện Khánh Sơn';
const LONG_B = 'Trung tâm Văn hóa Thông tin và Truyền thông huyện Khánh Sơn';

const forms = (...agencies: [string, string][]) => agencies.map(([name, group]) => blankForm(rubric, { name, group }) as LayoutSheet);
const cq = (name: string): [string, string] => [name, 'Cơ quan chuyên môn'];

function workbook() {
  return createFakeExcel([{ name: 'Bộ tiêu chí', values: RUBRIC_ROWS }]);
}

/** The clerk types a score for criterion `code` into a form sheet (Excel unlocks that cell). */
function typeScore(excel: ReturnType<typeof createFakeExcel>, sheet: string, code: string, score: number | string) {
  const model = excel.model.sheetByName(sheet)!;
  const row = sheetValues(model).findIndex((r) => r[0] === code);
  cellOf(model, row, 3).value = score;
}

const readBack = async (excel: ReturnType<typeof createFakeExcel>) => readWorkbooks([await excel.run((context) => readWorkbookGrids(context, { merges: true }))]);
const formMarks = (excel: ReturnType<typeof createFakeExcel>) => excel.model.names.map((n) => `${n.name} ${n.formula} | ${n.comment ?? ''}`);

describe('blank forms in the open workbook', () => {
  it('marks each form it writes, and reading leaves the blank ones out with a note', async () => {
    const excel = workbook();
    const result = await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'), ['UBND xã Sơn Bình', 'UBND xã, thị trấn'])));
    expect(result).toMatchObject({ sheets: ['Phòng Nội vụ', 'UBND xã Sơn Bình'], replaced: [], kept: [] });
    expect(formMarks(excel)).toEqual(["CNTT_FORM_1 ='Phòng Nội vụ'!$A$1 | Phòng Nội vụ", "CNTT_FORM_2 ='UBND xã Sơn Bình'!$A$1 | UBND xã Sơn Bình"]);
    const read = await readBack(excel);
    expect(read.records).toEqual([]);
    expect(read.sheets.map((s) => `${s.sheet}: ${s.kind}`)).toEqual(['Bộ tiêu chí: rubric', 'Phòng Nội vụ: blankForm', 'UBND xã Sơn Bình: blankForm']);
    expect(read.issues.map((i) => i.code)).toEqual(['blank-form-skipped', 'blank-form-skipped']);
  });

  it('reads a form once a score is typed in it', async () => {
    const excel = workbook();
    await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'), cq('Phòng Tư pháp'))));
    typeScore(excel, 'Phòng Nội vụ', '1', 50);
    typeScore(excel, 'Phòng Nội vụ', '2', 35.5);
    const read = await readBack(excel);
    expect(read.records.map((r) => [r.name, r.achievedScore])).toEqual([['Phòng Nội vụ', 8550]]);
    expect(read.sheets.map((s) => s.kind)).toEqual(['rubric', 'form', 'blankForm']);
  });

  it('replaces its own blank forms on a second run instead of adding "(2)" copies', async () => {
    const excel = workbook();
    const agencies = forms(cq('Phòng Nội vụ'), cq(LONG_A), cq(LONG_B));
    const first = await excel.run((context) => writeFormSheets(context, agencies));
    expect(first.sheets).toEqual(['Phòng Nội vụ', 'Trung tâm Văn hóa Thông tin và', 'Trung tâm Văn hóa Thông tin (2)']);
    const second = await excel.run((context) => writeFormSheets(context, agencies));
    expect(second).toMatchObject({ sheets: first.sheets, replaced: first.sheets, kept: [] });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Bộ tiêu chí', ...first.sheets]);
    // One mark per form sheet: the replaced sheets' marks went with them.
    expect(formMarks(excel)).toHaveLength(3);
    expect(excel.model.names.every((n) => !n.formula.includes('#REF'))).toBe(true);
    expect(excel.model.sheetByName(LONG_A.slice(0, 30))!.protected).toBe(true);
  });

  it('never deletes a form with a score typed in it: keeps it, makes no new one for it, and says so', async () => {
    const excel = workbook();
    await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'), cq('Phòng Tư pháp'))));
    typeScore(excel, 'Phòng Tư pháp', '1', 'KAD');
    const filledBefore = sheetValues(excel.model.sheetByName('Phòng Tư pháp')!);
    const again = await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'), cq('Phòng Tư pháp'), cq('Phòng Y tế'))));
    expect(again).toMatchObject({ sheets: ['Phòng Nội vụ', 'Phòng Y tế'], replaced: ['Phòng Nội vụ'], kept: ['Phòng Tư pháp'] });
    expect(sheetValues(excel.model.sheetByName('Phòng Tư pháp')!)).toEqual(filledBefore);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Bộ tiêu chí', 'Phòng Tư pháp', 'Phòng Nội vụ', 'Phòng Y tế']);
  });

  it('leaves a sheet of the clerk’s own (unmarked, or a form renamed) alone: the new form takes a free name', async () => {
    const excel = createFakeExcel([{ name: 'Phòng Nội vụ', values: [['Ghi chép của tôi']] }]);
    const result = await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'))));
    expect(result).toMatchObject({ sheets: ['Phòng Nội vụ (2)'], replaced: [] });
    expect(sheetValues(excel.model.sheetByName('Phòng Nội vụ')!)).toEqual([['Ghi chép của tôi']]);
    // Renamed on its tab, the blank form is the clerk's: kept, read, and the next run writes beside it.
    excel.model.renameSheet(excel.model.sheetByName('Phòng Nội vụ (2)')!, 'Nội vụ bản giữ');
    const next = await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'))));
    expect(next).toMatchObject({ sheets: ['Phòng Nội vụ (2)'], replaced: [], kept: [] });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Phòng Nội vụ', 'Nội vụ bản giữ', 'Phòng Nội vụ (2)']);
  });

  it('leaves the workbook exactly as it was when writing fails midway', async () => {
    const excel = workbook();
    await excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'))));
    const before = excel.model.snapshot();
    const sync = excel.context.sync.bind(excel.context);
    let calls = 0;
    excel.context.sync = () => {
      // The first request reads, the second reads the form to replace, the third writes: it fails.
      if (++calls === 3) excel.context.failNextSyncWith('GeneralException', 5);
      return sync();
    };
    await expect(excel.run((context) => writeFormSheets(context, forms(cq('Phòng Nội vụ'), cq('Phòng Tư pháp'))))).rejects.toThrow(ExcelWriteError);
    expect(excel.model.snapshot()).toEqual(before);
  });

  it('makes 10 or 60 forms in the same number of requests', async () => {
    const syncs = async (n: number) => {
      const excel = workbook();
      const agencies = forms(...Array.from({ length: n }, (_, i) => cq(`Phòng ${i + 1}`)));
      await excel.run((context) => writeFormSheets(context, agencies));
      const before = excel.context.syncCount;
      await excel.run((context) => writeFormSheets(context, agencies));
      return [before, excel.context.syncCount - before];
    };
    expect(await syncs(10)).toEqual(await syncs(60));
    expect(await syncs(10)).toEqual([3, 4]);
  });
});
