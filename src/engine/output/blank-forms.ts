/**
 * Blank self-assessment forms from a rubric: one sheet per agency, score cells that accept only a
 * number between 0 and the criterion's maximum (or KAD), the rest protected, an evidence column,
 * and instructions in Vietnamese. They read back with the form reader as they are.
 */
import { scoreRange } from '../rules/score-range';
import { fromHundredths } from '../values/decimal';
import { cellAddress } from '../values/grid';
import { sheetName } from '../values/sheet-names';
import { LayoutCell, LayoutInput, LayoutSheet } from './layout';
import { wrappedRowHeights } from './print';
import { Criterion, criterionByCode, isLeaf, maxFor, Rubric, rubricGroupKey } from '../rules/rubric';
import { Issue, makeIssue } from '../messages/issues';
import { matchSummaryHeader } from '../rules/headers';
import { cell, spanRow } from './cells';

export interface AgencyEntry {
  name: string;
  group: string;
}

const INSTRUCTIONS = [
  'Hướng dẫn: nhập điểm tự đánh giá vào cột "Điểm tự đánh giá" cho từng tiêu chí, không vượt quá điểm tối đa;',
  'ghi KAD nếu tiêu chí không áp dụng với cơ quan; ghi tên văn bản, tài liệu kiểm chứng ở cột bên cạnh.',
  'Các ô khác đã được khóa. Điểm có tối đa hai chữ số thập phân, dùng dấu phẩy hoặc dấu chấm.',
];

const HEADER = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Ghi chú'];
const WIDTHS = [8, 48, 11, 13, 30, 16];


/** The rule a score cell keeps: KAD, or a number within the criterion's range. */
function scoreRule(address: string, maxScore: number): string {
  const [low, high] = scoreRange(maxScore);
  return `=OR(UPPER(${address})="KAD",AND(ISNUMBER(${address}),${address}>=${low},${address}<=${high}))`;
}

/** A score cell to fill in: a number within the criterion's range, or KAD. */
export function scoreInput(row: number, column: number, maxScore: number): LayoutInput {
  return { row, column, validation: scoreRule(cellAddress(row, column), maxScore), error: `Nhập một số từ ${Math.min(0, maxScore)} đến ${Math.max(0, maxScore)}, hoặc KAD.` };
}

export function blankForm(rubric: Rubric, agency: AgencyEntry, options: { year?: number | string; sheet?: string } = {}): LayoutSheet | Issue {
  const key = rubricGroupKey(rubric, agency.group);
  if (key === undefined) return makeIssue('unknown-group', { agency: agency.name }, { group: agency.group, expected: rubric.groups.join('; ') });
  const width = HEADER.length;
  const rows: LayoutCell[][] = [];
  const merges: LayoutSheet['merges'] = [];
  const line = (text: string, style: LayoutCell['style']) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
    rows.push(spanRow(text, style, width));
  };
  line(`PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN${options.year ? ` NĂM ${options.year}` : ''}`, 'title');
  // Labels the form reader looks for: the value follows the colon in the same cell.
  line(`Tên cơ quan: ${agency.name}`, 'plain');
  line(`Nhóm: ${agency.group}`, 'plain');
  for (const text of INSTRUCTIONS) line(text, 'note');
  const headerRow = rows.length;
  rows.push(HEADER.map((label) => cell(label, 'header')));
  const inputs: LayoutInput[] = [];
  const byCode = criterionByCode(rubric);
  const walk = (criterion: Criterion) => {
    const maxScore = maxFor(criterion, key);
    const r = rows.length;
    if (isLeaf(criterion)) {
      const applicable = maxScore !== null;
      rows.push([
        cell(criterion.code, 'textCenter'),
        cell(criterion.title, 'text'),
        applicable ? cell(fromHundredths(maxScore), 'number') : cell('KAD', 'textCenter'),
        applicable ? cell(null, 'number') : cell('KAD', 'textCenter'),
        cell(null, 'text'),
        cell(null, 'text'),
      ]);
      if (applicable) inputs.push(scoreInput(r, 3, fromHundredths(maxScore)));
      inputs.push({ row: r, column: 4 }, { row: r, column: 5 });
    } else {
      rows.push([cell(criterion.code, 'header'), cell(criterion.title, 'header'), cell(maxScore === null ? 'KAD' : fromHundredths(maxScore), 'header'), cell(null, 'header'), cell(null, 'header'), cell(null, 'header')]);
      for (const child of criterion.childCodes) walk(byCode.get(child)!);
    }
  };
  for (const criterion of rubric.criteria.filter((x) => x.parentCode === null)) walk(criterion);
  return {
    name: sheetName(options.sheet ?? agency.name),
    kind: 'form',
    rows,
    merges,
    columnWidths: WIDTHS,
    headerRow,
    // Long criteria and the header "Điểm tự đánh giá" wrap: rows as tall as their text.
    rowHeights: wrappedRowHeights(rows, merges, WIDTHS),
    orientation: 'portrait',
    inputs,
  };
}

/** An agency list: "Tên cơ quan; Nhóm" (or a tab) per line; blank lines and a header line skipped. */
export function parseAgencyList(text: string): AgencyEntry[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/\t|;/).map((part) => part.trim()))
    .filter(([name]) => name && matchSummaryHeader(name) !== 'name')
    .map(([name, group = '']) => ({ name, group }));
}
