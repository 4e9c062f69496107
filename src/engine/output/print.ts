/**
 * The printed page, measured: how wide the A4 page is between its margins in Excel's column
 * units, which orientation a table needs, and how tall a row must be for its wrapped text (Excel
 * grows a row for text typed by hand, not for text written by a program or in merged cells).
 */
import { CellStyleName, FONT_SIZE, LayoutCell, LayoutSheet, PAGE_MARGINS_MM } from './layout';
import { MergedRange } from '../values/grid';

const A4_MM = { short: 210, long: 297 };
const PIXELS_PER_MM = 96 / 25.4;
/** Excel's column width unit: the widest digit of the default font (Calibri 11) is 7 px, plus 5 px of padding per column. */
const PIXELS_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PIXELS = 5;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;
/** A cell's text keeps about this far from its borders on each side. */
const CELL_INSET_PIXELS = 4;

/** Pixels of a column of `width` characters, as Excel draws it at 96 dpi. */
export function columnPixels(width: number): number {
  return Math.round(width * PIXELS_PER_WIDTH_UNIT) + COLUMN_PADDING_PIXELS;
}

/** Points of a column of `width` characters: what the Excel JS API's columnWidth takes. */
export function columnPoints(width: number): number {
  return columnPixels(width) * 0.75;
}

/** The width between the left and right margins, in pixels at 96 dpi. */
export function printablePixels(orientation: LayoutSheet['orientation']): number {
  const paper = orientation === 'portrait' ? A4_MM.short : A4_MM.long;
  return (paper - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) * PIXELS_PER_MM;
}

/**
 * Column widths that fill the page's width: the flexible column (the agency names) takes what
 * the others leave, up to `maxFlex` characters, and any room beyond widens every column alike.
 * Portrait where the flexible column keeps at least `minFlex` characters, else landscape; where
 * even landscape is too narrow it keeps `minFlex` and the page is shrunk to its width in print.
 */
export function fitColumnsToPage(widths: number[], flex: number, minFlex: number, maxFlex = 45): { columnWidths: number[]; orientation: LayoutSheet['orientation'] } {
  const pixels = (columns: number[]) => columns.reduce((sum, w) => sum + columnPixels(w), 0);
  const others = pixels(widths.filter((_, i) => i !== flex));
  const room = (orientation: LayoutSheet['orientation']) => Math.floor((printablePixels(orientation) - others - COLUMN_PADDING_PIXELS) / PIXELS_PER_WIDTH_UNIT);
  const orientation = room('portrait') >= minFlex ? 'portrait' : 'landscape';
  let columnWidths = widths.map((w, i) => (i === flex ? Math.min(maxFlex, Math.max(minFlex, room(orientation))) : w));
  const spare = printablePixels(orientation) - pixels(columnWidths);
  if (spare > columnWidths.length * PIXELS_PER_WIDTH_UNIT) {
    const factor = (printablePixels(orientation) - columnWidths.length * COLUMN_PADDING_PIXELS) / (pixels(columnWidths) - columnWidths.length * COLUMN_PADDING_PIXELS);
    columnWidths = columnWidths.map((w) => Math.floor(w * factor * 2) / 2);
  }
  return { columnWidths, orientation };
}

/**
 * Advance widths of Times New Roman's letters a–z and A–Z in thousandths of an em (the standard
 * Times metrics, regular then bold). Vietnamese letters take their base letter's width.
 */
