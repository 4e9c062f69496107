import { AnnexLayout, LayoutCell, LayoutSheet } from '../../../src/engine/output/layout';
import { readWorkbookGrids } from '../../../src/adapters/excel/read';
import { ExcelWriteError, writeAnnexLayout, writeUserSheets } from '../../../src/adapters/excel/write';
import { insertGrids } from '../../../src/adapters/excel/insert';
import { columnRuns, fillCells } from '../../../src/adapters/excel/fill';
import { CellChange, fillPlan, sortPlans } from '../../../src/engine/output/fill';
import { annexLayout } from '../../../src/engine/output/annex';
import { assess } from '../../../src/engine/assessing/assess';
import { cellOf, createFakeExcel, MERGED_AREAS_LIMIT, plottedSeries, sheetValues } from '../../support/excel-double';
import { readWorkbookFile } from '../../../src/adapters/exceljs/read-file';
import { readWorkbookBuffer } from '../../../src/adapters/exceljs/read';
import { writeOfficeHeaders } from '../../../src/adapters/excel/office-headers';
import ExcelJS from 'exceljs';
import { blankForm } from '../../../src/engine/output/blank-forms';
import { Grid } from '../../../src/engine/values/grid';
import { readRubricSheet } from '../../../src/engine/rules/rubric';
import { readWorkbooks } from '../../../src/engine/reading/workbooks';
import path from 'path';

const t = (value: string | null, style: LayoutCell['style'] = 'text'): LayoutCell => ({ value, style });
const n = (value: number): LayoutCell => ({ value, style: 'number' });

/** A small annex: a title, a header, `rows` agencies. */
function annex(name: string, rows: number, agencyName = (i: number) => `Phòng ${i + 1}`): LayoutSheet {
  return {
    name,
    kind: 'annex',
    rows: [
      [t('PHỤ LỤC I', 'title'), t(null, 'title'), t(null, 'title')],
      [t('STT', 'header'), t('Tên cơ quan', 'header'), t('Tỷ lệ (%)', 'header')],
      ...Array.from({ length: rows }, (_, i) => [t(String(i + 1).padStart(2, '0'), 'textCenter'), t(agencyName(i)), n(90 - i / 100)]),
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [6, 30, 10],
    headerRow: 1,
    orientation: 'portrait',
  };
}

const layout = (...sheets: LayoutSheet[]): AnnexLayout => ({ sheets });

/** Writes Phụ lục I again, while the user does something to the workbook between its read and its write. */
function rebuildWhile(excel: ReturnType<typeof createFakeExcel>, userAction: () => void) {
  return excel.run(async (context) => {
    const sync = context.sync.bind(context);
    let calls = 0;
    context.sync = (async () => {
      calls++;
      if (calls === 2) userAction();
      return sync();
    }) as typeof context.sync;
    return writeAnnexLayout(context, layout(annex('Phụ lục I', 3)), { pageLayout: false });
  });
}

describe('reading the open workbook', () => {
  /** A form-like sheet with `count` merged areas, one per row. */
  function mergedSheet(name: string, count: number) {
    return { name, values: Array.from({ length: count }, (_, r) => [`Tiêu chí ${r + 1}`, null, r]) };
  }

  it('reads the merges of each sheet apart: one sheet over Excel\'s 512 merged areas is read without them, with a note', async () => {
    const forms = Array.from({ length: 40 }, (_, i) => mergedSheet(`Phiếu ${i + 1}`, i === 17 ? MERGED_AREAS_LIMIT + 1 : 3));
    const excel = createFakeExcel([...forms, { name: 'Trống', values: [] }]);
    excel.model.sheets.slice(0, 40).forEach((sheet, i) => {
      for (let r = 0; r < forms[i].values.length; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    });
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(grids.sheets[17].rows).toHaveLength(MERGED_AREAS_LIMIT + 1);
    expect(grids.sheets[17].merges).toEqual([]);
    expect(grids.sheets.map((g) => g.mergesUnread ?? false)).toEqual(grids.sheets.map((_, i) => i === 17));
    for (const i of [0, 16, 18, 39]) expect(grids.sheets[i].merges).toHaveLength(3);
    // Names, values, all merges at once, then halves down to the failing sheet: not one sync per sheet.
    expect(excel.context.syncCount).toBeLessThanOrEqual(3 + 2 * Math.ceil(Math.log2(40)));
    const { issues } = readWorkbooks([grids]);
    expect(issues.filter((issue) => issue.code === 'merges-not-read').map((issue) => issue.sheet)).toEqual(['Phiếu 18']);
  });

  it('reads 512 merged areas, the most Excel gives', async () => {
    const excel = createFakeExcel([mergedSheet('Phiếu', MERGED_AREAS_LIMIT)]);
    for (let r = 0; r < MERGED_AREAS_LIMIT; r++) excel.model.sheets[0].merges.push({ top: r, left: 0, bottom: r, right: 1 });
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(grids.sheets[0].merges).toHaveLength(MERGED_AREAS_LIMIT);
    expect(grids.sheets[0].mergesUnread).toBeUndefined();
  });

  it('gives every sheet as a grid from A1, in two syncs', async () => {
    const excel = createFakeExcel([
      { name: 'Tổng hợp', values: [[null, null], [null, 'STT', 'Tên cơ quan'], [null, 1, 'Phòng A']] },
      { name: 'Trống', values: [] },
    ]);
    cellOf(excel.model.sheets[0], 2, 3).value = '#DIV/0!';
    cellOf(excel.model.sheets[0], 2, 3).formula = '=1/0';
    const grids = await excel.run((context) => readWorkbookGrids(context, { file: 'book.xlsx', merges: false, hidden: false }));
    expect(excel.context.syncCount).toBe(2);
    expect(grids.file).toBe('book.xlsx');
    expect(grids.sheets.map((g) => g.sheet)).toEqual(['Tổng hợp', 'Trống']);
    expect(grids.sheets[0].rows).toEqual([[], [null, 'STT', 'Tên cơ quan', null], [null, 1, 'Phòng A', { error: '#DIV/0!' }]]);
    expect(grids.sheets[1].rows).toEqual([]);
  });

  it('reads a workbook too large for one response in blocks that fit, with the same result', async () => {
    const table = (name: string, n: number) => ({
      name,
      values: [[null], ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ...Array.from({ length: n }, (_, i) => [i + 1, `Ủy ban nhân dân xã số ${i + 1}`, 500 + i / 4, 1000])],
    });
    const sheets = [table('Tổng hợp', 600), { name: 'Trống', values: [] }, table('Khối xã', 150)];
    const whole = createFakeExcel(sheets);
    whole.model.sheets[0].merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
    const expected = await whole.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(expected.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    const small = createFakeExcel(sheets);
    small.model.sheets[0].merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
    // Excel on the web stops at 5 MB; a 12 KB limit does the same to this small workbook.
    small.context.responseLimitBytes = 12 * 1024;
    const grids = await small.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(grids).toEqual(expected);
    expect(whole.context.maxResponseBytes).toBeGreaterThan(40 * 1024);
    expect(small.context.syncCount).toBeGreaterThan(4);
  });

  it('leaves out the annex sheets the add-in wrote', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: false }));
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: false }));
    expect(grids.sheets.map((g) => g.sheet)).toEqual(['Dữ liệu']);
  });

  it('reads merged areas where the host has them', async () => {
    const excel = createFakeExcel([{ name: 'S', values: [['a', null], ['b', 'c']] }]);
    excel.model.sheets[0].merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(grids.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it('reads the merged areas of a sheet whose name holds commas and apostrophes', async () => {
    // Excel gives "'Tổ 1,B2,3''s'!A1:B1,'Tổ 1,B2,3''s'!C3:D4": a comma inside quotes is part of the name.
    const excel = createFakeExcel([{ name: "Tổ 1,B2,3's", values: [['a', null], ['b', 'c'], [null, null, 'd'], [null, null, null, 'e']] }]);
    excel.model.sheets[0].merges.push({ top: 0, left: 0, bottom: 0, right: 1 }, { top: 2, left: 2, bottom: 3, right: 3 });
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(grids.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 3 },
    ]);
  });
});

