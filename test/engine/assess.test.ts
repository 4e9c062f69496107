import { formatHundredths } from '../../src/engine/decimal';
import { assess } from '../../src/engine/assess';
import { readKhanhSon2021 } from '../fixtures/khanh-son';
import { noticeGrid } from '../fixtures/notice-grid';

const published = readKhanhSon2021();

function annexRows(assessment: ReturnType<typeof assess>) {
  return assessment.groups.flatMap((g) =>
    g.agencies.map((a) => ({
      annex: g.annex,
      group: g.name,
      ordinal: a.ordinal,
      name: a.name,
      achieved: formatHundredths(a.achieved),
      standard: String(a.standard / 100),
      ratio: formatHundredths(a.ratio),
      grade: a.grade,
    })),
  );
}

describe('the Khánh Sơn 2021 notice typed into one sheet', () => {
  it('gives the published annexes exactly', () => {
    const result = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid({ numbersEvery: 3 })] }]);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(annexRows(result)).toEqual(published);
  });

  it('gives them from rows in any order', () => {
    const result = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid({ shuffleRows: true })] }]);
    const rows = annexRows(result);
    // Tied rows keep their input order, so only the tie of 95.08 may swap.
    const key = (r: { name: string; ordinal: string }) => `${r.name}`;
    expect(rows.map(key).sort()).toEqual(published.map(key).sort());
    for (const row of rows) {
      const expected = published.find((p) => p.name === row.name)!;
      expect({ ...row, ordinal: undefined }).toEqual({ ...expected, ordinal: undefined });
    }
    expect(rows.filter((r) => r.ratio === '95.08').map((r) => r.ordinal)).toEqual(['06', '07']);
  });
});
