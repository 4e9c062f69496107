/**
 * What a summary says does not depend on how it was typed: row order (but for the order of tied
 * rows), NFC or NFD names, decimal comma or point.
 */
import fc from 'fast-check';
import { assess } from '../../src/engine/assessing/assess';
import { formatHundredths } from '../../src/engine/values/decimal';
import { CellValue } from '../../src/engine/values/grid';

const agency = fc.record({
  name: fc.constantFrom('Phòng Nội vụ', 'Phòng Tư pháp', 'Văn phòng HĐND&UBND', 'UBND xã Sơn Trung', 'Trạm Khuyến nông', 'Thanh tra huyện', 'Phòng Dân tộc', 'Ban Quản lý Dịch vụ công ích'),
  group: fc.constantFrom('Cơ quan chuyên môn', 'Đơn vị sự nghiệp'),
  achieved: fc.integer({ min: 0, max: 100000 }),
  standard: fc.integer({ min: 1, max: 100000 }),
});

const table = fc.uniqueArray(agency, { selector: (a) => `${a.group}|${a.name}`, minLength: 1, maxLength: 16 });

type Typed = { name: string; group: string; achieved: number; standard: number };

function grid(rows: Typed[], options: { nfd?: boolean; comma?: boolean } = {}): CellValue[][] {
  const score = (h: number) => (options.comma ? formatHundredths(h, ',') : h / 100);
  const text = (s: string) => (options.nfd ? s.normalize('NFD') : s);
  return [['STT', 'Tên cơ quan', 'Nhóm', 'Điểm đạt được', 'Điểm chuẩn'], ...rows.map((r, i) => [i + 1, text(r.name), text(r.group), score(r.achieved), score(r.standard)])];
}

/** Each agency's result, by name: ordinals of ties aside. */
function results(rows: CellValue[][]) {
  const assessment = assess([{ file: 'f.xlsx', sheets: [{ sheet: 'S', rows, merges: [] }] }]);
  const out = new Map<string, unknown>();
  for (const g of assessment.groups) {
    for (const a of g.agencies) out.set(`${g.name.normalize('NFC')}|${a.name.normalize('NFC')}`, { rank: a.rank, ratio: a.ratio, grade: a.grade });
  }
  return { out, errors: assessment.issues.filter((i) => i.severity === 'error').map((i) => i.code) };
}

describe('summary results', () => {
  it('do not change with the order of the rows', () => {
    fc.assert(
      fc.property(table, fc.func(fc.integer()), (rows, order) => {
        const shuffled = [...rows].sort((a, b) => order(a) - order(b) || 0);
        expect(results(grid(shuffled))).toEqual(results(grid(rows)));
      }),
      { numRuns: 150, seed: 1 },
    );
  });

  it('do not change with NFD names or decimal commas', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const plain = results(grid(rows));
        expect(results(grid(rows, { nfd: true }))).toEqual(plain);
        expect(results(grid(rows, { comma: true }))).toEqual(plain);
      }),
      { numRuns: 150, seed: 2 },
    );
  });
});