describe('hidden rows and columns', () => {
  const rows = [
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Ghi chú'],
    [1, 'Phòng A', 800, 1000, null],
    [2, 'Phòng cũ (đã sáp nhập)', 700, 1000, null],
    [3, 'Phòng C', 650, 1000, null],
  ];

  /** The same table written by ExcelJS with row 3 and column D hidden, read as the command line reads it. */
  async function asTheCommandLineReads() {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRows(rows);
    sheet.getRow(3).hidden = true;
    sheet.getColumn(4).hidden = true;
    return readWorkbookBuffer(await workbook.xlsx.writeBuffer(), 'a.xlsx');
  }

  it('reads them in one more sync, and gives the same warnings at the same cells as the command line', async () => {
    const excel = createFakeExcel([{ name: 'S', values: rows, hiddenRows: [2], hiddenColumns: [3] }, { name: 'Trống', values: [] }, { name: 'T', values: [['x', 'y']] }]);
    const grids = await excel.run((context) => readWorkbookGrids(context, { file: 'a.xlsx', merges: true, hidden: true }));
    expect(excel.context.syncCount).toBe(4);
    expect(grids.sheets[0]).toMatchObject({ hiddenRows: [2], hiddenColumns: [3] });
    expect(grids.sheets[2].hiddenRows).toBeUndefined();
    const where = (issues: { code: string; cell?: string }[]) => issues.filter((i) => i.code.startsWith('hidden')).map((i) => `${i.code}@${i.cell}`);
    const pane = assess([grids]);
    const cli = assess([await asTheCommandLineReads()]);
    expect(where(pane.issues)).toEqual(['hidden-column-read@D1', 'hidden-row-read@B3']);
    expect(where(pane.issues)).toEqual(where(cli.issues));
    const skipped = assess([grids], { skipHidden: true });
    expect(skipped.sheets![0].tables[0].passedOver).toEqual([{ row: 3, reason: 'hidden', text: '2' }]);
  });

  it('tells rows from columns when every row, or every column, of a sheet is hidden', async () => {
    const excel = createFakeExcel([
      { name: 'Rows', values: rows, hiddenRows: [0, 1, 2, 3] },
      { name: 'Columns', values: rows, hiddenColumns: [0, 1, 2, 3, 4, 9] },
      { name: 'Cell', values: [['x']], hiddenRows: [0] },
    ]);
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: false, hidden: true }));
    expect(grids.sheets.map((g) => [g.hiddenRows, g.hiddenColumns])).toEqual([
      [[0, 1, 2, 3], undefined],
      [undefined, [0, 1, 2, 3, 4]],
      [[0], undefined],
    ]);
  });

  it('keeps a constant number of syncs for 60 sheets, and reads none where the host lacks ExcelApi 1.9', async () => {
    const sheets = Array.from({ length: 60 }, (_, i) => ({ name: `Tổ ${i + 1}`, values: rows, hiddenRows: i % 2 ? [1, 3] : [] }));
    const excel = createFakeExcel(sheets);
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: false, hidden: true }));
    expect(excel.context.syncCount).toBe(3);
    expect(grids.sheets.map((g) => g.hiddenRows ?? [])).toEqual(sheets.map((s) => s.hiddenRows));
    const old = createFakeExcel(sheets);
    const unread = await old.run((context) => readWorkbookGrids(context, { merges: false, hidden: false }));
    expect(old.context.syncCount).toBe(2);
    expect(unread.sheets.every((g) => g.hiddenRows === undefined)).toBe(true);
  });
});

