/**
 * The annex workbook as a layout: one "Phụ lục" sheet per group in the style of Vietnamese
 * administrative documents, a detailed table and per-component rankings where the inputs have
 * components, self versus appraised scores where both exist, and the issues.
 */
import { Assessment, GroupResult, isIndexGroup } from '../assessing/assess';
import { fromHundredths, Hundredths } from '../values/decimal';
import { DEFAULT_GRADE_SETTINGS, GradeSettings } from '../rules/grading';
import { Issue } from '../messages/issues';
import { PreviousResults, rankChange } from './previous';
import { nameKey } from '../values/text';
import { CellStyleName, LayoutCell, LayoutChart, LayoutSheet } from './layout';
import { columnLetter, MergedRange } from '../values/grid';
import { formatOrdinal, rankBy } from '../rules/rank';
import { fitColumnsToPage, wrappedRowHeights } from './print';
import { hasSignature, signatureGrid, SignatureBlock } from './signature';
import { quoteSheetName, sheetName } from '../values/sheet-names';
import { Rules } from '../rules/rules';
import { describeRulesSource } from '../rules/presets';
import { WORDS } from '../messages/words';
import { Fixed, fixedToNumber } from '../values/fixed';
import { cell, centeredCell, pointsCell, textCell } from './cells';
import { liveRowFormulas } from './live-formulas';
import { appendAll } from '../values/arrays';
import { formatNumber } from '../messages/numbers';

export interface AnnexOptions {
  /**
   * Live annexes: achieved and standard scores refer to the input cells, and the ratio, grade and
   * rank are native Excel formulas (ROUND, an IF ladder, COUNTIFS), so the annex recomputes when
   * a score is corrected, even where the add-in is not installed.
   */
  live?: boolean;
  /**
   * For live annexes written into a workbook: the file name its own sheets were read under. Only
   * records read from it refer to their input cells; records from other files (imported in the
   * pane) are copied, since a reference would point at no sheet of the workbook, or at a sheet
   * of the same name holding something else. Unset: every score is copied (a new workbook).
   */
  linkFile?: string;
  /** The grade ladder for live formulas and charts; the default is the assessment's rules'. */
  grades?: GradeSettings;
  /** A Xếp hạng column in every annex; without it, only where a rank differs from the STT. */
  rankColumn?: boolean;
  /** Last year's results: the annexes gain a rank change and a ratio change column. */
  previous?: PreviousResults;
  /** A bar chart of each group's ratios, grade bands marked, beside its annex table. */
  charts?: boolean;
  /** The exercise's heading; default "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN". */
  title?: string;
  /** The year assessed, printed after the title: "NĂM 2021". */
  year?: number | string;
  /**
   * The notice the annexes go with, printed in italics under each annex's title as
   * "(Kèm theo Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn)".
   */
  notice?: string;
  /** "Nơi nhận" and the signer, printed under each annex's table where an office wants them. */
  signature?: SignatureBlock;
}

const DEFAULT_TITLE = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN';
/** Points per printed line of 13 pt text. */
export const LINE_HEIGHT = 17;

/** A ratio or index with the places the rules round it to: "0.0" for one, "0.000" for three. */
const fixedCell = (value: Fixed | null): LayoutCell => {
  if (value === null) return cell(null, 'number');
  const format = value.decimals === 2 ? undefined : value.decimals === 0 ? '0' : `0.${'0'.repeat(value.decimals)}`;
  return { ...cell(fixedToNumber(value), 'number'), ...(format && { numberFormat: format }) };
};
/** A standard score is printed whole where it is whole (730), as published annexes do. */
const standardScore = (value: Hundredths | null) => (value === null ? cell(null, 'number') : cell(fromHundredths(value), value % 100 === 0 ? 'integer' : 'number'));

/** How a sheet's columns meet the page: see SheetBuilder.build. */
export interface PageFit {
  flex?: number;
  minFlex?: number;
  maxFlex?: number;
  orientation?: LayoutSheet['orientation'];
}

/** Builds a sheet from a title block and one table; the title rows span the table's width. */
export class SheetBuilder {
  readonly rows: LayoutCell[][] = [];
  readonly merges: MergedRange[] = [];
  headerRow = -1;

  constructor(readonly width: number) {}

