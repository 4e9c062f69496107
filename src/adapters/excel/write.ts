/**
 * An annex layout into the open workbook, with the Excel JS API.
 *
 * - A constant number of syncs whatever the number of agencies: one to read which sheets exist
 *   and which are the add-in's own, one to write every new sheet, one to swap them in (more only
 *   when a request would pass 4 MB: Excel on the web refuses requests over 5 MB).
 * - Never half-writes: new sheets are built under temporary names and swapped in at the end; if
 *   writing fails, the temporary sheets are deleted and the workbook is as it was.
 * - Touches only its own sheets: those marked by its defined names. A user's sheet that already
 *   has the wanted name is left alone and the annex takes a free name.
 * - Text stays text: text cells get the number format "@" before their values, so a name
 *   starting with "=" is never a formula and "01" is not turned into 1.
 */
import { FONT_NAME, FONT_SIZE, formulaNumberFormat, LayoutCell, LayoutChart, LayoutSheet, PAGE_MARGINS_MM, PAGE_NUMBER } from '../../engine/output/layout';
import { ownedFromNames, referenceToSheet, TEMPORARY_PREFIX } from './owned';
import { EXCEL_STYLES } from './styles';
import { bothLanguages, Words, WORDS } from '../../engine/messages/words';
import { columnPoints } from '../../engine/output/print';
import { hostHas } from './host';
import { freeSheetName, freeSheetNames, nextOwnedMarkerNumber, ownedMarkerName, ownedMarkerNumber, sheetNameKey } from '../../engine/values/sheet-names';

/** The largest request the writer sends; Excel on the web refuses more than 5 MB. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export type ExcelWriteErrorCode = 'write-failed' | 'swap-failed';

export class ExcelWriteError extends Error {
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(
    readonly code: ExcelWriteErrorCode,
    what: (words: Words) => string,
    readonly cause?: unknown,
  ) {
    super(`${bothLanguages(what)}${cause instanceof Error ? ` (${cause.message})` : ''}`);
    this.name = 'ExcelWriteError';
    this.messageVi = what(WORDS.vi);
    this.messageEn = what(WORDS.en);
  }

}

export interface WriteResult {
  /** The tab names written, in order. */
  sheets: string[];
  /** context.sync() calls made. */
  syncs: number;
}

export interface WriteOptions {
  /** Page layout needs ExcelApi 1.9; by default it is asked of Office. */
  pageLayout?: boolean;
  /** Data validation of the forms' score cells needs ExcelApi 1.8; by default it is asked of Office. */
  dataValidation?: boolean;
  /** Charts that plot hidden cells (chart.plotVisibleOnly, ExcelApi 1.8); by default it is asked of Office. */
  plotHiddenCells?: boolean;
}

/** What the host can do, from the options or else from Office; without Office (the tests' double) all of it but page layout. */
export interface HostFeatures {
  pageLayout: boolean;
  dataValidation: boolean;
  plotHiddenCells: boolean;
}


export function hostFeatures(options: WriteOptions): HostFeatures {
  return {
    pageLayout: options.pageLayout ?? hostHas('1.9', false),
    dataValidation: options.dataValidation ?? hostHas('1.8', true),
    plotHiddenCells: options.plotHiddenCells ?? hostHas('1.8', true),
  };
}

/**
 * Keeps each request under MAX_REQUEST_BYTES: before a part that would take the pending request
 * past it, the pending request is sent. Counts the syncs it makes.
 */
export class RequestBudget {
  private pending = 0;
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Call before queueing a part of about `bytes`. */
  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > MAX_REQUEST_BYTES) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.pending = 0;
    await this.context.sync();
  }
}

/** A rough size of what a block adds to a request, to keep each request under the limit. */
function blockBytes(rows: LayoutCell[][]): number {
  let bytes = 0;
  for (const row of rows) for (const cell of row) bytes += 12 + (typeof cell.value === 'string' ? cell.value.length * 2 : 12);
  return bytes;
}