describe('the «Cài đặt» sheet written from the clerk’s picks', () => {
  const districts = [['Số TT', 'Cơ sở', 'Kết quả', 'Mức chuẩn'], [1, 'Xã A', 800, 1000], [2, 'Xã B', 700, 1000]];
  const picks = [
    { text: 'Cơ sở', field: 'name' as const },
    { text: '=Kết quả', field: 'achievedScore' as const },
  ];

  it('is a new sheet where there is none, its headers as text; the input sheet stays as it was', async () => {
    const excel = createFakeExcel([{ name: 'Khối xã', values: districts }]);
    const before = sheetValues(excel.model.sheets[0]);
    const written = await excel.run((context) => writeOfficeHeaders(context, picks));
    expect(written).toEqual({ sheet: 'Cài đặt', added: 2 });
    expect(excel.context.syncCount).toBe(2);
    expect(sheetValues(excel.model.sheetByName('Cài đặt')!)).toEqual([['Tiêu đề trong bảng', 'Là cột'], ['Cơ sở', 'Tên cơ quan'], ['=Kết quả', 'Điểm đạt được']]);
    expect(cellOf(excel.model.sheetByName('Cài đặt')!, 2, 0).formula).toBeUndefined();
    expect(sheetValues(excel.model.sheets[0])).toEqual(before);
  });

  it('extends the workbook’s own «Tên cột» sheet under its last row, its cells left as they were, and the table then reads', async () => {
    const excel = createFakeExcel([
      { name: 'Khối xã', values: districts },
      { name: 'Tên cột', values: [['Tiêu đề', 'Nghĩa'], [null, null], ['Mức chuẩn', 'Điểm chuẩn']] },
    ]);
    const written = await excel.run((context) => writeOfficeHeaders(context, picks.slice(0, 1).concat({ text: 'Kết quả', field: 'achievedScore' })));
    expect(written).toEqual({ sheet: 'Tên cột', added: 2 });
    expect(sheetValues(excel.model.sheetByName('Tên cột')!)).toEqual([['Tiêu đề', 'Nghĩa'], [null, null], ['Mức chuẩn', 'Điểm chuẩn'], ['Cơ sở', 'Tên cơ quan'], ['Kết quả', 'Điểm đạt được']]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Khối xã', 'Tên cột']);
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: false, hidden: false }));
    const result = assess([grids]);
    expect(result.groups.flatMap((g) => g.agencies.map((a) => a.name))).toEqual(['Xã A', 'Xã B']);
  });
});

