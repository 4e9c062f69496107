/**
 * 200,000 agencies (4.4 MB as an .xlsx, under every read limit) go through reading, scoring,
 * ranking, the annex layout and the fill plan: no list as long as the data is spread into a
 * call's arguments, which overflows the stack past about 100,000.
 */
import { assess } from '../../src/engine/assessing/assess';
import { annexLayout } from '../../src/engine/output/annex';
import { fillPlan } from '../../src/engine/output/fill';
import { CellValue } from '../../src/engine/values/grid';
import { appendAll, extent } from '../../src/engine/values/arrays';

describe('200,000 agencies', () => {
  it('are read, ranked and laid out as annexes', () => {
    const n = 200_000;
    const rows: CellValue[][] = [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn']];
    for (let i = 0; i < n; i++) rows.push([i + 1, `Cơ quan số ${i + 1}`, 500 + (i % 500), 1000]);
    const assessment = assess([{ file: 'lon.xlsx', sheets: [{ sheet: 'Tổng hợp', rows, merges: [] }] }]);
    expect(assessment.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(assessment.groups[0].agencies).toHaveLength(n);
    expect(assessment.groups[0].agencies[0].record.achievedScore).toBe(99900);
    const layout = annexLayout(assessment, {});
    expect(layout.sheets[0].rows.length).toBeGreaterThan(n);
    // STT renumbered in rank order: one cell per agency.
    expect(fillPlan(assessment)).toHaveLength(n);
  }, 300_000);

  it('appends and measures long lists without spreading them into a call', () => {
    const target: number[] = [];
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    appendAll(target, many);
    expect(target).toHaveLength(300_000);
    expect(extent(many)).toEqual({ min: 0, max: 299_999 });
    expect(() => Math.max(...many)).toThrow(RangeError);
  });
});