const LETTER_WIDTHS = {
  regular: {
    lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
    upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
  },
  bold: {
    lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
    upper: [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
  },
};
const OTHER_WIDTHS: Record<string, number> = { ' ': 250, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '(': 333, ')': 333, '/': 278, '%': 833, '&': 778 };

/** A glyph's width in thousandths of an em. */
function glyphWidth(character: string, bold: boolean): number {
  const base = character.normalize('NFD')[0].replace('đ', 'd').replace('Đ', 'D');
  const table = bold ? LETTER_WIDTHS.bold : LETTER_WIDTHS.regular;
  if (base >= 'a' && base <= 'z') return table.lower[base.charCodeAt(0) - 97] + (character !== base && /[ơư]/.test(character) ? 50 : 0);
  if (base >= 'A' && base <= 'Z') return table.upper[base.charCodeAt(0) - 65];
  if (base >= '0' && base <= '9') return 500;
  return OTHER_WIDTHS[base] ?? 500;
}

interface TextLook {
  size: number;
  bold: boolean;
}

/** How each style's text is set: the writers' style tables say the same in their own terms. */
export const STYLE_LOOKS: Record<CellStyleName, TextLook & { wraps: boolean }> = {
  title: { size: 14, bold: true, wraps: true },
  subtitle: { size: FONT_SIZE, bold: false, wraps: true },
  header: { size: FONT_SIZE, bold: true, wraps: true },
  text: { size: FONT_SIZE, bold: false, wraps: true },
  textCenter: { size: FONT_SIZE, bold: false, wraps: false },
  number: { size: FONT_SIZE, bold: false, wraps: false },
  integer: { size: FONT_SIZE, bold: false, wraps: false },
  note: { size: 11, bold: false, wraps: true },
  recipientsHeading: { size: 12, bold: true, wraps: false },
  recipients: { size: 11, bold: false, wraps: true },
  signature: { size: FONT_SIZE, bold: true, wraps: true },
  plain: { size: FONT_SIZE, bold: false, wraps: false },
};

function textPixels(text: string, look: TextLook): number {
  let thousandths = 0;
  for (const character of text) thousandths += glyphWidth(character, look.bold);
  // Points to pixels: 96 / 72.
  return (thousandths / 1000) * look.size * (96 / 72);
}

/** Lines a text takes in a cell `pixels` wide, breaking between words as Excel does. */
export function wrappedLines(text: string, pixels: number, look: TextLook): number {
  const room = Math.max(1, pixels - 2 * CELL_INSET_PIXELS);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const width = textPixels(word, look);
      const needed = used === 0 ? width : used + textPixels(' ', look) + width;
      if (needed <= room) used = needed;
      else {
        // A word wider than the cell is broken across lines.
        lines += used === 0 ? 0 : 1;
        lines += Math.max(0, Math.ceil(width / room) - 1);
        used = width % room || room;
      }
    }
  }
  return Math.max(1, lines);
}

/** Points of one printed line of text at `size` points (Excel's default row is 1.3 lines of its font). */
export function lineHeight(size: number): number {
  return Math.round(size * 1.3 * 4) / 4;
}

/** A table's header row: labels only, all in the header style (a form's group row holds its maximum too). */
function isHeaderRow(row: LayoutCell[]): boolean {
  const filled = row.filter((cell) => cell.value !== null);
  return filled.length > 0 && filled.every((cell) => cell.style === 'header' && typeof cell.value === 'string');
}

/**
 * Heights in points for the rows whose wrapped text needs more than one line, and for header
 * rows (at least two lines, so a label never touches its borders). A cell merged across columns
 * wraps within their total width.
 */
export function wrappedRowHeights(rows: LayoutCell[][], merges: MergedRange[], columnWidths: number[]): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((row, r) => {
    const header = isHeaderRow(row);
    let points = 0;
    row.forEach((cell, c) => {
      const look = STYLE_LOOKS[cell.style];
      if (typeof cell.value !== 'string' || !look.wraps) return;
      const merge = merges.find((m) => m.top === r && m.bottom === r && m.left === c);
      const span = merge ? columnWidths.slice(merge.left, merge.right + 1) : [columnWidths[c] ?? 10];
      const pixels = span.reduce((sum, w) => sum + columnPixels(w), 0);
      const lines = Math.max(wrappedLines(cell.value, pixels, look), header ? 2 : 1);
      if (lines > 1) points = Math.max(points, Math.min(MAX_ROW_POINTS, lines * lineHeight(look.size) + 3));
    });
    if (points > 0) heights[r] = points;
  });
  return heights;
}
