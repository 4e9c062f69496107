/**
 * The add-in's own output among its inputs: an annex workbook written by an earlier run, read
 * again, would rank "Phụ lục I" as one more group. A sheet is the add-in's own where it carries
 * the add-in's mark, or has the annex layout exactly: its tab name, its title in A1 and, for
 * the ranked sheets, the "Nhóm: …" line under the heading.
 */
import { cellText, Grid } from '../values/grid';
import { normalizeText } from '../values/text';

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
