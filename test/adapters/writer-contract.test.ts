/**
 * One contract for both writers: the same annex layout gives the same sheets, values, formats,
 * merges, frozen header and print titles through the Excel JS API writer (against the test
 * double) and through the ExcelJS writer (read back from the .xlsx bytes).
 */
import ExcelJS from 'exceljs';
import { annexLayout } from '../../src/engine/output/annex';
import { assess } from '../../src/engine/assessing/assess';
import { AnnexLayout } from '../../src/engine/output/layout';
import { OWNED_SHEET_MARKER } from '../../src/engine/values/sheet-names';
import { writeAnnexLayout } from '../../src/adapters/excel/write';
import { writeLayoutBuffer } from '../../src/adapters/exceljs/write';
import { cellOf, createFakeExcel, sheetValues } from '../support/excel-double';
import { noticeGrid } from '../fixtures/notice-grid';

interface Rendered {
  name: string;
  values: (string | number | null)[][];
  /** Number format of every non-empty cell, by "row,column". */
  formats: Record<string, string>;
  fonts: Set<string>;
  merges: string[];
  freezeRows: number;
  printTitleRows: string;
  formulas: number;
}

type Writer = (layout: AnnexLayout) => Promise<{ sheets: Rendered[]; ownedMarks: string[] }>;

const trimTrailing = (rows: (string | number | null)[][]) => {
  const out = rows.map((r) => [...r]);
  while (out.length && out[out.length - 1].every((v) => v === null)) out.pop();
  return out;
};

const viaExcelApi: Writer = async (layout) => {
  const excel = createFakeExcel([{ name: 'Dữ liệu', values: [['x']] }]);
  await excel.run((context) => writeAnnexLayout(context, layout, { pageLayout: true }));
  const sheets = excel.model.sheets.filter((s) => s.name !== 'Dữ liệu').map((sheet) => {
    const values = sheetValues(sheet) as (string | number | null)[][];
    const formats: Record<string, string> = {};
    const fonts = new Set<string>();
    let formulas = 0;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = cellOf(sheet, r, c);
        if (v !== null) formats[`${r},${c}`] = cell.numberFormat === '@' ? 'text' : cell.numberFormat;
        if (cell.font.name) fonts.add(cell.font.name);
        if (cell.formula) formulas++;
      }),
    );
    return {
      name: sheet.name,
      values: trimTrailing(values),
      formats,
      fonts,
      merges: sheet.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort(),
      freezeRows: sheet.freezeRows,
      printTitleRows: (sheet.printTitleRows ?? '').replace(/\$/g, ''),
      formulas,
    };
  });
  return { sheets, ownedMarks: excel.model.names.filter((n) => n.name.startsWith(OWNED_SHEET_MARKER)).map((n) => n.formula.replace(/^=/, '')).sort() };
};

const viaExcelJs: Writer = async (layout) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeLayoutBuffer(layout)) as unknown as ExcelJS.Buffer);
  const sheets = workbook.worksheets.map((sheet) => {
    const values: (string | number | null)[][] = [];
    const formats: Record<string, string> = {};
    const fonts = new Set<string>();
    let formulas = 0;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: (string | number | null)[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getRow(r).getCell(c);
        const value = cell.type === ExcelJS.ValueType.Merge ? null : (cell.value as string | number | null);
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        row.push(value ?? null);
        if (value !== null && value !== undefined) formats[`${r - 1},${c - 1}`] = cell.numFmt === '@' ? 'text' : (cell.numFmt ?? 'General');
        if (cell.font?.name) fonts.add(cell.font.name);
      }
      values.push(row);
    }
    const merges = ((sheet.model as unknown as { merges: string[] }).merges ?? []).map((range) => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
      const col = (l: string) => l.charCodeAt(0) - 65;
      return `${Number(m[2]) - 1},${col(m[1])}:${Number(m[4]) - 1},${col(m[3])}`;
    });
    const view = sheet.views[0] as { ySplit?: number };
    return {
      name: sheet.name,
      values: trimTrailing(values),
      formats,
      fonts,
      merges: merges.sort(),
      freezeRows: view?.ySplit ?? 0,
      printTitleRows: sheet.pageSetup.printTitlesRow ?? '',
      formulas,
    };
  });
  const ownedMarks: string[] = [];
  for (const sheet of workbook.worksheets) {
    const names = workbook.definedNames.getNames(`'${sheet.name}'!$A$1`) as unknown as string[];
    if (names.some((n) => n.startsWith(OWNED_SHEET_MARKER))) ownedMarks.push(`'${sheet.name}'!$A$1`);
  }
  return { sheets, ownedMarks: ownedMarks.sort() };
};

