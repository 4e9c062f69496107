/**
 * What the engine reads: a sheet as a grid of plain cell values. The adapters (Excel JS API,
 * ExcelJS) turn real sheets into grids; the engine never sees a workbook object.
 */

/** An Excel error value in a cell: "#DIV/0!", "#N/A", "#REF!", … */
export interface CellError {
  error: string;
  /** A formula with no saved value (the file was never recalculated and saved in Excel). */
  uncalculated?: true;
}

/** What an adapter gives for a formula cell that holds no saved value. */
export const UNCALCULATED_FORMULA: CellError = Object.freeze({ error: '', uncalculated: true });

/**
 * One cell's value as the sheet holds it: numbers, text (rich text flattened), booleans, dates,
 * blanks (null) and error values. A formula cell holds its cached result.
 */
export type CellValue = number | string | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive: of a sheet read, or of a layout to write. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name, as shown on its tab. */
  sheet: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1 (A1 is rows[0][0]); rows may be ragged. */
  rows: CellValue[][];
  /** Merged areas; only the top-left cell of each holds the value. */
  merges: MergedRange[];
  /** Rows and columns the sheet hides (0-based), where the adapter can tell. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** The sheet carries the add-in's mark: an annex it wrote itself. */
  ownMark?: boolean;
  /** The sheet carries the add-in's form mark: a blank form it wrote, which the clerk may have filled in since. */
  ownForm?: boolean;
  /** The host could not give the merged areas (Excel: over 512 of them): read without them. */
  mergesUnread?: boolean;
}

export interface WorkbookGrids {
  /** The file name shown in messages ("forms.xlsx"), or the workbook's name in Excel. */
  file: string;
  sheets: Grid[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** The width in columns of the named sheet's used area; 0 where there is no such sheet. */
export function sheetWidth(sheets: Grid[], name: string): number {
  const grid = sheets.find((g) => g.sheet === name);
  return Math.max(0, ...(grid?.rows.map((r) => r.length) ?? [0]));
}

/** One number for a cell (0-based row and column), as a map key: Excel has at most 16,384 columns. */
export function cellKey(row: number, column: number): number {
  return row * 65536 + column;
}

export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1-style address of a 0-based cell: (11, 3) → "D12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** The inverse of cellAddress: "D12" (or "$D$12") → (11, 3); undefined for anything else. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return undefined;
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** "B2:D4" (or a single "B2") → its 0-based bounds; undefined for anything else. */
export function parseRangeAddress(address: string): MergedRange | undefined {
  const [first, last = first] = address.split(':');
  const from = parseCellAddress(first);
  const to = parseCellAddress(last);
  if (!from || !to) return undefined;
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

/** An empty cell, or one holding only spaces: an uncalculated formula is not blank. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The text of a cell for matching labels and names: trimmed text, numbers as written, else "". */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}