  titleRow(value: string, style: CellStyleName = 'title'): void {
    this.merges.push({ top: this.rows.length, left: 0, bottom: this.rows.length, right: this.width - 1 });
    this.rows.push([cell(value, style), ...Array.from({ length: this.width - 1 }, () => cell(null, style))]);
  }

  blankRow(): void {
    this.rows.push(Array.from({ length: this.width }, () => cell(null, 'plain')));
  }

  header(labels: string[]): void {
    if (this.headerRow < 0) this.headerRow = this.rows.length;
    this.row(labels.map((label) => cell(label, 'header')));
  }

  /** Rows laid out elsewhere (the signature block), their merges relative to their first row. */
  block(rows: LayoutCell[][], merges: MergedRange[]): void {
    const top = this.rows.length;
    appendAll(this.merges, merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })));
    appendAll(this.rows, rows);
  }

  row(cells: LayoutCell[]): void {
    this.rows.push([...cells, ...Array.from({ length: this.width - cells.length }, () => cell(null, 'plain'))]);
  }

  /**
   * The sheet, its columns filling the page's width: column `flex` (the names) takes the room the
   * others leave, on a portrait page where it keeps `minFlex` characters, else on a landscape one
   * (fitColumnsToPage). With an `orientation` the widths are kept as they are.
   */
  build(name: string, kind: LayoutSheet['kind'], widths: number[], fit: PageFit = {}): LayoutSheet {
    const { columnWidths, orientation } = fit.orientation
      ? { columnWidths: widths, orientation: fit.orientation }
      : fitColumnsToPage(widths, fit.flex ?? 1, fit.minFlex ?? 28, fit.maxFlex);
    return {
      name,
      kind,
      rows: this.rows,
      merges: this.merges,
      columnWidths,
      headerRow: Math.max(this.headerRow, 0),
      rowHeights: wrappedRowHeights(this.rows, this.merges, columnWidths),
      orientation,
    };
  }
}

function headingLines(options: AnnexOptions): string {
  const title = options.title ?? DEFAULT_TITLE;
  return options.year !== undefined && options.year !== '' ? `${title} NĂM ${options.year}` : title;
}

/** "(Kèm theo Thông báo số …)" from what was typed, with or without its brackets and "Kèm theo". */
export function attachedToLine(notice: string): string {
  const bare = notice.trim().replace(/^\((.*)\)$/s, '$1').trim().replace(/^kèm theo\s+/i, '');
  return `(Kèm theo ${bare})`;
}

/** The heading of an annex sheet: its label and title in bold, the notice it goes with in italics, the group. */
function titleBlock(sheet: SheetBuilder, label: string, options: AnnexOptions, group: GroupResult): void {
  sheet.titleRow(label);
  sheet.titleRow(headingLines(options));
  if (options.notice?.trim()) sheet.titleRow(attachedToLine(options.notice), 'subtitle');
  sheet.titleRow(`Nhóm: ${group.name}`, 'subtitle');
}

/**
 * Where the STT does not tell the rank, the annex shows it: an agency left unranked, or ties
 * sharing a rank without a gap (1, 1, 2). Ties sharing a rank with a gap do not need it: the
 * published tables print only the STT (06, 07 for two agencies ranked 6th), as the rule reads.
 */
function needsRankColumn(group: GroupResult, options: AnnexOptions, rules: Rules): boolean {
  if (options.live === true || options.rankColumn === true) return true;
  return group.agencies.some((a) => a.rank === null || (rules.ties === 'shared-without-gap' && a.rank !== Number(a.ordinal)));
}

/** The annex table's columns, as published; the live formulas find their columns here. */
const ANNEX_HEADERS = ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại', 'Ghi chú'] as const;
const annexColumn = (header: (typeof ANNEX_HEADERS)[number]) => ANNEX_HEADERS.indexOf(header);
const ACHIEVED = annexColumn('Điểm đạt được');
const STANDARD = annexColumn('Điểm chuẩn');
const RATIO = annexColumn('Tỷ lệ (%)');
const GRADE = annexColumn('Xếp loại');
const LIVE_COLUMNS = { achievedScore: columnLetter(ACHIEVED), standardScore: columnLetter(STANDARD), ratio: columnLetter(RATIO) };

