/**
 * Grids as the xlsx worker posts them: only the rows that hold cells, with their index. A sheet
 * with a cell at A1048576 has a million rows, nearly all empty, and a million empty arrays take
 * the page's thread most of a second to receive (structured clone); made again here, a few ms.
 */
import { CellValue, Grid, WorkbookGrids } from '../engine/values/grid';

export interface PackedGrid extends Omit<Grid, 'rows'> {
  rowCount: number;
  filled: [number, CellValue[]][];
}

export interface PackedWorkbook {
  file: string;
  sheets: PackedGrid[];
}

export function packGrids(workbook: WorkbookGrids): PackedWorkbook {
  const pack = ({ rows, ...grid }: Grid): PackedGrid => {
    const filled: [number, CellValue[]][] = [];
    rows.forEach((row, r) => row.length > 0 && filled.push([r, row]));
    return { ...grid, rowCount: rows.length, filled };
  };
  return { ...workbook, sheets: workbook.sheets.map(pack) };
}

export function unpackGrids(packed: PackedWorkbook): WorkbookGrids {
  const unpack = ({ rowCount, filled, ...grid }: PackedGrid): Grid => {
    const rows: CellValue[][] = Array.from({ length: rowCount }, () => []);
    for (const [r, row] of filled) rows[r] = row;
    return { ...grid, rows };
  };
  return { ...packed, sheets: packed.sheets.map(unpack) };
}