export async function writeAnnexLayout(context: Excel.RequestContext, layout: { sheets: LayoutSheet[] }, options: WriteOptions = {}): Promise<WriteResult> {
  const budget = new RequestBudget(context);
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  await budget.sync();

  const owned = ownedFromNames(names.items);
  const oldMarkers = names.items.filter((n) => ownedMarkerNumber(n.name) !== undefined).map((n) => n.name);
  const nextMarker = nextOwnedMarkerNumber(oldMarkers);
  const existing = worksheets.items.map((s) => s.name);
  const temporaries = layout.sheets.map((_, i) => freeSheetName(`${TEMPORARY_PREFIX}${i + 1}`, new Set(existing.map(sheetNameKey))));
  const markers = layout.sheets.map((_, i) => ownedMarkerName(nextMarker + i));
  // The add-in's own sheets give way; a user's sheet keeps its name and the annex takes another.
  const finalNames = freeSheetNames(
    layout.sheets.map((sheet) => sheet.name),
    existing.filter((n) => !owned.has(n)),
  );
  const features = hostFeatures(options);

  // 1. Every new sheet, whole, under a temporary name, already marked as the add-in's own (a
  //    defined name follows its sheet through a rename), so whatever a failure leaves behind is
  //    cleaned up by the next run.
  try {
    for (const [i, sheet] of layout.sheets.entries()) {
      const target = context.workbook.worksheets.add(temporaries[i]);
      context.workbook.names.add(markers[i], referenceToSheet(temporaries[i]), finalNames[i]);
      for (const rows of chunks(sheet.rows)) {
        await budget.room(blockBytes(rows.rows));
        writeBlock(target, rows.start, rows.rows);
      }
      formatSheet(target, sheet, { ...features, dataValidation: false });
    }
    await budget.sync();
  } catch (error) {
    await removeSheetsAndMarks(context, temporaries, markers);
    throw new ExcelWriteError('write-failed', (words) => words.excel.annexesNotWritten, error);
  }

  // 2. Swap: the add-in's old sheets and their marks out, the new sheets renamed. A surviving
  //    sheet is activated first: deleting the active sheet and renaming right after is what
  //    Excel on the web stumbles on (office-js #3218). A very hidden sheet cannot be deleted.
  try {
    const survivor = temporaries[0] ?? existing.find((name) => !owned.has(name));
    if (survivor) context.workbook.worksheets.getItem(survivor).activate();
    for (const name of oldMarkers) context.workbook.names.getItem(name).delete();
    for (const name of owned) {
      const old = context.workbook.worksheets.getItem(name);
      old.visibility = 'Visible';
      old.delete();
    }
    layout.sheets.forEach((_, i) => (context.workbook.worksheets.getItem(temporaries[i]).name = finalNames[i]));
    await budget.sync();
  } catch (error) {
    throw new ExcelWriteError('swap-failed', (words) => words.excel.annexesNotSwapped, error);
  }
  return { sheets: finalNames, syncs: budget.syncs };
}

/** Rows in blocks of at most 5,000, so a very large table can be sent in several requests. */
export function* chunks<T>(rows: T[][]): Generator<{ start: number; rows: T[][] }> {
  const size = 5000;
  for (let start = 0; start < rows.length; start += size) yield { start, rows: rows.slice(start, start + size) };
}

/** Number formats first (so "@" cells take text as text), then values: one 2-D assignment each. */
export function writeBlock(sheet: Excel.Worksheet, start: number, rows: LayoutCell[][]): void {
  if (rows.length === 0 || rows[0].length === 0) return;
  const range = sheet.getRangeByIndexes(start, 0, rows.length, rows[0].length);
  const format = (cell: LayoutCell) => cell.numberFormat ?? EXCEL_STYLES[cell.style].numberFormat;
  range.numberFormat = rows.map((row) => row.map((cell) => (cell.formula ? formulaNumberFormat(format(cell)) : format(cell))));
  const constant = (cell: LayoutCell) => (cell.value === null ? '' : cell.value);
  if (rows.some((row) => row.some((cell) => cell.formula))) {
    // Live annexes: formulas where the layout has them, constants elsewhere (text cells are "@").
    range.formulas = rows.map((row) => row.map((cell) => cell.formula ?? constant(cell)));
  } else {
    range.values = rows.map((row) => row.map(constant));
  }
}