describe('writing the annexes', () => {
  it('writes values, text formats, merges, widths and the frozen header', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const result = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 3)), { pageLayout: true }));
    expect(result.sheets).toEqual(['Phụ lục I']);
    const sheet = excel.model.sheetByName('Phụ lục I')!;
    expect(sheetValues(sheet)).toEqual([
      ['PHỤ LỤC I', null, null],
      ['STT', 'Tên cơ quan', 'Tỷ lệ (%)'],
      ['01', 'Phòng 1', 90],
      ['02', 'Phòng 2', 89.99],
      ['03', 'Phòng 3', 89.98],
    ]);
    expect(cellOf(sheet, 2, 2).numberFormat).toBe('0.00');
    expect(cellOf(sheet, 1, 0).font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(cellOf(sheet, 2, 1).borders).toMatchObject({ EdgeLeft: 'Continuous', EdgeRight: 'Continuous' });
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheet.freezeRows).toBe(2);
    expect(sheet.printTitleRows).toBe('$1:$2');
    expect(sheet.paperSize).toBe('A4');
    // 30 characters of Excel's unit (7 px each, 5 px padding) in points, as columnWidth takes them.
    expect(sheet.columnWidths.get(1)).toBe(161.25);
  });

  it('uses the same number of syncs for 10 and 2,000 agencies', async () => {
    const counts: number[] = [];
    for (const rows of [10, 2000]) {
      const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
      const result = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', rows), annex('Phụ lục II', rows)), { pageLayout: true }));
      expect(result.syncs).toBe(excel.context.syncCount);
      counts.push(result.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('writes names that look like formulas as text', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const names = ['=SUM(A1:A9)', '+84 123', '-1', '@user', '0123'];
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', names.length, (i) => names[i])), { pageLayout: false }));
    const sheet = excel.model.sheetByName('Phụ lục I')!;
    for (const [i, name] of names.entries()) {
      const cell = cellOf(sheet, 2 + i, 1);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name);
    }
  });

  it("leaves the user's sheets cell for cell as they were, and on a rebuild replaces only its own", async () => {
    const excel = createFakeExcel([
      { name: 'Dữ liệu', values: [['STT', 'Tên'], [1, '=A1']] },
      { name: 'Phụ lục I', values: [['the office’s own annex']] },
    ]);
    const before = JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells]]));
    const first = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: false }));
    expect(first.sheets).toEqual(['Phụ lục I (2)']);
    const second = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 4), annex('Phụ lục II', 1)), { pageLayout: false }));
    expect(second.sheets).toEqual(['Phụ lục I (2)', 'Phụ lục II']);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Phụ lục I', 'Phụ lục I (2)', 'Phụ lục II']);
    const users = JSON.stringify(excel.model.sheets.slice(0, 2).map((s) => [s.name, [...s.cells]]));
    expect(users).toBe(before);
    expect(sheetValues(excel.model.sheetByName('Phụ lục I (2)')!)).toHaveLength(6);
    expect(excel.model.names.map((n) => n.formula).sort()).toEqual(["='Phụ lục I (2)'!$A$1", "='Phụ lục II'!$A$1"]);
  });

  it('leaves the workbook exactly as it was when writing fails midway', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: false }));
    const before = JSON.stringify(excel.model.snapshot());
    for (const afterOperations of [0, 3, 20]) {
      const attempt = excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        // Fail the second sync (the writing one), after some of its operations ran.
        const sync = context.sync.bind(context);
        let calls = 0;
        context.sync = (async () => {
          calls++;
          if (calls === 2) excel.context.failNextSyncWith('RequestPayloadSizeLimitExceeded', afterOperations);
          return sync();
        }) as typeof context.sync;
        void worksheets;
        return writeAnnexLayout(context, layout(annex('Phụ lục I', 50), annex('Phụ lục II', 5)), { pageLayout: false });
      });
      await expect(attempt).rejects.toBeInstanceOf(ExcelWriteError);
      expect(JSON.stringify(excel.model.snapshot())).toBe(before);
    }
  });

  it('replaces its own annexes while one is the active sheet, and one very hidden: a new annex is active first', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2), annex('Phụ lục II', 2)), { pageLayout: false }));
    expect(excel.model.activeSheet).toBe('Phụ lục I');
    excel.model.sheetByName('Phụ lục II')!.visibility = 'VeryHidden';
    const result = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 3), annex('Phụ lục II', 3)), { pageLayout: false }));
    expect(result.sheets).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(excel.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Dữ liệu', 'Visible'],
      ['Phụ lục I', 'Visible'],
      ['Phụ lục II', 'Visible'],
    ]);
    expect(excel.model.activeSheet).toBe('Phụ lục I');
    expect(sheetValues(excel.model.sheetByName('Phụ lục I')!)).toHaveLength(5);
  });

  it('reports a protected sheet cleanly', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: false }));
    excel.model.sheetByName('Phụ lục I')!.protected = true;
    const result = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 3)), { pageLayout: false }));
    // The protected old sheet can still be deleted; the new one replaces it.
    expect(result.sheets).toEqual(['Phụ lục I']);
  });
});

