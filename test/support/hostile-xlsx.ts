/**
 * Hostile .xlsx files made on the spot, for the tests and the benchmarks (never committed): a
 * hand-made zip whose parts may declare any size, and repeated deflate blocks, so that a few
 * kilobytes inflate to gigabytes without ever being held in memory here.
 */
import * as zlib from 'zlib';

export interface RawPart {
  name: string;
  /** The bytes as stored: raw deflate (method 8) or as they are (method 0). */
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size the zip's directory states (true or not). */
  declaredSize: number;
}

/** A zip of the parts, with directory and end record; CRCs are left at 0 (ExcelJS does not check them). */
export function zipOf(parts: RawPart[]): Buffer {
  const locals: Buffer[] = [];
  const entries: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    entries.push(entry, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function deflated(name: string, text: string, declaredSize = Buffer.byteLength(text)): RawPart {
  return { name, data: zlib.deflateRawSync(Buffer.from(text, 'utf8')), method: 8, declaredSize };
}

/**
 * `head`, then `unit` `times` times, then `tail`, deflated: `unit` is compressed once into a
 * block that ends on a byte boundary (sync flush) and refers to nothing before it, so the same
 * bytes can follow one another any number of times.
 */
export function repeated(name: string, head: string, unit: string, times: number, tail: string, declaredSize?: number): RawPart {
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const block = zlib.deflateRawSync(Buffer.from(unit, 'utf8'), flush);
  const data = Buffer.concat([zlib.deflateRawSync(Buffer.from(head, 'utf8'), flush), ...Array.from({ length: times }, () => block), zlib.deflateRawSync(Buffer.from(tail, 'utf8'))]);
  const size = Buffer.byteLength(head) + Buffer.byteLength(unit) * times + Buffer.byteLength(tail);
  return { name, data, method: 8, declaredSize: declaredSize ?? Math.min(size, 0xfffffffe) };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function workbookXml(definedNames = '', sheetName = 'Tổng hợp'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>`;
}

/** A one-sheet workbook around the sheet part given (and any extra parts). */
export function workbookWith(sheet: RawPart | string, extra: RawPart[] = [], definedNames = '', sheetName?: string): Buffer {
  return zipOf([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', ROOT_RELS),
    deflated('xl/workbook.xml', workbookXml(definedNames, sheetName)),
    deflated('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    typeof sheet === 'string' ? deflated('xl/worksheets/sheet1.xml', sheet) : sheet,
    ...extra,
  ]);
}

/** A sheet part holding `body` after a small valid table (so a reader that got this far would find data). */
export function sheetXml(body: string, after = '', before = ''): string {
  return `${SHEET_HEAD}${before}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên cơ quan</t></is></c></row>${body}</sheetData>${after}</worksheet>`;
}

const SHEET = 'xl/worksheets/sheet1.xml';
const MB = 1 << 20;

/** One sheet part of blanks that inflates to `megabytes` (declaring `declaredSize`, by default the truth). */
export function inflationBomb(megabytes: number, declaredSize?: number): Buffer {
  return workbookWith(repeated(SHEET, `${SHEET_HEAD}<sheetData>`, ' '.repeat(MB), megabytes, '</sheetData></worksheet>', declaredSize));
}

/** `count` cells, all at B2, in one row: what ExcelJS reads into an array before it sorts them out. */
export function manyCells(count: number): Buffer {
  const unit = '<c r="B2"><v>1</v></c>'.repeat(1000);
  return workbookWith(repeated(SHEET, `${SHEET_HEAD}<sheetData><row r="2">`, unit, Math.ceil(count / 1000), '</row></sheetData></worksheet>'));
}

export function manyMerges(count: number): Buffer {
  const merges = Array.from({ length: count }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`).join('');
  return workbookWith(sheetXml('', `<mergeCells count="${count}">${merges}</mergeCells>`));
}

/** Parts no reader uses, each of `megabytes` of zeros. */
export function unusedParts(count: number, megabytes: number): Buffer {
  const parts = Array.from({ length: count }, (_, i) => repeated(`xl/unused${i + 1}.bin`, '', '\0'.repeat(MB), megabytes, ''));
  return workbookWith(sheetXml(''), parts);
}

/** A text cell of `length` characters. */
export function longText(length: number): Buffer {
  return workbookWith(sheetXml(`<row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(length)}</t></is></c></row>`));
}

/** A row of cells, numbers as numbers and the rest as inline text. */
function rowXml(row: number, cells: [string, string | number][]): string {
  const cell = ([column, value]: [string, string | number]) =>
    typeof value === 'number' ? `<c r="${column}${row}"><v>${value}</v></c>` : `<c r="${column}${row}" t="inlineStr"><is><t>${value}</t></is></c>`;
  return `<row r="${row}">${cells.map(cell).join('')}</row>`;
}

/** A small summary table, with one more cell at XFD3 and one at A1048576: a few kilobytes spanning the whole grid. */
export function sparseSummary(): Buffer {
  const rows = [
    rowXml(1, [['A', 'STT'], ['B', 'Tên cơ quan'], ['C', 'Điểm đạt được'], ['D', 'Điểm chuẩn']]),
    rowXml(2, [['A', 1], ['B', 'Phòng Nội vụ'], ['C', 806], ['D', 915]]),
    rowXml(3, [['A', 2], ['B', 'Phòng Tư pháp'], ['C', 870], ['D', 915], ['XFD', 'x']]),
    rowXml(1048576, [['A', 'y']]),
  ];
  return workbookWith(`${SHEET_HEAD}<sheetData>${rows.join('')}</sheetData></worksheet>`);
}

/** The hostile files of the attack sweep, at their full size (a few kilobytes to 4 MB each). */
export const HOSTILE_FILES: Record<string, () => Buffer> = {
  'sheet inflating to 3.9 GB': () => inflationBomb(3900),
  'sheet inflating to 3.9 GB, declaring 1 MB': () => inflationBomb(3900, MB),
  '25 million cells': () => manyCells(25_000_000),
  '3 million cells (66 MB of XML)': () => manyCells(3_000_000),
  'merge over the whole grid': () => workbookWith(sheetXml('', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
  'validation over the whole grid': () =>
    workbookWith(sheetXml('', '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>')),
  'named range over the whole grid': () => workbookWith(sheetXml(''), [], '<definedName name="All">\'Tổng hợp\'!$A$1:$XFD$1048576</definedName>'),
  'cell at A2000000000': () => workbookWith(sheetXml('<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>')),
  'column range to 2,000,000,000': () => workbookWith(sheetXml('', '', '<cols><col min="1" max="2000000000" width="9" customWidth="1"/></cols>')),
  '40,000 small merges': () => manyMerges(40_000),
  'eight unused 500 MB parts': () => unusedParts(8, 500),
  '10 MB cell text': () => longText(10 * MB),
  'sheet name of 100,000 characters': () => workbookWith(sheetXml(''), [], '', 'S'.repeat(100_000)),
  'cells at XFD3 and A1048576 (read, not refused)': sparseSummary,
};