function annexSheet(group: GroupResult, options: AnnexOptions, rules: Rules): LayoutSheet {
  if (isIndexGroup(group)) return indexAnnexSheet(group, options, rules);
  const live = options.live === true;
  const previous = options.previous;
  const rankColumn = needsRankColumn(group, options, rules);
  const grades = options.grades ?? rules.grades;
  const sheet = new SheetBuilder(ANNEX_HEADERS.length + (rankColumn ? 1 : 0) + (previous ? 2 : 0));
  titleBlock(sheet, `PHỤ LỤC ${group.annex}`, options, group);
  // The rules in force, in the row that would otherwise be left blank above the table.
  sheet.titleRow(WORDS.vi.rules.inForce(describeRulesSource(rules.source)), 'note');
  sheet.header([
    ...ANNEX_HEADERS,
    ...(rankColumn ? ['Xếp hạng'] : []),
    ...(previous ? ['Thứ hạng so với năm trước', 'Tỷ lệ tăng, giảm (%)'] : []),
  ]);
  const first = sheet.rows.length + 1;
  const lastRanked = first + group.agencies.filter((a) => a.rank !== null).length - 1;
  for (const a of group.agencies) {
    const cells = [centeredCell(a.ordinal), textCell(a.name), pointsCell(a.achievedScore), standardScore(a.standardScore), fixedCell(a.roundedRatio), centeredCell(a.grade), textCell(a.note)];
    const rank: LayoutCell = { value: a.rank, style: 'integer' };
    if (live) {
      const r = sheet.rows.length;
      // Scores typed as numbers in a summary sheet of this workbook are referred to; others (text,
      // forms, other files) are copied.
      const source = quoteSheetName(a.record.sheet);
      const here = options.linkFile !== undefined && a.record.file === options.linkFile;
      if (here && a.record.achievedLinkable) cells[ACHIEVED] = { ...cells[ACHIEVED], formula: `=${source}!${a.record.achievedCell}` };
      if (here && a.record.standardLinkable && a.record.standardCell) cells[STANDARD] = { ...cells[STANDARD], formula: `=${source}!${a.record.standardCell}` };
      const formulas = liveRowFormulas(rules, grades, { row: r + 1, first, lastRanked, columns: LIVE_COLUMNS });
      cells[RATIO] = { ...cells[RATIO], formula: formulas.ratio };
      if (formulas.grade) cells[GRADE] = { ...cells[GRADE], formula: formulas.grade };
      if (formulas.rank) rank.formula = formulas.rank;
    }
    if (rankColumn) cells.push(rank);
    if (previous) {
      const before = previous.get(nameKey(a.name));
      cells.push(centeredCell(rankChange(a.rank, before)), before && before.ratio !== null && a.ratio !== null ? pointsCell(a.ratio - before.ratio) : centeredCell(''));
    }
    sheet.row(cells);
  }
  if (hasSignature(options.signature)) {
    sheet.blankRow();
    const block = signatureGrid(options.signature, sheet.width);
    sheet.block(block.rows, block.merges);
  }
  if (options.charts) {
    sheet.blankRow();
    sheet.titleRow(chartLegend(grades ?? DEFAULT_GRADE_SETTINGS), 'note');
  }
  // The note column is narrow unless a note needs room.
  const noteWidth = group.agencies.some((a) => a.note.length > 8) ? 14 : 8;
  const widths = [6, 30, 10, 9, 9, 11, noteWidth, ...(rankColumn ? [9] : []), ...(previous ? [11, 10] : [])];
  const built = sheet.build(sheetName(`Phụ lục ${group.annex}`), 'annex', widths, { minFlex: 20 });
  if (options.charts) built.charts = [ratioChart(group, grades ?? DEFAULT_GRADE_SETTINGS, built.rows.length, built.headerRow + 1)];
  return built;
}

/**
 * An index table's annex (formats.md §6): STT | Tên | Chỉ số | Xếp hạng, the index with the places
 * it was written with (or rounded to); a Xếp loại column where the rules grade on the index, a
 * Ghi chú column where an agency has a note, last year's rank where given. Ranks on an index are
 * never formulas, so a live annex holds them as values.
 */