describe('charts', () => {
  it('adds a native column chart of the ratios with a line at every grade bound, in the same syncs', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const sheet = annex('Phụ lục I', 3);
    sheet.charts = [
      {
        title: 'Tỷ lệ (%) - Phụ lục I',
        categories: ['01', '02', '03'],
        values: [90, 89.99, 89.98],
        bands: [
          { from: 0, to: 50, label: 'Yếu' },
          { from: 50, to: 70, label: 'Trung bình' },
          { from: 70, to: 85, label: 'Khá' },
          { from: 85, to: 100, label: 'Tốt' },
        ],
        source: { firstRow: 2, valueColumn: 2, categoryColumn: 0 },
        row: 6,
        column: 0,
        width: 480,
        height: 320,
      },
    ];
    const result = await excel.run((context) => writeAnnexLayout(context, layout(sheet), { pageLayout: false }));
    expect(result.syncs).toBe(3);
    const model = excel.model.sheetByName('Phụ lục I')!;
    expect(model.charts).toEqual([
      {
        plotVisibleOnly: false,
        type: 'ColumnClustered',
        title: 'Tỷ lệ (%) - Phụ lục I',
        values: 'C3:C5',
        categories: 'A3:A5',
        valueAxis: { minimum: 0, maximum: 100 },
        legend: false,
        series: [
          { name: 'Trung bình', values: 'D3:D5', chartType: 'Line' },
          { name: 'Khá', values: 'E3:E5', chartType: 'Line' },
          { name: 'Tốt', values: 'F3:F5', chartType: 'Line' },
        ],
        position: ['A7', 'G23'],
      },
    ]);
    expect([...model.hiddenColumns].sort()).toEqual([3, 4, 5]);
    expect(sheetValues(model).slice(2).map((r) => r.slice(3))).toEqual([
      [50, 70, 85],
      [50, 70, 85],
      [50, 70, 85],
    ]);
  });

  it('adds the chart without lines or helper cells where the rules give no bounds to draw (grades on points, or none)', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const sheet = annex('Phụ lục I', 3);
    sheet.charts = [{ title: 'T', categories: ['01', '02', '03'], values: [90, 60, 40], bands: [], source: { firstRow: 2, valueColumn: 2, categoryColumn: 0 }, row: 6, column: 0, width: 480, height: 320 }];
    await excel.run((context) => writeAnnexLayout(context, layout(sheet), { pageLayout: false }));
    const model = excel.model.sheetByName('Phụ lục I')!;
    expect(model.charts.map((c) => [c.values, c.series])).toEqual([['C3:C5', []]]);
    expect(sheetValues(model).slice(2).every((r) => r.length <= 3 || r.slice(3).every((v) => v === null || v === ''))).toBe(true);
  });

  it('draws the grade lines, whose cells are hidden, only where the host can plot hidden cells (ExcelApi 1.8); else leaves them shown', async () => {
    const write = async (plotHiddenCells: boolean) => {
      const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
      const sheet = annex('Phụ lục I', 3);
      const bands = [
        { from: 0, to: 50, label: 'Yếu' },
        { from: 50, to: 70, label: 'Trung bình' },
        { from: 70, to: 100, label: 'Khá' },
      ];
      sheet.charts = [{ title: 'T', categories: ['01', '02', '03'], values: [90, 60, 40], bands, source: { firstRow: 2, valueColumn: 2, categoryColumn: 0 }, row: 6, column: 0, width: 480, height: 320 }];
      await excel.run((context) => writeAnnexLayout(context, layout(sheet), { pageLayout: false, plotHiddenCells }));
      const model = excel.model.sheetByName('Phụ lục I')!;
      return { plotted: plottedSeries(model, model.charts[0]), hidden: [...model.hiddenColumns] };
    };
    expect(await write(true)).toEqual({ plotted: ['Trung bình', 'Khá'], hidden: [3, 4] });
    expect(await write(false)).toEqual({ plotted: ['Trung bình', 'Khá'], hidden: [] });
  });
});

describe('nothing lost', () => {
  it('leaves the input sheets cell for cell after reading, building, making forms and importing', async () => {
    const excel = createFakeExcel([
      { name: 'Tổng hợp', values: [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], [1, 'Phòng A', '806,5', 915], [2, '=cmd|x', 700, 730]] },
      { name: 'Ghi chép', values: [['Không liên quan'], [null, 42]] },
    ]);
    const snapshot = () => JSON.stringify(excel.model.sheets.filter((s) => ['Tổng hợp', 'Ghi chép'].includes(s.name)).map((s) => [s.name, [...s.cells], s.merges]));
    const before = snapshot();
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: true }));
    expect(snapshot()).toBe(before);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: true }));
    expect(snapshot()).toBe(before);
    await excel.run((context) => writeUserSheets(context, [{ ...annex('Phiếu Phòng A', 1), kind: 'form', inputs: [{ row: 2, column: 2, validation: '=ISNUMBER(C3)' }] }]));
    expect(snapshot()).toBe(before);
    await excel.run((context) => insertGrids(context, grids.sheets));
    expect(snapshot()).toBe(before);
    // The imported copy keeps a formula-looking name as text.
    const copy = excel.model.sheetByName('Tổng hợp (2)')!;
    expect(cellOf(copy, 2, 1)).toMatchObject({ value: '=cmd|x', formula: undefined });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Ghi chép', 'Phụ lục I', 'Phiếu Phòng A', 'Tổng hợp (2)', 'Ghi chép (2)']);
  });

  it('reports a sheet deleted during a run, and the next run leaves a clean workbook', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: false }));
    // Between the pane's read and its write, someone deletes the old annex: the swap fails cleanly.
    const attempt = rebuildWhile(excel, () => (excel.model.sheets = excel.model.sheets.filter((s) => s.name !== 'Phụ lục I')));
    await expect(attempt).rejects.toMatchObject({ code: 'swap-failed' });
    // What the failed run left is marked as the add-in's own, so running again cleans it up.
    const again = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 3)), { pageLayout: false }));
    expect(again.sheets).toEqual(['Phụ lục I']);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Phụ lục I']);
    expect(excel.model.names.map((n) => n.formula)).toEqual(["='Phụ lục I'!$A$1"]);
    expect(sheetValues(excel.model.sheets[0])).toEqual([['x']]);
  });
});

