/**
 * The year assessed: four digits from 2000 to 2100, by default the year the input's own title
 * names ("KẾT QUẢ … NĂM 2021"), else the current year.
 */
import { WorkbookGrids } from '../engine/values/grid';

const TITLE_ROWS = 12;
const YEAR_IN_TITLE = /\bn[aă]m\s+(\d{4})\b/i;

/** The year a sheet's title names, from the first rows of the input sheets; undefined if none does. */
export function yearInTitles(workbook: WorkbookGrids): number | undefined {
  for (const grid of workbook.sheets) {
    for (const row of grid.rows.slice(0, TITLE_ROWS)) {
      for (const cell of row) {
        const match = typeof cell === 'string' ? YEAR_IN_TITLE.exec(cell.normalize('NFC')) : null;
        if (match && validYear(match[1])) return Number(match[1]);
      }
    }
  }
  return undefined;
}

/** "2021" is a year; "21", "2021.5", "-1" and "1999" are not. */
export function validYear(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100;
}