function indexAnnexSheet(group: GroupResult, options: AnnexOptions, rules: Rules): LayoutSheet {
  const graded = group.agencies.some((a) => a.grade !== '');
  const noted = group.agencies.some((a) => a.note !== '');
  const previous = options.previous;
  const headers = ['STT', 'Tên', 'Chỉ số', ...(graded ? ['Xếp loại'] : []), 'Xếp hạng', ...(noted ? ['Ghi chú'] : []), ...(previous ? ['Thứ hạng so với năm trước'] : [])];
  const sheet = new SheetBuilder(headers.length);
  titleBlock(sheet, `PHỤ LỤC ${group.annex}`, options, group);
  sheet.titleRow(WORDS.vi.rules.inForce(describeRulesSource(rules.source)), 'note');
  sheet.header(headers);
  for (const a of group.agencies) {
    const rank: LayoutCell = { value: a.rank, style: 'integer' };
    const before = previous?.get(nameKey(a.name));
    sheet.row([
      centeredCell(a.ordinal),
      textCell(a.name),
      fixedCell(a.index),
      ...(graded ? [centeredCell(a.grade)] : []),
      rank,
      ...(noted ? [textCell(a.note)] : []),
      ...(previous ? [centeredCell(rankChange(a.rank, before))] : []),
    ]);
  }
  if (hasSignature(options.signature)) {
    sheet.blankRow();
    const block = signatureGrid(options.signature, sheet.width);
    sheet.block(block.rows, block.merges);
  }
  const widths = [6, 30, 10, ...(graded ? [11] : []), 9, ...(noted ? [14] : []), ...(previous ? [11] : [])];
  return sheet.build(sheetName(`Phụ lục ${group.annex}`), 'annex', widths, { minFlex: 20 });
}

/** The words for the chart's colours, written in a cell above it (the image holds no text). */
function chartLegend(grades: GradeSettings): string {
  if (!bandsOnRatio(grades)) return `Biểu đồ tỷ lệ (%) theo STT; các mức xếp loại tính theo ${grades.basis === 'index' ? 'chỉ số' : 'điểm'}, không vẽ trên thang tỷ lệ.`;
  const colours = ['nền xanh lá', 'xanh lam', 'vàng', 'hồng'];
  const parts = grades.bands.map((band, i) => `${colours[i] ?? ''} ${band.labels.vi}${i < grades.bands.length - 1 ? ` (từ ${formatNumber(band.lowerBound, 'vi')} %)` : ''}`.trim());
  return `Biểu đồ tỷ lệ (%) theo STT: ${parts.join(', ')}.`;
}

/** Bounds in points or on an index do not belong on the chart's percent scale: no bands then. */
function bandsOnRatio(grades: GradeSettings): boolean {
  return (grades.basis ?? 'ratio') === 'ratio';
}

/** The chart of a group's ratios, below its table, with the grade ladder's bands. */
function ratioChart(group: GroupResult, grades: GradeSettings, row: number, firstRow: number): LayoutChart {
  const bounds = grades.bands.map((b) => b.lowerBound);
  const bands = (bandsOnRatio(grades) ? grades.bands : [])
    .map((band, i) => ({ from: i === grades.bands.length - 1 ? 0 : bounds[i], to: i === 0 ? 100 : bounds[i - 1], label: band.labels.vi }))
    .reverse();
  return {
    title: `Tỷ lệ (%) - Phụ lục ${group.annex}`,
    categories: group.agencies.map((a) => a.ordinal),
    values: group.agencies.map((a) => fromHundredths(a.ratio ?? 0)),
    bands,
    source: { firstRow, valueColumn: 4, categoryColumn: 0 },
    row,
    column: 0,
    width: Math.max(480, Math.min(1100, 60 + group.agencies.length * 34)),
    height: 320,
  };
}