const khanhSon = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]);
// A formula-looking agency name must stay text in every writer.
khanhSon.groups[0].agencies[0].name = '=HYPERLINK("http://x")';
const layout = annexLayout(khanhSon, { year: 2021 });

describe.each([
  ['the Excel JS API writer', viaExcelApi],
  ['the ExcelJS writer', viaExcelJs],
])('%s', (_, write) => {
  let result: Awaited<ReturnType<Writer>>;
  beforeAll(async () => {
    result = await write(layout);
  });

  it('writes one sheet per layout sheet, with its name', () => {
    expect(result.sheets.map((s) => s.name)).toEqual(layout.sheets.map((s) => s.name));
  });

  it('writes every value of the layout, text as text', () => {
    for (const [i, sheet] of layout.sheets.entries()) {
      expect(result.sheets[i].values).toEqual(trimTrailing(sheet.rows.map((row) => row.map((cell) => cell.value))));
      expect(result.sheets[i].formulas).toBe(0);
    }
    expect(result.sheets[0].values[5][1]).toBe('=HYPERLINK("http://x")');
  });

  it('formats ratios with two decimals, ordinals and names as text, in Times New Roman', () => {
    const sheet = result.sheets[0];
    const header = layout.sheets[0].headerRow;
    expect(sheet.formats[`${header + 1},0`]).toBe('text');
    expect(sheet.formats[`${header + 1},1`]).toBe('text');
    expect(sheet.formats[`${header + 1},4`]).toBe('0.00');
    expect(sheet.formats[`${header + 1},3`]).toBe('0');
    expect([...sheet.fonts]).toEqual(['Times New Roman']);
  });

  it('merges the title rows, freezes the header and repeats it on every printed page', () => {
    const sheet = result.sheets[0];
    const header = layout.sheets[0].headerRow;
    expect(sheet.merges).toEqual(layout.sheets[0].merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort());
    expect(sheet.freezeRows).toBe(header + 1);
    expect(sheet.printTitleRows).toBe(`1:${header + 1}`);
  });

  it('marks every sheet it wrote as its own', () => {
    expect(result.ownedMarks).toEqual(layout.sheets.map((s) => `'${s.name}'!$A$1`).sort());
  });
});

// An index table (formats.md §6): made-up provinces, two tied at 0,633, one written "0,630", one "0,5".
const indexTable = assess([
  {
    file: 'chi-so.xlsx',
    sheets: [{ sheet: 'Tỉnh', rows: [['Tỉnh, thành phố', 'Chỉ số'], ['Tỉnh A', '0,633'], ['Tỉnh B', 0.7], ['Tỉnh C', '0,630'], ['Tỉnh D', 0.633], ['Tỉnh E', '0,5']], merges: [] }],
  },
]);
const indexLayout = annexLayout(indexTable);

describe.each([
  ['the Excel JS API writer', viaExcelApi],
  ['the ExcelJS writer', viaExcelJs],
])('%s, for an index table', (_, write) => {
  it('writes STT | Tên | Chỉ số | Xếp hạng, each index with its places and shared ranks (1, 2, 2, 4, 5)', async () => {
    const [sheet] = (await write(indexLayout)).sheets;
    const header = indexLayout.sheets[0].headerRow;
    expect(sheet.values.slice(header)).toEqual([
      ['STT', 'Tên', 'Chỉ số', 'Xếp hạng'],
      ['01', 'Tỉnh B', 0.7, 1],
      ['02', 'Tỉnh A', 0.633, 2],
      ['03', 'Tỉnh D', 0.633, 2],
      ['04', 'Tỉnh C', 0.63, 4],
      ['05', 'Tỉnh E', 0.5, 5],
    ]);
    expect([1, 2, 3, 4, 5].map((r) => sheet.formats[`${header + r},2`])).toEqual(['0.0', '0.000', '0.000', '0.000', '0.0']);
    expect(sheet.formats[`${header + 1},3`]).toBe('0');
  });
});