describe('large writes', () => {
  const bigGrid = (i: number): Grid => ({
    sheet: `Phiếu ${i + 1}`,
    rows: Array.from({ length: 200 }, (_, r) => [`${r + 1}`, `Tiêu chí ${r + 1}: ứng dụng công nghệ thông tin trong hoạt động nội bộ`, 10, 8]),
    merges: [],
  });

  it('imports many forms in requests under 4 MB, and on a failure removes what it had added', async () => {
    const grids = Array.from({ length: 150 }, (_, i) => bigGrid(i));
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const names = await excel.run((context) => insertGrids(context, grids));
    expect(names).toHaveLength(150);
    expect(excel.model.sheets).toHaveLength(151);
    expect(excel.context.syncCount).toBeGreaterThan(2);
    expect(excel.context.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);

    const failing = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const sync = failing.context.sync.bind(failing.context);
    let calls = 0;
    failing.context.sync = async () => {
      // The second request of sheets fails, after the first one has added its sheets.
      if (++calls === 3) failing.context.failNextSyncWith('GeneralException');
      return sync();
    };
    await expect(failing.run((context) => insertGrids(context, grids))).rejects.toMatchObject({ code: 'GeneralException' });
    expect(failing.model.sheets.map((s) => s.name)).toEqual(['Dữ liệu']);
  });

  it('inserts one imported sheet of 200,000 rows in blocks, each request under 4 MB', async () => {
    const rows = Array.from({ length: 200_000 }, (_, r) => [r + 1, `Cơ quan số ${r + 1}`]);
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => insertGrids(context, [{ sheet: 'Tổng hợp', rows, merges: [] }]));
    const sheet = excel.model.sheetByName('Tổng hợp')!;
    expect(cellOf(sheet, 199_999, 1)).toMatchObject({ value: 'Cơ quan số 200000' });
    expect(cellOf(sheet, 0, 0)).toMatchObject({ value: 1 });
    expect(excel.context.syncCount).toBeGreaterThan(2);
    expect(excel.context.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('inserts a sparse imported sheet (cells at XFD3 and A1048576) as its few cells, not as the rectangle they span', async () => {
    const rows: Grid['rows'] = Array.from({ length: 1_048_576 }, () => []);
    rows[0] = ['STT', 'Tên cơ quan'];
    rows[2] = Object.assign(new Array(16_384).fill(null), { 0: 2, 1: 'Phòng Tư pháp', 16_383: 'x' });
    rows[1_048_575] = ['y'];
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => insertGrids(context, [{ sheet: 'Tổng hợp', rows, merges: [] }]));
    const sheet = excel.model.sheetByName('Tổng hợp')!;
    expect([cellOf(sheet, 2, 1).value, cellOf(sheet, 2, 16_383).value, cellOf(sheet, 1_048_575, 0).value]).toEqual(['Phòng Tư pháp', 'x', 'y']);
    expect(excel.context.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('writes forms without data validation where the host lacks it (ExcelApi 1.8): the score cells stay the only editable ones', async () => {
    const form: LayoutSheet = { ...annex('Phiếu Phòng A', 1), kind: 'form', inputs: [{ row: 2, column: 2, validation: '=ISNUMBER(C3)' }] };
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeUserSheets(context, [form], { dataValidation: false, pageLayout: true }));
    const sheet = excel.model.sheetByName('Phiếu Phòng A')!;
    expect(sheet.protected).toBe(true);
    // Protected last: Excel refuses freeze panes and page setup on a protected sheet.
    expect(sheet).toMatchObject({ freezeRows: 2, printTitleRows: '$1:$2', paperSize: 'A4' });
    expect(cellOf(sheet, 2, 2)).toMatchObject({ locked: false });
    expect(cellOf(sheet, 2, 2).validation).toBeUndefined();
    const withValidation = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await withValidation.run((context) => writeUserSheets(context, [form]));
    expect(cellOf(withValidation.model.sheetByName('Phiếu Phòng A')!, 2, 2).validation).toBeDefined();
  });

  it('writes blank forms for many agencies in requests under 4 MB', async () => {
    const rubricBook = await readWorkbookFile(path.join(__dirname, '..', '..', '..', 'examples', 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx'));
    const rubric = rubricBook.sheets.map((g) => readRubricSheet(g, rubricBook.file)).find((r) => r)!.rubric;
    const forms = Array.from({ length: 300 }, (_, i) => blankForm(rubric, { name: `Phòng số ${i + 1}`, group: rubric.groups[0] }, { year: 2025 }) as LayoutSheet);
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    const result = await excel.run((context) => writeUserSheets(context, forms, { pageLayout: true }));
    expect(result.sheets).toHaveLength(300);
    expect(result.syncs).toBeGreaterThan(2);
    expect(excel.context.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});

describe('records from files imported in the pane, beside this workbook', () => {
  const HEADER = ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'];
  const WORKBOOK = 'Sổ làm việc';
  const own = [HEADER, [1, 'Phòng A', 850, 1000, null, null], [2, 'Phòng B', 600, 1000, null, null]];
  // One imported sheet has a name this workbook also uses, holding other agencies; one a name it lacks.
  const inputs = () => [
    { file: WORKBOOK, sheets: [{ sheet: 'Tổng hợp', rows: own, merges: [] }] },
    { file: 'xa-1.xlsx', sheets: [{ sheet: 'Tổng hợp', rows: [HEADER, [1, 'Xã Một', 700, 900, null, null]], merges: [] }] },
    { file: 'xa-2.xlsx', sheets: [{ sheet: 'Khối xã', rows: [HEADER, [1, 'Xã Hai', 500, 1000, null, null]], merges: [] }] },
  ];

  it('live annexes refer to this workbook’s cells only; imported scores are copied as values', async () => {
    const assessment = assess(inputs());
    const excel = createFakeExcel([{ name: 'Tổng hợp', values: own }]);
    const layout = annexLayout(assessment, { live: true, linkFile: WORKBOOK });
    await excel.run((context) => writeAnnexLayout(context, layout, { pageLayout: false }));
    const achieved = new Map<string, string | number | null>();
    for (const sheet of excel.model.sheets.filter((s) => s.name.startsWith('Phụ lục'))) {
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(',').map(Number);
        const name = sheet.cells.get(`${r},1`)?.value;
        if (c === 2 && typeof name === 'string' && /^(Phòng|Xã)/.test(name)) achieved.set(name, cell.formula ?? (cell.value as number));
      }
    }
    expect(Object.fromEntries(achieved)).toEqual({ 'Phòng A': "='Tổng hợp'!C2", 'Phòng B': "='Tổng hợp'!C3", 'Xã Một': 700, 'Xã Hai': 500 });
  });

  it('Điền fills this workbook’s sheets only', async () => {
    const assessment = assess(inputs());
    const changes = fillPlan(assessment, WORKBOOK);
    expect(new Set(changes.map((c) => c.agency))).toEqual(new Set(['Phòng A', 'Phòng B']));
    const excel = createFakeExcel([{ name: 'Tổng hợp', values: own }]);
    await excel.run((context) => fillCells(context, changes));
    expect(sheetValues(excel.model.sheets[0]).slice(1).map((row) => row.slice(4))).toEqual([
      [85, 'Tốt'],
      [60, 'Trung bình'],
    ]);
    expect(sortPlans(assessment, () => 6, WORKBOOK).every((plan) => plan.sheet === 'Tổng hợp')).toBe(true);
  });
});

describe('filling the office’s own sheet', () => {
  const change = (cell: string, to: string | number): CellChange => ({ sheet: 'Bảng', cell, from: null, to, agency: 'x', column: 'grade', besideRank: false });

  it('writes a column of cells at a time: text as text, numbers in the cell’s own format', async () => {
    const excel = createFakeExcel([{ name: 'Bảng', values: [['STT', 'Tên', 'Tỷ lệ', 'Xếp loại']] }]);
    cellOf(excel.model.sheets[0], 1, 2).numberFormat = '0.00';
    const changes = [change('A2', '01'), change('A3', '02'), change('A5', '03'), change('C2', 91.03), change('C3', 50), change('D2', 'Tốt')];
    expect(columnRuns(changes).map((r) => [r.column, r.top, r.values])).toEqual([
      [0, 1, ['01', '02']],
      [0, 4, ['03']],
      [2, 1, [91.03, 50]],
      [3, 1, ['Tốt']],
    ]);
    await excel.run((context) => fillCells(context, changes));
    expect(excel.context.syncCount).toBe(1);
    const sheet = excel.model.sheets[0];
    expect([cellOf(sheet, 1, 0), cellOf(sheet, 4, 0)].map((c) => [c.value, c.numberFormat])).toEqual([['01', '@'], ['03', '@']]);
    expect(cellOf(sheet, 1, 2)).toMatchObject({ value: 91.03, numberFormat: '0.00' });
    expect(sheetValues(sheet)[3]).toEqual([null, null, null, null]);
  });

  it('fills 20,000 agencies in one request under 4 MB', async () => {
    const excel = createFakeExcel([{ name: 'Bảng', values: [['STT']] }]);
    const changes = Array.from({ length: 20000 }, (_, i) => [change(`A${i + 2}`, String(i + 1).padStart(2, '0')), change(`E${i + 2}`, 50 + (i % 50)), change(`F${i + 2}`, 'Trung bình')]).flat();
    await excel.run((context) => fillCells(context, changes));
    expect(excel.context.syncCount).toBe(1);
    expect(excel.context.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(cellOf(excel.model.sheets[0], 20000, 5).value).toBe('Trung bình');
  });
});

describe('an annex the user renamed', () => {
  it('is theirs: a rebuild writes a new annex beside it and leaves it as it was', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2), annex('Phụ lục II', 2)), { pageLayout: false }));
    excel.model.renameSheet(excel.model.sheetByName('Phụ lục I')!, 'Phụ lục I (dự thảo)');
    const kept = sheetValues(excel.model.sheetByName('Phụ lục I (dự thảo)')!);
    const again = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 3), annex('Phụ lục II', 3)), { pageLayout: false }));
    expect(again.sheets).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(excel.model.sheets.map((s) => s.name).sort()).toEqual(['Dữ liệu', 'Phụ lục I', 'Phụ lục I (dự thảo)', 'Phụ lục II']);
    expect(sheetValues(excel.model.sheetByName('Phụ lục I (dự thảo)')!)).toEqual(kept);
    // No mark is left on it: the next rebuild leaves it alone too, and reading takes it as the user's.
    expect(excel.model.names.map((n) => n.formula).sort()).toEqual(["='Phụ lục I'!$A$1", "='Phụ lục II'!$A$1"]);
    const grids = await excel.run((context) => readWorkbookGrids(context));
    expect(grids.sheets.map((g) => g.sheet)).toEqual(['Dữ liệu', 'Phụ lục I (dự thảo)']);
  });
});

