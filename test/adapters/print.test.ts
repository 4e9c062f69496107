/**
 * The printed page, checked from the files: the Khánh Sơn 2021 annexes, the Khánh Hòa 2014
 * detailed tables with their six components, and a 75-agency annex, through the ExcelJS writer
 * (read back from the .xlsx) and the Excel JS API writer (against the Excel double).
 */
import ExcelJS from 'exceljs';
import { annexLayout } from '../../src/engine/output/annex';
import { assess } from '../../src/engine/assessing/assess';
import { presetRubric } from '../../src/engine/rules/presets';
import { AnnexLayout, LayoutSheet, PAGE_MARGINS_MM } from '../../src/engine/output/layout';
import { columnPixels, printablePixels } from '../../src/engine/output/print';
import { writeLayoutBuffer } from '../../src/adapters/exceljs/write';
import { writeAnnexLayout } from '../../src/adapters/excel/write';
import { blankForm } from '../../src/engine/output/blank-forms';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { readRubricSheet } from '../../src/engine/rules/rubric';
import * as path from 'path';
import { createFakeExcel } from '../support/excel-double';
import { noticeGrid } from '../fixtures/notice-grid';
import { khanhHoa2014Grids, manyAgenciesGrid } from '../fixtures/print-inputs';

const NOTICE = 'Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn';
const khanhSon = annexLayout(assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]), { year: 2021, notice: NOTICE });
const khanhHoa = annexLayout(assess([{ file: 'kh-2014.xlsx', sheets: khanhHoa2014Grids() }], { rubric: presetRubric('khanh-hoa-2014') }), {
  year: 2014,
  notice: 'Thông báo số 29/TB-HĐTĐ ngày 08/01/2015 của Hội đồng thẩm định',
});
const many = annexLayout(assess([{ file: 'tong-hop.xlsx', sheets: [manyAgenciesGrid(75)] }]), { year: 2025, notice: NOTICE });

async function readBack(layout: AnnexLayout): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeLayoutBuffer(layout)) as unknown as ExcelJS.Buffer);
  return workbook;
}

const sheetNamed = (layout: AnnexLayout, name: string): LayoutSheet => layout.sheets.find((s) => s.name === name)!;
const rowOf = (sheet: LayoutSheet, text: string) => sheet.rows.findIndex((row) => row[1]?.value === text);
const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;

