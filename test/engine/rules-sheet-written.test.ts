import fc from 'fast-check';
import { rulesSheetRows } from '../../src/engine/output/rules-sheet';
import { GradeBand } from '../../src/engine/rules/grading';
import { rulesPreset } from '../../src/engine/rules/presets';
import { TIE_RULES } from '../../src/engine/rules/rank';
import { DEFAULT_RULES, Rules } from '../../src/engine/rules/rules';
import { readRulesSheet } from '../../src/engine/rules/rules-sheet';
import { describeRules } from '../../src/engine/rules/rules-text';

const written = (rules: Rules) => readRulesSheet({ sheet: 'Quy định', rows: rulesSheetRows(rules), merges: [] }, 'kq.xlsx');
const fromSheet = { kind: 'sheet', file: 'kq.xlsx', sheet: 'Quy định' } as const;

describe('the "Quy định" sheet the pane writes', () => {
  it('says the default rules in the words the format gives, with where they came from', () => {
    const rows = rulesSheetRows(DEFAULT_RULES);
    expect(rows[1][0]).toContain('Lập từ quy định đang áp dụng: mẫu khanh-hoa-2020 (Quyết định 1278/QĐ-CTUBND');
    expect(rows.slice(3).map((r) => r.slice(0, 2))).toEqual([
      ['Quy định', 'Giá trị'],
      ['Xếp loại', 'Tốt ≥ 85; Khá ≥ 70; Trung bình ≥ 50; Yếu'],
      ['Xếp loại theo', 'tỷ lệ'],
      ['Xếp hạng theo', 'tỷ lệ'],
      ['Làm tròn', 2],
      ['Hạng bằng nhau', 'cùng hạng'],
      ['Không xếp hạng', ''],
      ['Thứ tự nhóm', ''],
    ]);
  });

  it('reads back as the rules it was written from: the default, and each preset', () => {
    for (const rules of [DEFAULT_RULES, rulesPreset('khanh-hoa-2014')!.rules]) {
      const { rules: read, issues } = written(rules);
      expect(issues).toEqual([]);
      const band = (b: GradeBand) => [b.labels.vi, b.lowerBound, b.inclusive ?? true, b.quotaPercent];
      expect(read.grades!.bands.map(band)).toEqual(rules.grades!.bands.map(band));
      expect([read.rankBasis, read.decimals, read.ties, read.unranked, read.groupOrder]).toEqual([rules.rankBasis, 2, rules.ties, [], []]);
    }
  });

  // Every rule set the sheet can say: bands on the ratio or on points with exclusive bounds,
  // decimals and quotas, each tie rule, unranked agencies and a group order.
  const label = fc.constantFrom('Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Hoàn thành', 'Đạt', 'Yếu', 'Không hoàn thành', 'Loại A');
  const name = fc.constantFrom('Phòng Nội vụ', 'Trung tâm Phát triển quỹ đất', '=Ban A', 'UBND xã Sơn Bình', 'Văn phòng HĐND và UBND');
  const bands = fc
    .uniqueArray(label, { minLength: 2, maxLength: 5 })
    .chain((labels) =>
      fc.tuple(
        fc.constant(labels),
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: labels.length - 1, maxLength: labels.length - 1 }),
        fc.array(fc.boolean(), { minLength: labels.length, maxLength: labels.length }),
        fc.array(fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }), { minLength: labels.length, maxLength: labels.length }),
      ),
    )
    .map(([labels, bounds, exclusive, quotas]): GradeBand[] => {
      const sorted = [...bounds].sort((a, b) => b - a).map((b) => b / 100);
      return labels.map((l, i) => {
        const last = i === labels.length - 1;
        return {
          key: l,
          lowerBound: last ? 0 : sorted[i],
          ...(!last && exclusive[i] && { inclusive: false }),
          ...(!last && quotas[i] !== undefined && { quotaPercent: quotas[i]! / 10 }),
          labels: { vi: l, en: l },
        };
      });
    });
  const rules: fc.Arbitrary<Rules> = fc.record({
    grades: fc.option(fc.record({ bands, inclusive: fc.constant(true), basis: fc.constantFrom('ratio' as const, 'points' as const, 'index' as const) }), { nil: null }),
    rankBasis: fc.constantFrom('ratio' as const, 'score' as const, 'index' as const),
    decimals: fc.integer({ min: 0, max: 4 }),
    ties: fc.constantFrom(...TIE_RULES),
    unranked: fc.uniqueArray(name, { maxLength: 3 }),
    groupOrder: fc.uniqueArray(fc.constantFrom('Cơ quan chuyên môn', 'UBND xã, thị trấn', 'Đơn vị sự nghiệp'), { maxLength: 3 }),
    source: fc.constant(DEFAULT_RULES.source),
  });

  it('reads back as the same rules, whatever they are (rules → cells → rules)', () => {
    fc.assert(
      fc.property(rules, (given) => {
        const { rules: read, issues } = written(given);
        expect(issues).toEqual([]);
        // The sheet states the rank basis, and the rules keep its cell (for an index table's conflict),
        // and the cell of the unranked agencies where it lists some (for a name that matches none).
        expect(read).toEqual({ ...given, source: fromSheet, rankBasisCell: expect.any(String), ...(given.unranked.length > 0 && { unrankedCell: expect.any(String) }), ...(given.groupOrder.length > 0 && { groupOrderCell: expect.any(String) }) });
      }),
    );
  });
});

describe('the rules in force in short words (the pane’s step 1)', () => {
  it('in Vietnamese and English, bands with their units and quotas', () => {
    const decree: Rules = {
      ...DEFAULT_RULES,
      grades: { inclusive: true, basis: 'points', bands: [{ key: 'A', lowerBound: 430.5, quotaPercent: 20, labels: { vi: 'Tốt', en: 'Good' } }, { key: 'B', lowerBound: 0, labels: { vi: 'Khá', en: 'Fair' } }] },
      ties: 'in-order',
      decimals: 1,
      unranked: ['Trung tâm A'],
    };
    expect(describeRules(decree, 'vi')).toEqual([
      ['Xếp loại', 'Tốt ≥ 430,5 điểm (tối đa 20 % số cơ quan); Khá'],
      ['Xếp hạng theo', 'tỷ lệ (%)'],
      ['Làm tròn', '1 chữ số thập phân, làm tròn nửa lên'],
      ['Hạng bằng nhau', 'theo thứ tự nhập (1, 2, 3)'],
      ['Không xếp hạng', 'Trung tâm A'],
      ['Thứ tự nhóm', 'theo thứ tự xuất hiện'],
    ]);
    expect(describeRules(DEFAULT_RULES, 'en').slice(0, 3)).toEqual([
      ['Grades', 'Good ≥ 85 %; Fair ≥ 70 %; Average ≥ 50 %; Poor'],
      ['Ranks on', 'the ratio (%)'],
      ['Rounding', '2 decimals, half away from zero'],
    ]);
  });
});