describe('a sheet renamed during a run', () => {
  it('fails the swap cleanly, and the next run keeps the renamed sheet as the user’s', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 2)), { pageLayout: false }));
    // Between the pane's read and its write, someone renames the old annex to keep it.
    const attempt = rebuildWhile(excel, () => excel.model.renameSheet(excel.model.sheetByName('Phụ lục I')!, 'Phụ lục I (bản gửi Sở)'));
    await expect(attempt).rejects.toMatchObject({ code: 'swap-failed' });
    const again = await excel.run((context) => writeAnnexLayout(context, layout(annex('Phụ lục I', 3)), { pageLayout: false }));
    expect(again.sheets).toEqual(['Phụ lục I']);
    expect(excel.model.sheets.map((s) => s.name).sort()).toEqual(['Dữ liệu', 'Phụ lục I', 'Phụ lục I (bản gửi Sở)']);
    expect(sheetValues(excel.model.sheetByName('Phụ lục I (bản gửi Sở)')!)).toEqual(sheetValues(excel.model.sheetByName('Phụ lục I')!).slice(0, -1));
  });
});

describe('the Excel test double', () => {
  /** Runs `change` on sheet S of a fresh double and syncs: the error Excel would give, or undefined. */
  async function refusal(setup: (model: ReturnType<typeof createFakeExcel>['model']) => void, change: (sheet: Excel.Worksheet) => void) {
    const excel = createFakeExcel([{ name: 'S', values: [[1]] }, { name: 'T', values: [[2]] }]);
    setup(excel.model);
    return excel
      .run(async (context) => {
        change(context.workbook.worksheets.getItem('S'));
        await context.sync();
      })
      .then(
        () => undefined,
        (error: Error) => error.message,
      );
  }

  it('refuses layout changes on a protected sheet, as Excel does', async () => {
    const protect = (model: ReturnType<typeof createFakeExcel>['model']) => (model.sheetByName('S')!.protected = true);
    expect(await refusal(protect, (s) => s.freezePanes.freezeRows(1))).toMatch(/protected/);
    expect(await refusal(protect, (s) => s.pageLayout.setPrintTitleRows('$1:$1'))).toMatch(/protected/);
    expect(await refusal(protect, (s) => (s.getRange('A1').format.columnWidth = 20))).toMatch(/protected/);
    expect(await refusal(protect, (s) => (s.getRange('A1').columnHidden = true))).toMatch(/protected/);
    expect(await refusal(() => undefined, (s) => s.freezePanes.freezeRows(1))).toBeUndefined();
  });

  it('has an active sheet and sheet visibility: the active, a very hidden or the last visible sheet is not deleted', async () => {
    expect(await refusal(() => undefined, (s) => s.delete())).toMatch(/active sheet/);
    expect(await refusal((m) => (m.activeSheetId = m.sheetByName('T')!.id), (s) => s.delete())).toBeUndefined();
    const veryHidden = (m: ReturnType<typeof createFakeExcel>['model']) => {
      m.activeSheetId = m.sheetByName('T')!.id;
      m.sheetByName('S')!.visibility = 'VeryHidden';
    };
    expect(await refusal(veryHidden, (s) => s.delete())).toMatch(/very hidden/);
    const onlyVisible = (m: ReturnType<typeof createFakeExcel>['model']) => (m.sheetByName('T')!.visibility = 'Hidden');
    expect(await refusal(onlyVisible, (s) => (s.visibility = 'Hidden'))).toMatch(/at least one visible/);
  });

  it('says whether rows and columns are hidden as Excel does (true, false, or null for some), and gives the visible cells as areas', async () => {
    const excel = createFakeExcel([{ name: "Tổ 1, 2", values: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], hiddenRows: [1], hiddenColumns: [1] }]);
    const got = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tổ 1, 2');
      const ranges = ['A1:C3', 'A2:C2', 'A1:A3'].map((a) => sheet.getRange(a).load('rowHidden,columnHidden'));
      const visible = sheet.getRange('A1:C3').getSpecialCellsOrNullObject('Visible').load('address');
      const none = sheet.getRange('B2').getSpecialCellsOrNullObject('Visible').load('address');
      await context.sync();
      return { hidden: ranges.map((r) => [r.rowHidden, r.columnHidden]), visible: visible.address, none: none.isNullObject };
    });
    expect(got.hidden).toEqual([[null, null], [true, null], [null, false]]);
    expect(got.visible).toBe("'Tổ 1, 2'!A1,'Tổ 1, 2'!C1,'Tổ 1, 2'!A3,'Tổ 1, 2'!C3");
    expect(got.none).toBe(true);
    expect(await refusal((m) => (m.sheetByName('S')!.protected = true), (s) => (s.getRange('A1').rowHidden = true))).toMatch(/protected/);
  });

  it('throws, as Excel does, on reading a property that was not loaded', async () => {
    const excel = createFakeExcel([{ name: 'S', values: [[1]] }]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      expect(() => range.values).toThrow(/is not available/);
      range.load('values');
      expect(() => range.values).toThrow(/is not available/);
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  it('turns a string starting with "=" into a formula unless the cell is formatted as text', async () => {
    const excel = createFakeExcel([{ name: 'S', values: [] }]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').values = [['=1+1']];
      const b1 = sheet.getRange('B1');
      b1.numberFormat = [['@']];
      b1.values = [['=1+1']];
      sheet.getRange('C1').values = [['01']];
      await context.sync();
    });
    const sheet = excel.model.sheets[0];
    expect(cellOf(sheet, 0, 0).formula).toBe('=1+1');
    expect(cellOf(sheet, 0, 1)).toMatchObject({ value: '=1+1', formula: undefined });
    expect(cellOf(sheet, 0, 2).value).toBe(1);
  });
});
