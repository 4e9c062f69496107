/**
 * The appraisal team's form (phiếu thẩm định), made from an agency's filled form: the agency's
 * self scores and evidence locked as it sent them, the columns "Điểm thẩm định" and "Lý do" the
 * only cells open, and the signature and date lines of the agency's head and the team leader.
 * It reads back with the form reader as it is, the appraised score then counting.
 */
import { fromHundredths } from '../values/decimal';
import { sheetName } from '../values/sheet-names';
import { scoreInput } from './blank-forms';
import { cell, markedCell, spanRow } from './cells';
import { LayoutCell, LayoutInput, LayoutSheet } from './layout';
import { MergedRange } from '../values/grid';
import { wrappedRowHeights } from './print';
import { Criterion, criterionByCode, isLeaf, maxFor, Rubric, rubricGroupKey } from '../rules/rubric';
import { Issue, makeIssue } from '../messages/issues';
import { AgencyRecord, CriterionScore } from '../reading/records';

const HEADER = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Lý do'];
const WIDTHS = [7, 38, 9, 10, 30, 10, 28];
const APPRAISED = 5;
const REASON = 6;

const INSTRUCTIONS = [
  'Hướng dẫn: tổ thẩm định ghi điểm thẩm định cho từng tiêu chí sau khi kiểm tra tài liệu kiểm chứng (KAD nếu không áp dụng);',
  'ghi lý do ở cột "Lý do" khi điểm thẩm định khác điểm tự đánh giá. Điểm tự đánh giá và tài liệu của cơ quan đã được khóa.',
];

/** The left and right signers: title, what to write under it. */
const SIGNERS: [string[], string[]] = [
  ['ĐẠI DIỆN CƠ QUAN ĐƯỢC THẨM ĐỊNH', '(Ký, ghi rõ họ tên)'],
  ['TỔ TRƯỞNG TỔ THẨM ĐỊNH', '(Ký, ghi rõ họ tên)'],
];
const DATE_LINE = '……………, ngày …… tháng …… năm ……';
/** Blank lines left for the signatures. */
const SIGNING_ROOM = 4;


/** The team's form for one agency, from its record as read from its filled form. */
export function teamForm(rubric: Rubric, agency: AgencyRecord, options: { year?: number | string; sheet?: string } = {}): LayoutSheet | Issue {
  const key = rubricGroupKey(rubric, agency.group);
  if (key === undefined) return makeIssue('unknown-group', { agency: agency.name }, { group: agency.group, expected: rubric.groups.join('; ') });
  const rows: LayoutCell[][] = [];
  const merges: MergedRange[] = [];
  const line = (text: string, style: LayoutCell['style']) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: HEADER.length - 1 });
    rows.push(spanRow(text, style, HEADER.length));
  };
  line(`PHIẾU THẨM ĐỊNH MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN${options.year ? ` NĂM ${options.year}` : ''}`, 'title');
  // Labels the form reader looks for: the value follows the colon in the same cell.
  line(`Tên cơ quan: ${agency.name}`, 'plain');
  line(`Nhóm: ${agency.group}`, 'plain');
  for (const text of INSTRUCTIONS) line(text, 'note');
  const headerRow = rows.length;
  rows.push(HEADER.map((label) => cell(label, 'header')));
  const filled = new Map([...(agency.criteria ?? []), ...(agency.excludedCriteria ?? [])].map((x) => [x.code, x]));
  const inputs: LayoutInput[] = [];
  const byCode = criterionByCode(rubric);
  const walk = (criterion: Criterion): void => {
    const maxScore = maxFor(criterion, key);
    if (!isLeaf(criterion)) {
      rows.push([cell(criterion.code, 'header'), cell(criterion.title, 'header'), cell(maxScore === null ? 'KAD' : fromHundredths(maxScore), 'header'), ...HEADER.slice(3).map(() => cell(null, 'header'))]);
      criterion.childCodes.forEach((child) => walk(byCode.get(child)!));
      return;
    }
    if (maxScore !== null) inputs.push(scoreInput(rows.length, APPRAISED, fromHundredths(maxScore)), { row: rows.length, column: REASON });
    rows.push(leafRow(criterion, maxScore, filled.get(criterion.code)));
  };
  rubric.criteria.filter((x) => x.parentCode === null).forEach(walk);
  const signing = signatureRows(rows.length + 1);
  rows.push(HEADER.map(() => cell(null, 'plain')), ...signing.rows);
  merges.push(...signing.merges);
  return { name: sheetName(options.sheet ?? agency.name), kind: 'form', rows, merges, columnWidths: WIDTHS, headerRow, rowHeights: wrappedRowHeights(rows, merges, WIDTHS), orientation: 'landscape', inputs };
}

/** One leaf: the agency's score and evidence as sent, the appraisal's where it has begun. */
function leafRow(criterion: Criterion, maxScore: number | null, filled: CriterionScore | undefined): LayoutCell[] {
  if (maxScore === null) return [cell(criterion.code, 'textCenter'), cell(criterion.title, 'text'), cell('KAD', 'textCenter'), cell('KAD', 'textCenter'), cell(null, 'text'), cell('KAD', 'textCenter'), cell(null, 'text')];
  return [
    cell(criterion.code, 'textCenter'),
    cell(criterion.title, 'text'),
    cell(fromHundredths(maxScore), 'number'),
    markedCell(filled?.selfScore),
    cell(filled?.evidence ?? null, 'text'),
    markedCell(filled?.appraisedScore),
    cell(filled?.reason ?? null, 'text'),
  ];
}

/** The date line over the right, then the two signers side by side, room to sign under each. */
function signatureRows(top: number): { rows: LayoutCell[][]; merges: MergedRange[] } {
  const [left, right] = SIGNERS;
  const lines = [['', DATE_LINE], ...left.map((title, i) => [title, right[i]]), ...Array.from({ length: SIGNING_ROOM }, () => ['', ''])];
  // The titles bold; the date and "(Ký, ghi rõ họ tên)" in italics.
  const style = (i: number): LayoutCell['style'] => (i === 1 ? 'signature' : 'subtitle');
  const rows = lines.map(([l, r], i) => [cell(l, style(i)), ...Array.from({ length: 3 }, () => cell(null, 'plain')), cell(r, style(i)), cell(null, 'plain'), cell(null, 'plain')]);
  const merges = lines.flatMap((_, i) => [{ top: top + i, left: 0, bottom: top + i, right: 3 }, { top: top + i, left: 4, bottom: top + i, right: HEADER.length - 1 }]);
  return { rows, merges };
}
