/**
 * The open workbook to grids, with the Excel JS API: two syncs whatever the number of sheets
 * (names first, then every sheet's used range at once). Excel on the web refuses a response over
 * 5 MB; for a workbook that large the values are read again in blocks of rows, halved until each
 * response fits. Reads only; writes nothing.
 */
import { CellValue, Grid, MergedRange, parseRangeAddress, WorkbookGrids } from '../../engine/values/grid';
import { ownedFromNames } from './owned';
import { bothLanguages } from '../../engine/messages/words';

export interface ReadOptions {
  /** Shown in messages as the file; Excel's API gives no file name before ExcelApi 1.x. */
  file?: string;
  /** Only these sheets; default every sheet but the add-in's own annexes. */
  sheets?: string[];
  /** Read merged areas (ExcelApi 1.13); skipped where the host lacks it. */
  merges?: boolean;
}

function hasMergedAreas(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

export async function readWorkbookGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  await context.sync();
  const owned = ownedFromNames(names.items);
  const wanted = sheets.items.filter((s) => (options.sheets ? options.sheets.includes(s.name) : !owned.has(s.name)));
  const withMerges = options.merges ?? hasMergedAreas();
  const requests = wanted.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true).load('values,valueTypes,rowIndex,columnIndex');
    const merged = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
    return { sheet, used, merged };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return { file: options.file ?? 'Workbook', sheets: await readInBlocks(context, wanted, withMerges) };
  }
  return {
    file: options.file ?? 'Workbook',
    sheets: requests.map(({ sheet, used, merged }): Grid => {
      if (used.isNullObject) return { sheet: sheet.name, rows: [], merges: [] };
      return {
        sheet: sheet.name,
        rows: placeRows([], used.values, used.valueTypes, used.rowIndex, used.columnIndex),
        merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
      };
    }),
  };
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
async function readInBlocks(context: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean): Promise<Grid[]> {
  const bounds = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
    return { used, merged };
  });
  await context.sync();
  const grids: Grid[] = sheets.map((sheet, i) => {
    const merged = bounds[i].merged;
    return { sheet: sheet.name, rows: [], merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [] };
  });
  const blocks = bounds.flatMap(({ used }, i): Block[] =>
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
function placeRows(rows: CellValue[][], values: unknown[][], types: string[][], top: number, left: number): CellValue[][] {
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

/** "Sheet1!A1:B2,'Tổ 1, 2'!C3:D4" → merged ranges; a comma inside a quoted sheet name is the name's. */
export function parseAreas(address: string): MergedRange[] {
  return splitOutsideQuotes(address).flatMap((part) => {
    const range = parseRangeAddress(part.trim().replace(/^.*!/, ''));
    return range ? [range] : [];
  });
}

/** Splits at the commas outside single quotes ('' inside a quoted name toggles twice: no effect). */
function splitOutsideQuotes(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts;
}
