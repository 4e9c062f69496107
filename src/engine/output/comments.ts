/**
 * "Tổng hợp ý kiến": every comment of the feedback round in one sheet, by agency and criterion,
 * beside the criterion's current scores, with a column "Trả lời của tổ thẩm định" so the
 * appraisal team answers each comment in one place.
 */
import { Assessment } from '../assessing/assess';
import { groupKey } from '../rules/groups';
import { nameKey } from '../values/text';
import { CriterionScore } from '../reading/records';
import { Reply } from '../reading/replies';
import { LINE_HEIGHT, SheetBuilder } from './annex';
import { cell, markedCell } from './cells';
import { compareCodes } from './draft-result';
import { COMMENTS_TITLE } from '../reading/round-sheets';
import { LayoutSheet } from './layout';
import { formatOrdinal } from '../rules/rank';

export const COMMENTS_SHEET = 'Tổng hợp ý kiến';
const HEADERS = ['STT', 'Tên cơ quan', 'Mã', 'Tiêu chí', 'Điểm tự đánh giá', 'Điểm thẩm định hiện tại', 'Ý kiến của cơ quan', 'Trả lời của tổ thẩm định', 'Nơi ghi ý kiến'];
const WIDTHS = [6, 26, 7, 28, 11, 12, 40, 40, 22];


/** The current scores of each agency's criteria, by group, name and code. */
function criterionIndex(assessment: Assessment): Map<string, CriterionScore> {
  const index = new Map<string, CriterionScore>();
  for (const group of assessment.groups) {
    for (const agency of group.agencies) {
      for (const c of [...(agency.record.criteria ?? []), ...(agency.record.excludedCriteria ?? [])]) index.set(criterionKey(group.name, agency.name, c.code), c);
    }
  }
  return index;
}

const criterionKey = (group: string, agency: string, code: string) => `${groupKey(group)}\u0000${nameKey(agency)}\u0000${code}`;

/** Comments in the assessment's order of groups and agencies, each agency's by criterion code, other comments last. */
export function sortReplies(replies: readonly Reply[], assessment: Assessment): Reply[] {
  const order = new Map<string, number>();
  for (const group of assessment.groups) for (const agency of group.agencies) order.set(`${groupKey(group.name)}\u0000${nameKey(agency.name)}`, order.size);
  const place = (r: Reply) => order.get(`${groupKey(r.group)}\u0000${nameKey(r.agency)}`) ?? order.size;
  const code = (r: Reply) => r.criterion ?? '\uffff';
  return [...replies].sort((a, b) => place(a) - place(b) || (a.criterion === null ? 1 : 0) - (b.criterion === null ? 1 : 0) || compareCodes(code(a), code(b)));
}

/** The summary of comments against the scores as they are now (`assessment`). */
export function commentsSheet(replies: readonly Reply[], assessment: Assessment): LayoutSheet {
  const current = criterionIndex(assessment);
  const sheet = new SheetBuilder(HEADERS.length);
  sheet.titleRow(COMMENTS_TITLE);
  sheet.blankRow();
  sheet.header(HEADERS);
  const heights: Record<number, number> = {};
  sortReplies(replies, assessment).forEach((reply, i) => {
    heights[sheet.rows.length] = Math.max(2, Math.ceil(reply.comment.length / (WIDTHS[6] - 2)), Math.ceil(reply.title.length / (WIDTHS[3] - 2))) * LINE_HEIGHT;
    const now = reply.criterion === null ? undefined : current.get(criterionKey(reply.group, reply.agency, reply.criterion));
    const source = `${reply.file ? `${reply.file}: ` : ''}${reply.sheet}!${reply.cell}`;
    sheet.row([
      cell(formatOrdinal(i + 1), 'textCenter'),
      cell(reply.agency, 'text'),
      cell(reply.criterion ?? '', 'textCenter'),
      cell(reply.title, 'text'),
      markedCell(now?.selfScore),
      markedCell(now?.appraisedScore),
      cell(reply.comment, 'text'),
      cell(null, 'text'),
      cell(source, 'text'),
    ]);
  });
  const built = sheet.build(COMMENTS_SHEET, 'comments', WIDTHS, { orientation: 'landscape' });
  return { ...built, rowHeights: { ...built.rowHeights, ...heights } };
}
