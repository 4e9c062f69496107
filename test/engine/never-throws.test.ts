import fc from 'fast-check';
import { assess } from '../../src/engine/assessing/assess';
import { annexLayout } from '../../src/engine/output/annex';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { presetRubric } from '../../src/engine/rules/presets';

/** Cells as real sheets hold them, with header words and score-like text mixed in. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -50, max: 2000 }),
  fc.boolean(),
  fc.constantFrom('STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Mã', 'Điểm tự đánh giá', 'Tiêu chí', 'Điểm tối đa', 'Trong đó', 'KAD', '1.', 'I. CÁC SỞ', 'Tên cơ quan: A', '832,90', '=1+1', ''),
  fc.string(),
  fc.constant({ error: '#REF!' }),
  fc.date({ noInvalidDate: true }),
);

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 10 }),
  rows: fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 25 }),
  merges: fc.array(
    fc.record({ top: fc.nat(20), left: fc.nat(6), h: fc.nat(3), w: fc.nat(3) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
    { maxLength: 3 },
  ),
});

describe('any grid', () => {
  it('is read, validated and laid out without throwing, and every issue points into the grid', () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), fc.boolean(), (sheets, withRubric) => {
        const result = assess([{ file: 'f.xlsx', sheets }], withRubric ? { rubric: presetRubric('khanh-hoa-2014') } : {});
        annexLayout(result);
        for (const issue of result.issues) {
          if (!issue.cell) continue;
          const m = /^([A-Z]+)(\d+)$/.exec(issue.cell);
          expect(m).not.toBeNull();
          const sheet = sheets.find((s) => s.sheet === issue.sheet);
          expect(sheet).toBeDefined();
          expect(Number(m![2])).toBeLessThanOrEqual(Math.max(sheet!.rows.length, 1));
        }
      }),
      { numRuns: 300, seed: 20211029 },
    );
  });
});
