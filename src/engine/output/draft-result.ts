/**
 * Each agency's draft result (kết quả thẩm định dự thảo), sent out in the feedback round: its
 * totals, ratio, grade and rank in the group, every criterion where the appraisal differs from
 * its own score (both scores, the difference and the reason), and a column "Ý kiến của cơ quan"
 * for its reply, the only cells open on the protected sheet. The reply reader (replies.ts) reads
 * the returned sheet back by the labels and headers written here.
 */
import { AgencyResult, Assessment, GroupResult } from '../assessing/assess';
import { CriterionScore } from '../reading/records';
import { LINE_HEIGHT, SheetBuilder } from './annex';
import { cell, markedCell, pointsCell } from './cells';
import { freeSheetNames, sheetName } from '../values/sheet-names';
import { LayoutCell, LayoutInput, LayoutSheet } from './layout';
import { DRAFT_RESULT_HEADERS, DRAFT_RESULT_TITLE, OTHER_COMMENTS } from '../reading/round-sheets';

export { DRAFT_RESULT_HEADERS, DRAFT_RESULT_TITLE, OTHER_COMMENTS };

export interface DraftResultOptions {
  /** The year assessed, printed under the title. */
  year?: number | string;
  /** The last day for replies, as it should be printed ("15/11/2021"). */
  deadline?: string;
  /** Where replies go (an office, an e-mail address). */
  sendTo?: string;
}


const WIDTHS = [8, 34, 14, 14, 10, 30, 40];
const REPLY_COLUMN = DRAFT_RESULT_HEADERS.length - 1;
/** Room for a typed reply: two lines at least. */
const REPLY_LINES = 2;

/** The criteria where the appraisal gave another score (or KAD) than the agency, in rubric order. */
export function changedCriteria(agency: AgencyResult): CriterionScore[] {
  const all = [...(agency.record.criteria ?? []), ...(agency.record.excludedCriteria ?? [])];
  return all.filter((c) => c.appraisedScore !== null && c.appraisedScore !== c.selfScore).sort((a, b) => compareCodes(a.code, b.code));
}

/** "1.2" before "1.10" before "2": dotted codes compared part by part, as numbers. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined || pb[i] === undefined) return pa.length - pb.length;
    const d = Number(pa[i]) - Number(pb[i]) || pa[i].localeCompare(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}


/** The draft result of one agency of a group, as a protected sheet named after the agency. */
export function draftResultSheet(group: GroupResult, agency: AgencyResult, options: DraftResultOptions = {}, name = agency.name): LayoutSheet {
  const sheet = new SheetBuilder(DRAFT_RESULT_HEADERS.length);
  sheet.titleRow(DRAFT_RESULT_TITLE);
  sheet.titleRow(`Mức độ ứng dụng công nghệ thông tin${options.year !== undefined && options.year !== '' ? ` năm ${options.year}` : ''}`, 'subtitle');
  sheet.blankRow();
  // Labels the reply reader looks for: the value follows the colon in the same cell.
  sheet.titleRow(`Tên cơ quan: ${agency.name}`, 'plain');
  sheet.titleRow(`Nhóm: ${group.name}`, 'plain');
  sheet.blankRow();
  totalsBlock(sheet, group, agency);
  sheet.blankRow();
  for (const line of instructions(agency, options)) sheet.titleRow(line, 'note');
  sheet.header([...DRAFT_RESULT_HEADERS]);
  const inputs: LayoutInput[] = [];
  const heights: Record<number, number> = {};
  const changed = changedCriteria(agency);
  for (const c of changed) {
    const delta = typeof c.selfScore === 'number' && typeof c.appraisedScore === 'number' ? c.appraisedScore - c.selfScore : null;
    heights[sheet.rows.length] = rowHeight([c.title, c.reason]);
    inputs.push({ row: sheet.rows.length, column: REPLY_COLUMN });
    sheet.row([cell(c.code, 'textCenter'), cell(c.title, 'text'), markedCell(c.selfScore), markedCell(c.appraisedScore), pointsCell(delta), cell(c.reason, 'text'), cell(null, 'text')]);
  }
  heights[sheet.rows.length] = rowHeight([]);
  inputs.push({ row: sheet.rows.length, column: REPLY_COLUMN });
  const other = changed.length === 0 ? `Điểm thẩm định giống điểm tự đánh giá ở mọi tiêu chí. ${OTHER_COMMENTS}` : OTHER_COMMENTS;
  sheet.row([cell(null, 'textCenter'), cell(other, 'text'), ...Array.from({ length: 5 }, () => cell(null, 'text'))]);
  const built = sheet.build(sheetName(name), 'draftResult', WIDTHS, { orientation: 'landscape' });
  return { ...built, rowHeights: { ...built.rowHeights, ...heights }, inputs };
}

/** Totals, standard score, ratio, grade and rank: a label over three columns, its value in the fourth. */
function totalsBlock(sheet: SheetBuilder, group: GroupResult, agency: AgencyResult): void {
  const lines: [string, LayoutCell][] = [
    // Where no appraised score was given, the agency's own scores are what counts.
    ['Tổng điểm tự đánh giá', pointsCell(agency.selfScore ?? (agency.record.source === 'form' ? agency.achievedScore : null))],
    ['Tổng điểm thẩm định (dự thảo)', pointsCell(agency.achievedScore)],
    ['Điểm chuẩn', pointsCell(agency.standardScore)],
    ['Tỷ lệ (%)', pointsCell(agency.ratio)],
    ['Xếp loại', cell(agency.grade, 'textCenter')],
    ['Thứ hạng trong nhóm', cell(`${agency.rank}/${group.agencies.length}`, 'textCenter')],
  ];
  for (const [label, value] of lines) {
    sheet.merges.push({ top: sheet.rows.length, left: 0, bottom: sheet.rows.length, right: 1 });
    sheet.row([cell(label, 'text'), cell(null, 'text'), value]);
  }
}

/** Short lines: a note row does not wrap, and a printed page does not grow it. */
function instructions(agency: AgencyResult, options: DraftResultOptions): string[] {
  const where = options.sendTo ? `gửi về ${options.sendTo}` : 'gửi về tổ thẩm định';
  const when = options.deadline ? ` trước ngày ${options.deadline}` : '';
  return [
    `Đề nghị ${agency.name} xem các tiêu chí có điểm thẩm định khác điểm tự đánh giá dưới đây,`,
    `ghi ý kiến (nếu có) vào cột «Ý kiến của cơ quan» và ${where}${when}, kèm tài liệu kiểm chứng bổ sung (nếu có).`,
    'Các ô khác đã được khóa; không thêm, bớt hay đổi thứ tự các dòng.',
  ];
}

/** A row tall enough for its longest wrapped text, and for a reply of a few lines. */
function rowHeight(texts: string[]): number {
  const lines = Math.max(REPLY_LINES, ...texts.map((t, i) => Math.ceil(t.length / (WIDTHS[i === 0 ? 1 : 5] - 2))));
  return lines * LINE_HEIGHT;
}

/** Every agency's draft result, with a tab name unique in the workbook (the pane writes them side by side). */
export function draftResults(assessment: Assessment, options: DraftResultOptions = {}): { group: GroupResult; agency: AgencyResult; sheet: LayoutSheet }[] {
  const agencies = assessment.groups.flatMap((group) => group.agencies.map((agency) => ({ group, agency })));
  const names = freeSheetNames(
    agencies.map(({ agency }) => sheetName(agency.name)),
    [],
  );
  return agencies.map(({ group, agency }, i) => ({ group, agency, sheet: draftResultSheet(group, agency, options, names[i]) }));
}
