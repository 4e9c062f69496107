import { cellAddress, parseCellAddress, parseRangeAddress } from '../../src/engine/values/grid';

describe('cell addresses', () => {
  it('read back what cellAddress writes, absolute or not', () => {
    for (const [row, column] of [[0, 0], [11, 3], [19999, 25], [4, 26], [0, 701], [1048575, 16383]]) {
      expect(parseCellAddress(cellAddress(row, column))).toEqual({ row, column });
    }
    expect(parseCellAddress('$D$12')).toEqual({ row: 11, column: 3 });
    expect(parseCellAddress('D')).toBeUndefined();
    expect(parseCellAddress('12')).toBeUndefined();
  });

  it('read ranges and single cells as bounds', () => {
    expect(parseRangeAddress('B2:D4')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRangeAddress('$C$3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRangeAddress('B2:')).toBeUndefined();
  });
});