function detailSheet(group: GroupResult, options: AnnexOptions): LayoutSheet {
  const width = 2 + group.components.length + 4;
  const sheet = new SheetBuilder(width);
  titleBlock(sheet, `CHI TIẾT PHỤ LỤC ${group.annex}`, options, group);
  sheet.blankRow();
  sheet.header(['STT', 'Tên cơ quan', ...group.components.map((c) => c.name), 'Tổng điểm', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại']);
  for (const a of group.agencies) {
    const parts = group.components.map((c) => pointsCell(a.components.find((x) => x.code === c.code)?.achievedScore ?? null));
    sheet.row([centeredCell(a.ordinal), textCell(a.name), ...parts, pointsCell(a.achievedScore), standardScore(a.standardScore), pointsCell(a.ratio), centeredCell(a.grade)]);
  }
  return sheet.build(sheetName(`Chi tiết ${group.annex}`), 'detail', [6, 30, ...group.components.map(() => 10), 10, 9, 9, 11], { minFlex: 24 });
}

/**
 * One sheet per component's ranking, so each prints as its own block: its heading is among the
 * rows repeated on every printed page, and it starts on a page of its own.
 */
function componentSheets(group: GroupResult, options: AnnexOptions): LayoutSheet[] {
  return group.components.map((component, index) => {
    const sheet = new SheetBuilder(4);
    titleBlock(sheet, `XẾP HẠNG THEO THÀNH PHẦN - PHỤ LỤC ${group.annex}`, options, group);
    const holders = group.agencies.filter((a) => a.components.some((c) => c.code === component.code));
    const maxScore = holders.map((a) => a.components.find((c) => c.code === component.code)!.maxScore).find((m) => m !== null);
    const maxText = maxScore !== undefined && maxScore !== null ? ` (tối đa ${fromHundredths(maxScore)} điểm)` : '';
    sheet.titleRow(`${index + 1}. ${component.name}${maxText}`, 'subtitle');
    sheet.blankRow();
    sheet.header(['STT', 'Tên cơ quan', 'Điểm', 'Xếp loại']);
    const ranked = rankBy(holders, (a) => a.components.find((c) => c.code === component.code)!.achievedScore);
    for (const { item, position } of ranked) {
      const result = item.components.find((c) => c.code === component.code)!;
      sheet.row([centeredCell(formatOrdinal(position)), textCell(item.name), pointsCell(result.achievedScore), centeredCell(result.grade ?? '')]);
    }
    return sheet.build(sheetName(`Thành phần ${group.annex}.${index + 1}`), 'component', [5, 30, 10, 12]);
  });
}

function comparisonSheet(groups: GroupResult[]): LayoutSheet | undefined {
  const rows = groups.flatMap((g) => g.agencies.filter((a) => a.selfScore !== null).map((a) => ({ g, a })));
  if (rows.length === 0) return undefined;
  const sheet = new SheetBuilder(6);
  sheet.titleRow('ĐIỂM TỰ ĐÁNH GIÁ VÀ ĐIỂM THẨM ĐỊNH');
  sheet.blankRow();
  sheet.header(['Phụ lục', 'Tên cơ quan', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Chênh lệch', 'Xếp loại']);
  for (const { g, a } of rows) {
    sheet.row([centeredCell(g.annex), textCell(a.name), pointsCell(a.selfScore), pointsCell(a.achievedScore), pointsCell(a.achievedScore! - a.selfScore!), centeredCell(a.grade)]);
  }
  return sheet.build('Tự đánh giá - Thẩm định', 'comparison', [8, 30, 11, 11, 10, 12]);
}

function issuesSheet(issues: readonly Issue[], rules: Rules): LayoutSheet | undefined {
  if (issues.length === 0) return undefined;
  const sheet = new SheetBuilder(7);
  sheet.titleRow('CÁC VẤN ĐỀ CẦN XEM LẠI');
  sheet.titleRow(WORDS.vi.rules.inForce(describeRulesSource(rules.source)), 'note');
  sheet.blankRow();
  sheet.header(['STT', 'Mức độ', 'Tệp', 'Trang tính', 'Ô', 'Cơ quan', 'Nội dung']);
  issues.forEach((issue, i) => {
    sheet.row([
      centeredCell(formatOrdinal(i + 1)),
      centeredCell(WORDS.vi.severity[issue.severity]),
      textCell(issue.file ?? ''),
      textCell(issue.sheet ?? ''),
      centeredCell(issue.cell ?? ''),
      textCell(issue.agency ?? ''),
      textCell(issue.message),
    ]);
  });
  return sheet.build('Các vấn đề', 'issues', [5, 10, 14, 14, 6, 22, 60], { flex: 6, minFlex: 40, maxFlex: 80 });
}


/** The whole annex workbook for an assessment. */
export function annexLayout(assessment: Assessment, options: AnnexOptions = {}): { sheets: LayoutSheet[] } {
  const sheets: LayoutSheet[] = [];
  for (const group of assessment.groups) sheets.push(annexSheet(group, options, assessment.rules));
  for (const group of assessment.groups) {
    if (group.components.length === 0) continue;
    sheets.push(detailSheet(group, options), ...componentSheets(group, options));
  }
  const comparison = comparisonSheet(assessment.groups);
  if (comparison) sheets.push(comparison);
  const issues = issuesSheet(assessment.issues, assessment.rules);
  if (issues) sheets.push(issues);
  return { sheets };
}