/** Runs of one style down each column: few ranges for a table whose columns share a style. */
function styleRuns(rows: LayoutCell[][]): { style: LayoutCell['style']; top: number; left: number; bottom: number }[] {
  const runs: { style: LayoutCell['style']; top: number; left: number; bottom: number }[] = [];
  const width = rows[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let top = 0;
    for (let r = 1; r <= rows.length; r++) {
      if (r === rows.length || rows[r][c].style !== rows[top][c].style) {
        runs.push({ style: rows[top][c].style, top, left: c, bottom: r - 1 });
        top = r;
      }
    }
  }
  return runs;
}

export function formatSheet(sheet: Excel.Worksheet, layout: LayoutSheet, features: HostFeatures): void {
  const height = layout.rows.length;
  const width = layout.columnWidths.length;
  if (height > 0 && width > 0) {
    const all = sheet.getRangeByIndexes(0, 0, height, width);
    all.format.font.name = FONT_NAME;
    all.format.font.size = FONT_SIZE;
    all.format.verticalAlignment = 'Center';
  }
  for (const run of styleRuns(layout.rows)) {
    const style = EXCEL_STYLES[run.style];
    if (run.style === 'plain') continue;
    const range = sheet.getRangeByIndexes(run.top, run.left, run.bottom - run.top + 1, 1);
    if (style.bold) range.format.font.bold = true;
    if (style.italic) range.format.font.italic = true;
    if (style.size) range.format.font.size = style.size;
    if (style.horizontal) range.format.horizontalAlignment = style.horizontal;
    if (style.wrap) range.format.wrapText = true;
    if (style.fill) range.format.fill.color = style.fill;
    if (style.borders) {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'] as const) {
        range.format.borders.getItem(edge).style = 'Continuous';
      }
    }
  }
  for (const m of layout.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  layout.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(w)));
  for (const [row, points] of Object.entries(layout.rowHeights ?? {})) sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = points;
  for (const input of layout.inputs ?? []) {
    const cell = sheet.getRangeByIndexes(input.row, input.column, 1, 1);
    cell.format.protection.locked = false;
    // Where the host lacks validation the cell is still the only editable one on a protected sheet.
    if (input.validation && features.dataValidation) {
      cell.dataValidation.rule = { custom: { formula: input.validation } };
      cell.dataValidation.errorAlert = { message: input.error ?? '', showAlert: true, style: 'Stop', title: 'Điểm không hợp lệ' };
    }
  }
  for (const chart of layout.charts ?? []) addChart(sheet, chart, width, features.plotHiddenCells);
  sheet.freezePanes.freezeRows(layout.headerRow + 1);
  if (features.pageLayout) setPageLayout(sheet.pageLayout, layout);
  // A form: only its input cells stay editable (no password; this guards against slips).
  // Last: Excel refuses layout changes on a protected sheet.
  if (layout.inputs) sheet.protection.protect();
}

/** The layout's page: A4, its margins, fitted to the width only, header rows repeated, numbered from page 2. */
function setPageLayout(page: Excel.PageLayout, layout: LayoutSheet): void {
  const points = (mm: number) => Math.round((mm * 72 * 100) / 25.4) / 100;
  page.orientation = layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintTitleRows(`$1:$${layout.headerRow + 1}`);
  page.topMargin = points(PAGE_MARGINS_MM.top);
  page.bottomMargin = points(PAGE_MARGINS_MM.bottom);
  page.leftMargin = points(PAGE_MARGINS_MM.left);
  page.rightMargin = points(PAGE_MARGINS_MM.right);
  page.headerMargin = points(PAGE_MARGINS_MM.header);
  page.footerMargin = points(PAGE_MARGINS_MM.footer);
  page.firstPageNumber = 1;
  page.headersFooters.state = 'FirstAndDefault';
  page.headersFooters.firstPage.centerHeader = '';
  page.headersFooters.defaultForAllPages.centerHeader = PAGE_NUMBER;
}

