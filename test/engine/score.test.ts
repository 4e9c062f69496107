import fc from 'fast-check';
import { formatHundredths, toHundredths } from '../../src/engine/values/decimal';
import { DEFAULT_RANKING_SETTINGS, rankAll, rankGroup } from '../../src/engine/assessing/score';
import { DEFAULT_RULES } from '../../src/engine/rules/rules';
import { readKhanhSon2021 } from '../fixtures/khanh-son';

const published = readKhanhSon2021();
const inputs = published.map((row) => ({
  name: row.name,
  group: row.group,
  achievedScore: toHundredths(row.achieved),
  standardScore: toHundredths(row.standard),
}));

describe('Khánh Sơn 2021, the published annexes', () => {
  it('has the three annexes of the notice', () => {
    expect(new Set(published.map((r) => r.annex))).toEqual(new Set(['I', 'II', 'III']));
    expect(published).toHaveLength(26);
  });

  it('gives every published ratio, grade and row order', () => {
    const groups = rankAll(inputs);
    const computed = groups.flatMap((group) =>
      group.agencies.map((a) => ({
        group: group.name,
        ordinal: a.ordinal,
        name: a.agency.name,
        ratio: formatHundredths(a.ratio!),
        grade: a.grade,
      })),
    );
    expect(computed).toEqual(
      published.map((r) => ({ group: r.group, ordinal: r.ordinal, name: r.name, ratio: r.ratio, grade: r.grade })),
    );
  });

  it('gives the same rows from the reversed input, but for the order of ties', () => {
    const reversed = rankAll([...inputs].reverse());
    const byName = new Map(reversed.flatMap((g) => g.agencies.map((a) => [a.agency.name, a])));
    for (const row of published) {
      const a = byName.get(row.name)!;
      expect(formatHundredths(a.ratio!)).toBe(row.ratio);
      expect(a.grade).toBe(row.grade);
    }
    // Phòng Tư pháp and Phòng Tài nguyên và Môi trường tie at 95.08: both rank 6.
    expect(byName.get('Phòng Tư pháp')!.rank).toBe(6);
    expect(byName.get('Phòng Tài nguyên và Môi trường')!.rank).toBe(6);
    expect(byName.get('Phòng Văn hóa và Thông tin')!.rank).toBe(8);
  });
});

describe('rankGroup', () => {
  it('ranks by ratio by default and by achieved score when asked', () => {
    const agencies = [
      { name: 'a', group: 'g', achievedScore: 50000, standardScore: 100000 },
      { name: 'b', group: 'g', achievedScore: 45000, standardScore: 50000 },
    ];
    expect(rankGroup(agencies).map((a) => a.agency.name)).toEqual(['b', 'a']);
    const byScore = rankGroup(agencies, { ...DEFAULT_RANKING_SETTINGS, rules: { ...DEFAULT_RULES, rankBasis: 'score' } });
    expect(byScore.map((a) => [a.agency.name, a.rank, a.grade])).toEqual([
      ['a', 1, 'Trung bình'],
      ['b', 2, 'Tốt'],
    ]);
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ achievedScore: fc.integer({ min: 0, max: 100000 }), standardScore: fc.integer({ min: 1, max: 100000 }) }), {
          maxLength: 30,
        }),
        (scores) => {
          const agencies = scores.map((s, i) => ({ name: `a${i}`, group: 'g', ...s }));
          const copy = JSON.parse(JSON.stringify(agencies));
          rankGroup(agencies);
          expect(agencies).toEqual(copy);
        },
      ),
    );
  });
});
