/**
 * An annex layout to an .xlsx file, with ExcelJS: the command line's way out. Renders what the
 * engine laid out; decides nothing about content.
 */
import ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomic';
import { chartPng } from './chart-png';
import { AnnexLayout, CellStyleName, FONT_NAME, FONT_SIZE, formulaNumberFormat, isReplacedByRebuild, LayoutSheet, NUMBER_FORMAT_TWO_DECIMALS, PAGE_MARGINS_MM, PAGE_NUMBER_HEADER } from '../../engine/output/layout';
import { ownedMarkerName, quoteSheetName } from '../../engine/values/sheet-names';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

interface Style {
  font: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
  fill?: ExcelJS.Fill;
  numFmt?: string;
}

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: FONT_SIZE, ...extra });

/** The one mapping from style names to formatting for .xlsx output. */
export const STYLES: Record<CellStyleName, Style> = {
  title: { font: font({ bold: true, size: 14 }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  subtitle: { font: font({ italic: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  header: { font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: THIN, fill: HEADER_FILL },
  text: { font: font(), alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: THIN, numFmt: '@' },
  textCenter: { font: font(), alignment: { horizontal: 'center', vertical: 'middle' }, border: THIN, numFmt: '@' },
  number: { font: font(), alignment: { horizontal: 'right', vertical: 'middle' }, border: THIN, numFmt: NUMBER_FORMAT_TWO_DECIMALS },
  integer: { font: font(), alignment: { horizontal: 'right', vertical: 'middle' }, border: THIN, numFmt: '0' },
  note: { font: font({ italic: true, size: 11 }), alignment: { wrapText: true } },
  recipientsHeading: { font: font({ bold: true, italic: true, size: 12 }), alignment: { horizontal: 'left', vertical: 'top' } },
  recipients: { font: font({ size: 11 }), alignment: { horizontal: 'left', vertical: 'top', wrapText: true }, numFmt: '@' },
  signature: { font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'top', wrapText: true }, numFmt: '@' },
  plain: { font: font() },
};

const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;
/** The layout's page margins, in inches as .xlsx keeps them. */
const MARGINS: ExcelJS.Margins = {
  top: inches(PAGE_MARGINS_MM.top),
  bottom: inches(PAGE_MARGINS_MM.bottom),
  left: inches(PAGE_MARGINS_MM.left),
  right: inches(PAGE_MARGINS_MM.right),
  header: inches(PAGE_MARGINS_MM.header),
  footer: inches(PAGE_MARGINS_MM.footer),
};

function renderSheet(workbook: ExcelJS.Workbook, layout: LayoutSheet, index: number, own: boolean): void {
  const sheet = workbook.addWorksheet(layout.name, {
    // ExcelJS leaves out columns 9 characters wide, taking 9 for the file's default: say so in the file.
    properties: { defaultColWidth: 9 },
    views: [{ state: 'frozen', ySplit: layout.headerRow + 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      printTitlesRow: `1:${layout.headerRow + 1}`,
      // Each sheet is a document of its own: its pages count from 1.
      firstPageNumber: 1,
    },
    // Page numbers on every page but the first.
    headerFooter: { differentFirst: true, oddHeader: PAGE_NUMBER_HEADER, firstHeader: '' },
  });
  layout.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  layout.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      // Text is set as a plain string value: ExcelJS writes it as a shared string, never a formula,
      // so a name starting with "=" stays text.
      if (cell.formula) target.value = { formula: cell.formula.slice(1), result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
      else if (cell.value !== null) target.value = cell.value;
      // One shared style object per style name: setting it whole is much cheaper than per property.
      const style = cell.numberFormat ? { ...STYLES[cell.style], numFmt: cell.numberFormat } : STYLES[cell.style];
      target.style = (cell.formula && style.numFmt ? { ...style, numFmt: formulaNumberFormat(style.numFmt) } : style) as Partial<ExcelJS.Style>;
    });
    const height = layout.rowHeights?.[r];
    if (height !== undefined) row.height = height;
  });
  if (layout.hidden) sheet.state = 'hidden';
  for (const m of layout.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (layout.inputs) protectWithInputs(sheet, layout);
  for (const chart of layout.charts ?? []) {
    const image = workbook.addImage({ buffer: chartPng(chart) as unknown as ExcelJS.Buffer, extension: 'png' });
    sheet.addImage(image, { tl: { col: chart.column, row: chart.row }, ext: { width: chart.width, height: chart.height } });
  }
  // Marks the sheet as the add-in's own, so a rebuild in Excel replaces it and nothing else.
  if (own) workbook.definedNames.add(`${quoteSheetName(layout.name)}!$A$1`, ownedMarkerName(index + 1));
}

/** A form: every cell locked but the inputs, which keep their validation rule. */
function protectWithInputs(sheet: ExcelJS.Worksheet, layout: LayoutSheet): void {
  for (const input of layout.inputs ?? []) {
    const cell = sheet.getRow(input.row + 1).getCell(input.column + 1);
    // Styles are shared between cells (see renderSheet): give this cell its own copy.
    cell.style = { ...cell.style, protection: { locked: false } };
    if (input.validation) {
      cell.dataValidation = {
        type: 'custom',
        allowBlank: true,
        formulae: [input.validation.slice(1)],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Điểm không hợp lệ',
        error: input.error ?? '',
      };
    }
  }
  // No password: the protection keeps formatting and labels from accidental edits, not a secret.
  (sheet as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
    sheet: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  };
}

/** Renders the layout; forms are marked as nobody's (they are the user's once filled in). */
export function writeLayoutToWorkbook(layout: AnnexLayout, workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  workbook.creator = 'CNTT';
  layout.sheets.forEach((sheet, i) => renderSheet(workbook, sheet, i, isReplacedByRebuild(sheet.kind)));
  return workbook;
}

export async function writeLayoutBuffer(layout: AnnexLayout): Promise<Uint8Array> {
  const data = await writeLayoutToWorkbook(layout).xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}

/** Writes the file whole: to a temporary name first, then renamed, so no half-written file is left. */
export async function writeLayoutFile(layout: AnnexLayout, filePath: string): Promise<void> {
  await writeFileAtomically(filePath, (stream) => writeLayoutToWorkbook(layout).xlsx.write(stream));
}
