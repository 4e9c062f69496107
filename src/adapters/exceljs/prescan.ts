/**
 * The read limits, checked before ExcelJS sees a file: the zip's directory and each part's
 * inflated bytes (zip-parts.ts), then the sheets, shared strings and workbook part read as a
 * stream of XML events (saxes, the parser ExcelJS itself uses), counting what ExcelJS would build.
 *
 * ExcelJS builds an object for every cell of a merged area, of a data-validation range and of a
 * defined name's range, and a row or column array as long as the largest address; it checks each
 * merge against every earlier one. So merged areas, validation areas and named ranges count as
 * cells, addresses past Excel's grid (XFD1048576) are refused, and so are more merges than
 * `maxMerges`. Memory stays small: each part is inflated a few kilobytes at a time.
 */
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { MAX_SHEET_NAME_LENGTH } from '../../engine/values/sheet-names';
import { checkDeclaredSizes, inflatePart, ZipLimitError, zipParts } from './zip-parts';

export interface PrescanLimits {
  maxSheets: number;
  maxCells: number;
  maxTextLength: number;
  maxMerges: number;
  maxParts: number;
  maxPartBytes: number;
  maxTotalBytes: number;
}

export type PrescanReason =
  | ZipLimitError['reason']
  | 'too-many-sheets'
  | 'too-many-cells'
  | 'too-many-merges'
  | 'text-too-long'
  | 'outside-grid'
  | 'sheet-name-too-long'
  | 'not-xml';