/** Best effort: find what a failed write left (sheets it added, their marks) and delete it, in two syncs. */
export async function removeSheetsAndMarks(context: Excel.RequestContext, sheetNames: string[], markers: string[]): Promise<void> {
  try {
    const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('isNullObject'));
    const names = markers.map((name) => context.workbook.names.getItemOrNullObject(name).load('isNullObject'));
    await context.sync();
    for (const name of names) if (!name.isNullObject) name.delete();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // Nothing more can be done from here; the caller reports the original failure.
  }
}

/**
 * New sheets that become the user's (blank forms): not marked as the add-in's own, never
 * replaced later. Two syncs, more where the requests would pass 4 MB; on failure the sheets
 * made so far are removed.
 */
export async function writeUserSheets(context: Excel.RequestContext, sheets: LayoutSheet[], options: WriteOptions = {}): Promise<WriteResult> {
  const budget = new RequestBudget(context);
  const worksheets = context.workbook.worksheets.load('items/name');
  await budget.sync();
  const names = freeSheetNames(
    sheets.map((sheet) => sheet.name),
    worksheets.items.map((s) => s.name),
  );
  const features = hostFeatures(options);
  try {
    for (const [i, sheet] of sheets.entries()) {
      await budget.room(formSheetBytes(sheet));
      const target = context.workbook.worksheets.add(names[i]);
      writeBlock(target, 0, sheet.rows);
      formatSheet(target, sheet, features);
    }
    await budget.sync();
  } catch (error) {
    await removeSheetsAndMarks(context, names, []);
    throw new ExcelWriteError('write-failed', (words) => words.excel.formsNotWritten, error);
  }
  return { sheets: names, syncs: budget.syncs };
}

/** A form's cells with their formats, and each input cell's validation and unlocking. */
export function formSheetBytes(sheet: LayoutSheet): number {
  return 6 * blockBytes(sheet.rows) + 800 * (sheet.inputs?.length ?? 0);
}

/**
 * A native column chart of the ratios, following the table's cells, with one line per grade
 * bound (85, 70, 50) from helper columns beside the table. ExcelApi 1.7. Excel does not plot
 * hidden cells by default: the helper columns are hidden only where the chart can be told to
 * plot them (plotVisibleOnly, ExcelApi 1.8); elsewhere they stay shown.
 */
function addChart(sheet: Excel.Worksheet, chart: LayoutChart, tableWidth: number, plotHiddenCells: boolean): void {
  const { firstRow, valueColumn, categoryColumn } = chart.source;
  const count = chart.values.length;
  if (count === 0) return;
  const bounds = chart.bands.slice(1).map((band) => band);
  const column = sheet.charts.add('ColumnClustered', sheet.getRangeByIndexes(firstRow, valueColumn, count, 1), 'Columns');
  // No bound to draw (one band, or bounds not on the ratio): no helper cells, since Excel refuses a range of no columns.
  if (bounds.length > 0) {
    const helpers = sheet.getRangeByIndexes(firstRow, tableWidth, count, bounds.length);
    helpers.values = Array.from({ length: count }, () => bounds.map((band) => band.from));
    if (plotHiddenCells) helpers.columnHidden = true;
  }
  if (plotHiddenCells) column.plotVisibleOnly = false;
  column.title.text = chart.title;
  column.legend.visible = false;
  column.axes.valueAxis.minimum = 0;
  column.axes.valueAxis.maximum = 100;
  column.series.getItemAt(0).setXAxisValues(sheet.getRangeByIndexes(firstRow, categoryColumn, count, 1));
  bounds.forEach((band, i) => {
    const line = column.series.add(band.label);
    line.setValues(sheet.getRangeByIndexes(firstRow, tableWidth + i, count, 1));
    line.chartType = 'Line';
  });
  column.setPosition(sheet.getRangeByIndexes(chart.row, chart.column, 1, 1), sheet.getRangeByIndexes(chart.row + Math.ceil(chart.height / 20), chart.column + 6, 1, 1));
}
