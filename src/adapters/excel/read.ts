/**
 * The open workbook to grids, with the Excel JS API: four syncs whatever the number of sheets
 * (names first, then every sheet's used range at once, then the merged areas: merges.ts, then
 * the hidden rows and columns: hidden.ts). Excel
 * on the web refuses a response over 5 MB; for a workbook that large the values are read again
 * in blocks of rows, halved until each response fits. Reads only; writes nothing.
 */
import { CellValue, Grid, WorkbookGrids } from '../../engine/values/grid';
import { hostHas } from './host';
import { readMergedAreas } from './merges';
import { readHidden } from './hidden';
import { ownedFromNames } from './owned';
import { bothLanguages } from '../../engine/messages/words';

export interface ReadOptions {
  /** Shown in messages as the file; Excel's API gives no file name before ExcelApi 1.x. */
  file?: string;
  /** Only these sheets; default every sheet but the add-in's own annexes. */
  sheets?: string[];
  /** Read merged areas (ExcelApi 1.13); skipped where the host lacks it. */
  merges?: boolean;
  /** Read hidden rows and columns (ExcelApi 1.9); skipped where the host lacks it. */
  hidden?: boolean;
}

export async function readWorkbookGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  await context.sync();
  const owned = ownedFromNames(names.items);
  const wanted = sheets.items.filter((s) => (options.sheets ? options.sheets.includes(s.name) : !owned.has(s.name)));
  const grids = await readValues(context, wanted);
  // Blank forms the add-in made are read, to tell whether anything was typed in them since.
  const forms = ownedFromNames(names.items, 'form');
  for (const grid of grids) if (forms.has(grid.sheet)) grid.ownForm = true;
  await addMerges(context, wanted, grids, options.merges ?? hostHas('1.13'));
  if (options.hidden ?? hostHas('1.9')) await addHidden(context, wanted, grids);
  return { file: options.file ?? 'Workbook', sheets: grids };
}

/** Every sheet's used range in one request, or in blocks where the response would be too large. */
async function readValues(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Grid[]> {
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('values,valueTypes,rowIndex,columnIndex'));
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return readInBlocks(context, sheets);
  }
  return sheets.map((sheet, i): Grid => {
    const range = used[i];
    const rows = range.isNullObject ? [] : placeRows([], range.values, range.valueTypes, range.rowIndex, range.columnIndex);
    return { sheet: sheet.name, rows, merges: [] };
  });
}

/**
 * The merged areas of the sheets that hold anything; a sheet whose merges Excel cannot give (over
 * 512, or a host without ExcelApi 1.13) is marked, for the reader to say so.
 */
async function addMerges(context: Excel.RequestContext, sheets: Excel.Worksheet[], grids: Grid[], withMerges: boolean): Promise<void> {
  const filled = grids.flatMap((grid, i) => (grid.rows.length > 0 ? [i] : []));
  const merges = withMerges ? await readMergedAreas(context, filled.map((i) => sheets[i])) : filled.map(() => undefined);
  filled.forEach((sheet, k) => {
    const areas = merges[k];
    if (areas) grids[sheet].merges = areas;
    else grids[sheet].mergesUnread = true;
  });
}

/** The hidden rows and columns of the sheets that hold anything, where Excel can give them. */
async function addHidden(context: Excel.RequestContext, sheets: Excel.Worksheet[], grids: Grid[]): Promise<void> {
  const filled = grids.flatMap((grid, i) => (grid.rows.length > 0 ? [i] : []));
  const hidden = await readHidden(context, filled.map((i) => sheets[i]), filled.map((i) => grids[i]));
  filled.forEach((sheet, k) => {
    const { rows = [], columns = [] } = hidden[k] ?? {};
    if (rows.length > 0) grids[sheet].hiddenRows = rows;
    if (columns.length > 0) grids[sheet].hiddenColumns = columns;
  });
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Rows of one sheet's used range, to be read in one request. */
interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/**
 * The slow path for a workbook too large for one response: the used ranges' bounds first, then
 * the values in blocks, each batch of blocks halved (and a lone block split in two) until its
 * response fits.
 */
async function readInBlocks(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Grid[]> {
  const bounds = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();
  const grids: Grid[] = sheets.map((sheet) => ({ sheet: sheet.name, rows: [], merges: [] }));
  const blocks = bounds.flatMap((used, i): Block[] =>
    used.isNullObject ? [] : [{ sheet: i, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount }],
  );
  const read = async (batch: Block[]): Promise<void> => {
    const ranges = batch.map((b) => sheets[b.sheet].getRangeByIndexes(b.top, b.left, b.rows, b.columns).load('values,valueTypes'));
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      return halve(batch);
    }
    batch.forEach((b, i) => placeRows(grids[b.sheet].rows, ranges[i].values, ranges[i].valueTypes, b.top, b.left));
  };
  const halve = async (batch: Block[]): Promise<void> => {
    if (batch.length > 1) {
      const middle = Math.ceil(batch.length / 2);
      await read(batch.slice(0, middle));
      return read(batch.slice(middle));
    }
    const [block] = batch;
    // One row larger than a response: nothing smaller can be asked for.
    if (block.rows === 1) {
      const sheet = grids[block.sheet].sheet;
      throw new Error(bothLanguages((words) => words.excel.rowTooLarge(sheet)));
    }
    const upper = Math.ceil(block.rows / 2);
    await read([{ ...block, rows: upper }]);
    return read([{ ...block, top: block.top + upper, rows: block.rows - upper }]);
  };
  // The whole workbook at once was already too large: start from halves.
  if (blocks.length > 0) await halve(blocks);
  return grids;
}

/** Values read from (top, left) placed into a sheet's rows from A1: cells before them are blank. */
export function placeRows(rows: CellValue[][], values: unknown[][], types: string[][], top: number, left: number): CellValue[][] {
  while (rows.length < top) rows.push([]);
  values.forEach((row, r) => {
    const out: CellValue[] = Array(left).fill(null);
    row.forEach((value, c) => out.push(cellValue(value, types[r]?.[c])));
    rows[top + r] = out;
  });
  return rows;
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
