/**
 * The sheets of the feedback round (each agency's draft result, the summary of comments): the
 * fixed words they are written with, and how a reader knows one when it meets it again. They hold
 * no scores to count: the readers pass over them.
 */
import { cellText, Grid } from '../values/grid';
import { looseKey } from '../values/text';

export const DRAFT_RESULT_TITLE = 'KẾT QUẢ THẨM ĐỊNH DỰ THẢO';
/** The draft result's table headers; the reply reader finds the table by them. */
export const DRAFT_RESULT_HEADERS = ['Mã', 'Tiêu chí', 'Điểm tự đánh giá của cơ quan', 'Điểm thẩm định (dự thảo)', 'Chênh lệch', 'Lý do', 'Ý kiến của cơ quan'] as const;
/** The row left for comments on anything else: no code, this text in the criterion's column. */
export const OTHER_COMMENTS = 'Ý kiến khác (nếu có)';
export const COMMENTS_TITLE = 'TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO KẾT QUẢ THẨM ĐỊNH';

const HEADER_KEYS = DRAFT_RESULT_HEADERS.map(looseKey);
const titled = (grid: Grid, title: string) => grid.rows.slice(0, 3).some((row) => row.some((value) => looseKey(cellText(value)) === looseKey(title)));

/** The header row of a draft-result sheet, or undefined when the sheet is not one. */
export function findDraftResultHeader(grid: Grid): number | undefined {
  if (!titled(grid, DRAFT_RESULT_TITLE)) return undefined;
  const header = grid.rows.findIndex((row) => HEADER_KEYS.every((key, c) => looseKey(cellText(row[c] ?? null)) === key));
  return header < 0 ? undefined : header;
}

/** A draft result or a summary of comments, written by this tool. */
export function isFeedbackRoundSheet(grid: Grid): boolean {
  return findDraftResultHeader(grid) !== undefined || titled(grid, COMMENTS_TITLE);
}
