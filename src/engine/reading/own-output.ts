/**
 * The add-in's own output among its inputs: an annex workbook written by an earlier run, read
 * again, would rank "Phụ lục I" as one more group. A sheet is the add-in's own where it carries
 * the add-in's mark, or has the annex layout exactly: its tab name, its title in A1 and, for
 * the ranked sheets, the "Nhóm: …" line under the heading. A blank form the add-in wrote is its
 * own too while nothing is typed in it: filled in, it is the agency's form.
 */
import { cellAt, cellText, Grid } from '../values/grid';
import { normalizeText } from '../values/text';
import { findFormHeader } from './forms';

const ROMAN = '[IVXLC]+';

/** Tab name → the title its first cell holds; a numbered sheet's numeral must agree. */
const NUMBERED_LAYOUTS: [RegExp, string][] = [
  [new RegExp(`^Phụ lục (${ROMAN})$`, 'u'), 'PHỤ LỤC'],
  [new RegExp(`^Chi tiết (${ROMAN})$`, 'u'), 'CHI TIẾT PHỤ LỤC'],
  [new RegExp(`^Thành phần (${ROMAN})(?:\\.\\d+)?$`, 'u'), 'XẾP HẠNG THEO THÀNH PHẦN - PHỤ LỤC'],
];

const SINGLE_LAYOUTS = new Map([
  ['Tự đánh giá - Thẩm định', 'ĐIỂM TỰ ĐÁNH GIÁ VÀ ĐIỂM THẨM ĐỊNH'],
  ['Các vấn đề', 'CÁC VẤN ĐỀ CẦN XEM LẠI'],
  ['Thay đổi', 'CÁC THAY ĐỔI GIỮA DỰ THẢO VÀ KẾT QUẢ CUỐI CÙNG'],
]);

export function isOwnAnnex(grid: Grid): boolean {
  if (grid.ownMark) return true;
  const sheet = normalizeText(grid.sheet);
  const first = normalizeText(cellText(grid.rows[0]?.[0] ?? null));
  if (SINGLE_LAYOUTS.get(sheet) === first && first !== '') return true;
  for (const [pattern, title] of NUMBERED_LAYOUTS) {
    const numeral = pattern.exec(sheet)?.[1];
    // "Nhóm: …" under the heading, or under the "(Kèm theo …)" line when the annexes go with a notice.
    if (numeral && first === `${title} ${numeral}`) return [2, 3].some((r) => /^Nhóm: /u.test(normalizeText(cellText(grid.rows[r]?.[0] ?? null))));
  }
  return false;
}

/** A form the add-in wrote (its CNTT_FORM_n mark) in which nothing is typed yet: left out of reading. */
export function isBlankOwnForm(grid: Grid): boolean {
  return grid.ownForm === true && !hasTypedEntries(grid);
}

/**
 * Whether anything is typed under a form's header outside the columns the form comes with (code,
 * criterion, maximum): a score, a KAD, evidence, a note, anything in a column of one's own. The
 * KAD a blank form already holds where a criterion does not apply (its maximum says KAD) is not typed.
 * A sheet whose form header can no longer be found is taken as filled in: it is never thrown away.
 */
export function hasTypedEntries(grid: Grid): boolean {
  const header = findFormHeader(grid);
  if (!header) return true;
  const given = new Set((['code', 'title', 'maxScore'] as const).flatMap((column) => header.columns.get(column) ?? []));
  const maxColumn = header.columns.get('maxScore');
  const selfColumn = header.columns.get('selfScore');
  const isKad = (r: number, c: number | undefined) => c !== undefined && normalizeText(cellText(cellAt(grid, r, c))).toUpperCase() === 'KAD';
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (given.has(c) || cellText(cells[c] ?? null).trim() === '') continue;
      if (c === selfColumn && isKad(r, c) && isKad(r, maxColumn)) continue;
      return true;
    }
  }
  return false;
}
