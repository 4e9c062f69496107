/**
 * What the writers render: an annex workbook described as plain data (sheets, rows of cells,
 * styles, merges, widths, print settings). The engine builds it; the Excel JS API writer and the
 * ExcelJS writer only render it, so both give the same annex.
 */
import { MergedRange } from '../values/grid';

/** Named cell styles; each writer maps a name to its own formatting once. */
export type CellStyleName =
  | 'title' // bold, centred, 14 pt: the annex heading
  | 'subtitle' // italic, centred, wrapped: the "(Kèm theo …)" and group lines
  | 'header' // bold, centred, wrapped, thin borders, light fill: table header
  | 'text' // thin borders, left, wrapped
  | 'textCenter' // thin borders, centred (STT, Xếp loại)
  | 'number' // thin borders, right, two decimals "0.00"
  | 'integer' // thin borders, right, "0" (ranks, standard scores that are whole)
  | 'note' // small italic, no borders: the notes under a table
  | 'recipientsHeading' // bold italic 12 pt, left: "Nơi nhận:"
  | 'recipients' // 11 pt, left, wrapped: the recipients
  | 'signature' // bold, centred: the signer's title lines and name
  | 'plain'; // no formatting

export const FONT_NAME = 'Times New Roman';
export const FONT_SIZE = 13;
export const NUMBER_FORMAT_TWO_DECIMALS = '0.00';

/**
 * Every printed sheet as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out administrative documents:
 * A4, margins top and bottom 20 mm, left 30 mm, right 15 mm (the header and footer 10 mm from
 * the edge), fitted to the page's width and never to its height.
 */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;

/**
 * Page numbers in Arabic figures, centred at the top, Times New Roman 13, none on the first page
 * (the same decree): Excel's header codes, which both writers set for every page but the first.
 */
export const PAGE_NUMBER = `&"${FONT_NAME},Regular"&${FONT_SIZE}&P`;
/** The same as a whole header, its centre section: how .xlsx files keep it. */
export const PAGE_NUMBER_HEADER = `&C${PAGE_NUMBER}`;

export interface LayoutCell {
  /**
   * The value to write. Text is always written as text, never as a formula, even when it
   * starts with =, +, - or @; numbers as numbers. null leaves the cell empty (but styled).
   */
  value: string | number | null;
  style: CellStyleName;
  /** A number format instead of the style's: "0.000" for a ratio or index with three places. */
  numberFormat?: string;
  /**
   * A live formula ("=ROUND(…)") to write instead of the value, which is then its expected result.
   * Only the engine writes formulas; text from workbooks is never one.
   */
  formula?: string;
}

/** The number format a formula cell needs: a text format ("@") would store the formula as text. */
export function formulaNumberFormat(format: string): string {
  return format === '@' ? 'General' : format;
}

export type LayoutSheetKind = 'annex' | 'detail' | 'component' | 'comparison' | 'issues' | 'form' | 'draftResult' | 'comments' | 'settings';

/** Sheets people fill in (forms, replies, answers to them): theirs once written, never replaced by a rebuild. */
export function isFilledInKind(kind: LayoutSheetKind): boolean {
  return kind === 'form' || kind === 'draftResult' || kind === 'comments';
}

/** Sheets a rebuild replaces: not those people fill in, nor the settings the office typed once. */
export function isReplacedByRebuild(kind: LayoutSheetKind): boolean {
  return !isFilledInKind(kind) && kind !== 'settings';
}

/** A cell people fill in: unlocked on a protected sheet, with a rule on what it accepts. */
export interface LayoutInput {
  row: number;
  column: number;
  /** A custom validation formula for the cell ("=OR(D8=\"KAD\",AND(ISNUMBER(D8),D8>=0,D8<=60))"). */
  validation?: string;
  /** The message shown when the rule is broken. */
  error?: string;
}

export interface LayoutSheet {
  /** Tab name, at most 31 characters, unique in the workbook: "Phụ lục I". */
  name: string;
  kind: LayoutSheetKind;
  /** Row-major cells from A1; every row has `columnWidths.length` cells. */
  rows: LayoutCell[][];
  merges: MergedRange[];
  /** Column widths in characters (Excel's unit). */
  columnWidths: number[];
  /** 0-based index of the table's header row: frozen below it and repeated on every printed page. */
  headerRow: number;
  /** Row heights in points where they differ from the default, by 0-based row index. */
  rowHeights?: Record<number, number>;
  /** Page set-up: A4, this orientation, fit to the page width. */
  orientation: 'portrait' | 'landscape';
  /** Hidden from the tabs (the settings sheet); people may show it to edit it. */
  hidden?: boolean;
  /** Cells to fill in; when present the sheet is protected and only these are unlocked. */
  inputs?: LayoutInput[];
  /** Charts to place on the sheet. */
  charts?: LayoutChart[];
}

/** A bar chart of one group's ratios with the grade bands marked, placed on a sheet. */
export interface LayoutChart {
  title: string;
  /** Bar labels (the ordinals) and values (ratios in percent), in rank order. */
  categories: string[];
  values: number[];
  /** Grade bands from the lowest bound up, in percent: [{ from: 0, to: 50, label: 'Yếu' }, …]. */
  bands: { from: number; to: number; label: string }[];
  /** Where the sheet holds the values and their labels, for a native chart that follows them. */
  source: { firstRow: number; valueColumn: number; categoryColumn: number };
  /** Top-left cell (0-based) and size in pixels. */
  row: number;
  column: number;
  width: number;
  height: number;
}

export interface AnnexLayout {
  sheets: LayoutSheet[];
}

