import { Grid, UNCALCULATED_FORMULA, WorkbookGrids } from '../../src/engine/values/grid';
import { packGrids, unpackGrids } from '../../src/taskpane/packed-grids';

describe('grids posted by the xlsx worker', () => {
  it('carry only the rows that hold cells, and come back as read, through a structured clone', () => {
    const rows: Grid['rows'] = Array.from({ length: 1_048_576 }, () => []);
    rows[0] = ['STT', 'Tên cơ quan', 'Điểm đạt được'];
    rows[2] = [2, 'Phòng Tư pháp', { error: '#N/A' }, new Date(Date.UTC(2021, 9, 29)), UNCALCULATED_FORMULA, null, true];
    rows[1_048_575] = ['y'];
    const workbook: WorkbookGrids = {
      file: 'thua.xlsx',
      sheets: [
        { sheet: 'Tổng hợp', rows, merges: [{ top: 0, left: 0, bottom: 1, right: 0 }], hiddenRows: [2], ownMark: true },
        { sheet: 'Trống', rows: [], merges: [] },
      ],
    };
    const packed = structuredClone(packGrids(workbook));
    expect(packed.sheets[0].filled.map(([r]) => r)).toEqual([0, 2, 1_048_575]);
    const [sheet, empty] = unpackGrids(packed).sheets;
    // Compared row by row where it holds cells (a deep equal over a million rows takes seconds).
    expect({ ...sheet, rows: undefined }).toEqual({ ...workbook.sheets[0], rows: undefined });
    expect(sheet.rows).toHaveLength(1_048_576);
    expect([sheet.rows[0], sheet.rows[1], sheet.rows[2], sheet.rows[1_048_574], sheet.rows[1_048_575]]).toEqual([rows[0], [], rows[2], [], ['y']]);
    expect(sheet.rows.every((row) => Array.isArray(row))).toBe(true);
    expect(empty).toEqual(workbook.sheets[1]);
  });
});