describe('the layout of the page', () => {
  it('puts "(Kèm theo …)" in italics under the annex title, with the title in bold', () => {
    const annex = khanhSon.sheets[0];
    expect(annex.rows.slice(0, 4).map((row) => [row[0].value, row[0].style])).toEqual([
      ['PHỤ LỤC I', 'title'],
      ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021', 'title'],
      [`(Kèm theo ${NOTICE})`, 'subtitle'],
      ['Nhóm: Cơ quan chuyên môn', 'subtitle'],
    ]);
  });

  it('fills the page width with the table: portrait for annexes, landscape for six components', () => {
    for (const sheet of [khanhSon.sheets[0], sheetNamed(many, 'Phụ lục I')]) {
      expect(sheet.orientation).toBe('portrait');
      const pixels = sheet.columnWidths.reduce((sum, w) => sum + columnPixels(w), 0);
      expect(pixels).toBeLessThanOrEqual(printablePixels('portrait'));
      expect(pixels).toBeGreaterThan(printablePixels('portrait') - 14);
    }
    // With the Xếp hạng column too the annex stays portrait; only wider tables turn the page.
    expect(annexLayout(assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]), { rankColumn: true }).sheets[0].orientation).toBe('portrait');
    const detail = sheetNamed(khanhHoa, 'Chi tiết I');
    expect(detail.orientation).toBe('landscape');
    expect(detail.columnWidths).toHaveLength(2 + 6 + 4);
  });

  it('makes rows tall enough for names and notes that wrap, and headers wrap inside their cells', () => {
    const annex = khanhSon.sheets[0];
    const line = annex.rowHeights![annex.headerRow];
    expect(line).toBeGreaterThanOrEqual(2 * 16.75);
    expect(annex.rowHeights![rowOf(annex, 'Phòng Lao động - Thương binh và Xã hội')]).toBeGreaterThanOrEqual(2 * 16.75);
    expect(annex.rowHeights![rowOf(annex, 'Thanh tra huyện')]).toBeUndefined();
    const long = sheetNamed(many, 'Phụ lục I');
    const wrapped = long.rows.findIndex((row) => String(row[1].value).startsWith('Ủy ban nhân dân xã số 7 '));
    expect(long.rowHeights![wrapped]).toBeGreaterThanOrEqual(2 * 16.75);
    // A note of 70 characters in its narrow column takes several lines.
    const noted = long.rows.findIndex((row) => row[6].value !== null && row[0].style === 'textCenter');
    expect(long.rowHeights![noted]).toBeGreaterThanOrEqual(3 * 16.75);
  });

  it('gives each component ranking its own sheet, its heading among the rows repeated on every page', () => {
    const components = khanhHoa.sheets.filter((s) => s.kind === 'component');
    expect(components.map((s) => s.name)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Thành phần I.${n}`).concat([1, 2, 3, 4, 5, 6].map((n) => `Thành phần II.${n}`)));
    const third = sheetNamed(khanhHoa, 'Thành phần I.3');
    const heading = third.rows.findIndex((row) => row[0].value === '3. Sử dụng các phần mềm ứng dụng (tối đa 400 điểm)');
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(third.headerRow);
    expect(third.rows.filter((row) => row[0].value === 'Nhân lực CNTT' || String(row[0].value).startsWith('2.'))).toEqual([]);
  });
});

describe('the .xlsx written with ExcelJS', () => {
  it('sets A4, the decree margins, fit to width only and page numbers from page 2 on every sheet', async () => {
    for (const layout of [khanhSon, khanhHoa, many]) {
      const workbook = await readBack(layout);
      for (const [i, sheet] of workbook.worksheets.entries()) {
        expect(sheet.pageSetup).toMatchObject({
          paperSize: 9,
          orientation: layout.sheets[i].orientation,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          firstPageNumber: 1,
          margins: { left: inches(PAGE_MARGINS_MM.left), right: inches(PAGE_MARGINS_MM.right), top: inches(PAGE_MARGINS_MM.top), bottom: inches(PAGE_MARGINS_MM.bottom) },
          printTitlesRow: `1:${layout.sheets[i].headerRow + 1}`,
        });
        expect(sheet.headerFooter.differentFirst).toBe(true);
        expect(sheet.headerFooter.oddHeader).toBe('&C&"Times New Roman,Regular"&13&P');
        expect(sheet.headerFooter.firstHeader ?? '').toBe('');
      }
    }
  });

  it('keeps the row heights and column widths of the layout, the Kèm theo line in italics', async () => {
    const workbook = await readBack(many);
    const sheet = workbook.getWorksheet('Phụ lục I')!;
    const layout = sheetNamed(many, 'Phụ lục I');
    for (const [row, points] of Object.entries(layout.rowHeights!)) expect(sheet.getRow(Number(row) + 1).height).toBe(points);
    // ExcelJS writes a 9-character column as the sheet's default width, which must then be 9.
    layout.columnWidths.forEach((width, c) => expect(sheet.getColumn(c + 1).width ?? sheet.properties.defaultColWidth).toBe(width));
    expect(sheet.getCell('A3').value).toBe(`(Kèm theo ${NOTICE})`);
    expect(sheet.getCell('A3').font).toMatchObject({ italic: true, name: 'Times New Roman' });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
  });
});

describe('the Excel JS API writer', () => {
  it('sets the same page: margins in points, fit to width only, a first page without its number', async () => {
    const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
    await excel.run((context) => writeAnnexLayout(context, khanhHoa, { pageLayout: true }));
    const points = (mm: number) => Math.round((mm * 72 * 100) / 25.4) / 100;
    for (const layout of khanhHoa.sheets) {
      const sheet = excel.model.sheets.find((s) => s.name === layout.name)!;
      expect(sheet).toMatchObject({
        paperSize: 'A4',
        orientation: layout.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        fitToWidth: 1,
        fitToHeight: 0,
        firstPageNumber: 1,
        printTitleRows: `$1:$${layout.headerRow + 1}`,
        margins: { leftMargin: points(30), rightMargin: points(15), topMargin: points(20), bottomMargin: points(20) },
        headers: { state: 'FirstAndDefault', firstPage: '', defaultForAllPages: '&"Times New Roman,Regular"&13&P' },
      });
      for (const [row, height] of Object.entries(layout.rowHeights ?? {})) expect(sheet.rowHeights.get(Number(row))).toBe(height);
    }
  });
});

describe('blank forms', () => {
  it('wrap "Điểm tự đánh giá" inside its header cell, and keep a group row one line tall', async () => {
    const file = await readWorkbookFile(path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx'));
    const rubric = file.sheets.map((grid) => readRubricSheet(grid, file.file)).find((read) => read)!.rubric;
    const form = blankForm(rubric, { name: 'Phòng Tư pháp', group: rubric.groups[0] }) as LayoutSheet;
    expect(form.rows[form.headerRow][3].value).toBe('Điểm tự đánh giá');
    expect(form.rowHeights![form.headerRow]).toBeGreaterThanOrEqual(2 * 16.75);
    const group = form.rows.findIndex((row, r) => r > form.headerRow && row[0].style === 'header');
    expect(group).toBeGreaterThan(form.headerRow);
    expect(form.rowHeights![group]).toBeUndefined();
  });
});
