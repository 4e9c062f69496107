import fc from 'fast-check';
import { formatOrdinal, rankBy, toRoman } from '../../src/engine/rules/rank';

describe('rankBy', () => {
  it('ranks equal values equally and skips the next rank', () => {
    const ranked = rankBy([975, 975, 975, 967], (x) => x);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
    expect(ranked.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(ranked.map((r) => formatOrdinal(r.position))).toEqual(['01', '02', '03', '04']);
  });

  it('sorts highest first and keeps tied items in input order', () => {
    const items = [
      { name: 'a', v: 1 },
      { name: 'b', v: 3 },
      { name: 'c', v: 1 },
      { name: 'd', v: 2 },
    ];
    const ranked = rankBy(items, (x) => x.v);
    expect(ranked.map((r) => r.item.name)).toEqual(['b', 'd', 'a', 'c']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 3]);
  });

  it('ranks lowest first when asked', () => {
    expect(rankBy([5, 1, 3], (x) => x, 'ascending').map((r) => r.item)).toEqual([1, 3, 5]);
  });

  it('gives every item the same rank whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.nat(), (values, seed) => {
        const withIds = values.map((v, id) => ({ id, v }));
        const shuffled = [...withIds].sort((a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101));
        const rankOf = (list: typeof withIds) =>
          new Map(rankBy(list, (x) => x.v).map((r) => [r.item.id, r.rank]));
        expect(rankOf(shuffled)).toEqual(rankOf(withIds));
      }),
    );
  });

  it('gives the rank one more than the number of strictly better items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 40 }), (values) => {
        for (const r of rankBy(values, (x) => x)) {
          expect(r.rank).toBe(values.filter((v) => v > r.item).length + 1);
        }
      }),
    );
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    const frozen = Object.freeze([...values]);
    rankBy(frozen, (x) => x);
    expect(frozen).toEqual(values);
  });
});

describe('formatOrdinal and toRoman', () => {
  it('pads ordinals to two digits', () => {
    expect(formatOrdinal(1)).toBe('01');
    expect(formatOrdinal(12)).toBe('12');
    expect(formatOrdinal(105)).toBe('105');
  });

  it('numbers annexes in Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
  });
});