/** A limit the file passes, with the part where it was found. */
export class PrescanRefusal extends Error {
  constructor(
    readonly reason: PrescanReason,
    readonly part?: string,
    readonly detail?: string,
  ) {
    super(`${reason}${part ? ` (${part})` : ''}`);
    this.name = 'PrescanRefusal';
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

interface Counts {
  cells: number;
  sheets: number;
}

interface Address {
  row: number;
  column: number;
}

/**
 * A cell address as ExcelJS decodes it (colCache.decodeAddress): the capital letters before the
 * first digit make the column, the digits the row, `$` and anything after both ignored.
 */
export function looseAddress(text: string): Address {
  let column = 0;
  let row = 0;
  let seenRow = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (!seenRow && code >= 65 && code <= 90) column = Math.min(column * 26 + code - 64, Number.MAX_SAFE_INTEGER);
    else if (code >= 48 && code <= 57) {
      seenRow = true;
      row = Math.min(row * 10 + code - 48, Number.MAX_SAFE_INTEGER);
    } else if (seenRow && column > 0 && ch !== '$') break;
  }
  return { row, column };
}

/** Cells in "A1:C3" (or "A1"), refusing an address past the grid. */
function areaOf(range: string, part: string): number {
  const [first, last = first] = range.split(':');
  const a = inGrid(looseAddress(first), range, part);
  const b = inGrid(looseAddress(last), range, part);
  return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
}

function inGrid(address: Address, text: string, part: string): Address {
  if (address.row > MAX_ROWS || address.column > MAX_COLUMNS) throw new PrescanRefusal('outside-grid', part, text.slice(0, 40));
  return address;
}

/** A part's XML events, each heard by every scanner (saxes itself keeps one handler per event). */
interface XmlEvents {
  open: ((tag: SaxesTagPlain) => void)[];
  close: ((tag: SaxesTagPlain) => void)[];
  text: ((text: string) => void)[];
}

/** What one part's XML events are checked for. */
type Scanner = (events: XmlEvents, part: string) => void;

function sheetScanner(counts: Counts, max: PrescanLimits): Scanner {
  return (events, part) => {
    counts.sheets++;
    if (counts.sheets > max.maxSheets) throw new PrescanRefusal('too-many-sheets', part);
    let row = 0;
    let merges = 0;
    const addCells = (n: number) => {
      counts.cells += n;
      if (counts.cells > max.maxCells) throw new PrescanRefusal('too-many-cells', part);
    };
    events.open.push((tag) => {
      const attribute = (name: string) => tag.attributes[name] ?? '';
      switch (tag.name) {
        case 'row':
          row = tag.attributes.r === undefined ? row + 1 : parseInt(attribute('r'), 10);
          if (row > MAX_ROWS) throw new PrescanRefusal('outside-grid', part, `${row}:${row}`);
          return;
        case 'c':
          if (tag.attributes.r !== undefined) inGrid(looseAddress(attribute('r')), attribute('r'), part);
          return addCells(1);
        case 'col':
          if (Number(attribute('max')) > MAX_COLUMNS || Number(attribute('min')) > MAX_COLUMNS) throw new PrescanRefusal('outside-grid', part, `C${attribute('min').slice(0, 12)}:C${attribute('max').slice(0, 12)}`);
          return;
        case 'mergeCell':
          if (++merges > max.maxMerges) throw new PrescanRefusal('too-many-merges', part);
          return addCells(areaOf(attribute('ref'), part));
        case 'dataValidation':
          return addCells(attribute('sqref').split(/\s+/).filter(Boolean).reduce((n, range) => n + areaOf(range, part), 0));
      }
    });
  };
}

/** Text inside a cell or a shared string, all its runs together, against the text limit. */
function textScanner(max: PrescanLimits, holders: string[]): Scanner {
  return (events, part) => {
    let length = -1;
    events.open.push((tag) => {
      if (holders.includes(tag.name)) length = 0;
    });
    events.close.push((tag) => {
      if (holders.includes(tag.name)) length = -1;
    });
    events.text.push((text) => {
      if (length < 0) return;
      length += text.length;
      if (length > max.maxTextLength) throw new PrescanRefusal('text-too-long', part);
    });
  };
}

function sharedStringsScanner(max: PrescanLimits): Scanner {
  return (events, part) => {
    let strings = 0;
    events.open.push((tag) => {
      if (tag.name === 'si' && ++strings > max.maxCells) throw new PrescanRefusal('too-many-cells', part);
    });
  };
}

/**
 * Sheets and their names, and defined names over ranges: ExcelJS builds every cell of those
 * (print areas aside). A sheet name past Excel's 31 characters makes ExcelJS warn on the console,
 * quoting the whole name, then fail on the name it truncated.
 */
function workbookScanner(counts: Counts, max: PrescanLimits): Scanner {
  return (events, part) => {
    let name: string | undefined;
    let sheets = 0;
    events.open.push((tag) => {
      if (tag.name === 'sheet' && ++sheets > max.maxSheets) throw new PrescanRefusal('too-many-sheets', part);
      const sheetName = tag.name === 'sheet' ? (tag.attributes.name ?? '') : '';
      if (sheetName.length > MAX_SHEET_NAME_LENGTH) throw new PrescanRefusal('sheet-name-too-long', part, `${sheetName.slice(0, MAX_SHEET_NAME_LENGTH)}…`);
      if (tag.name === 'definedName') name = tag.attributes.name ?? '';
    });
    events.close.push((tag) => {
      if (tag.name === 'definedName') name = undefined;
    });
    events.text.push((text) => {
      if (name === undefined || name === '_xlnm.Print_Area') return;
      for (const m of text.matchAll(/\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?/g)) {
        counts.cells += areaOf(m[0], part);
        if (counts.cells > max.maxCells) throw new PrescanRefusal('too-many-cells', part);
      }
    });
  };
}

/** The scanners for a part, by the names ExcelJS gives meaning to (xlsx.js, `_processEntry`). */
function scannersFor(name: string, counts: Counts, max: PrescanLimits): Scanner[] {
  const entry = name.replace(/^\//, '');
  if (/xl\/worksheets\/sheet(\d+)[.]xml/.test(entry)) return [sheetScanner(counts, max), textScanner(max, ['c'])];
  if (entry === 'xl/sharedStrings.xml') return [sharedStringsScanner(max), textScanner(max, ['si'])];
  if (entry === 'xl/workbook.xml') return [workbookScanner(counts, max)];
  return [];
}

function scanPart(bytes: Uint8Array, part: ReturnType<typeof zipParts>[number], scanners: Scanner[]): void {
  if (scanners.length === 0) return inflatePart(bytes, part, () => undefined);
  const events: XmlEvents = { open: [], close: [], text: [] };
  for (const scanner of scanners) scanner(events, part.name);
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => events.open.forEach((hear) => hear(tag as SaxesTagPlain)));
  parser.on('closetag', (tag) => events.close.forEach((hear) => hear(tag as SaxesTagPlain)));
  if (events.text.length > 0) parser.on('text', (text) => events.text.forEach((hear) => hear(text)));
  const decoder = new TextDecoder();
  try {
    inflatePart(bytes, part, (piece) => parser.write(decoder.decode(piece, { stream: true })));
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof PrescanRefusal || error instanceof ZipLimitError) throw error;
    // saxes throws on XML that is not well formed, as it does inside ExcelJS.
    throw new PrescanRefusal('not-xml', part.name, error instanceof Error ? error.message.split('\n')[0].slice(0, 80) : undefined);
  }
}

/** Throws a PrescanRefusal where the file passes a limit; reads nothing else. */
export function prescanWorkbook(bytes: Uint8Array, max: PrescanLimits): void {
  try {
    const parts = zipParts(bytes, max.maxParts);
    checkDeclaredSizes(parts, max.maxPartBytes, max.maxTotalBytes);
    const counts: Counts = { cells: 0, sheets: 0 };
    for (const part of parts) scanPart(bytes, part, scannersFor(part.name, counts, max));
  } catch (error) {
    if (error instanceof ZipLimitError) throw new PrescanRefusal(error.reason, error.part);
    throw error;
  }
}
