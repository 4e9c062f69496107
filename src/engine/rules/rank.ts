/**
 * Ranking with the three tie rules, and ordinals: formats.md §4 and §6.
 */

export type RankOrder = 'descending' | 'ascending';

/**
 * How equal values are ranked: sharing a rank and skipping the next (1, 1, 3, the rule of
 * formats.md §4), sharing without a gap (1, 1, 2), or each its own rank in input order (1, 2, 3).
 */
export type TieRule = 'shared-with-gap' | 'shared-without-gap' | 'in-order';

export const TIE_RULES: readonly TieRule[] = ['shared-with-gap', 'shared-without-gap', 'in-order'];

export interface Ranked<T> {
  item: T;
  /** Index of the item in the input. */
  index: number;
  /** The rank under the tie rule (by default equal values share it and the next is skipped). */
  rank: number;
  /** Position after sorting, from 1; ties keep their input order. */
  position: number;
}

/**
 * Sorts items by a numeric key (highest first by default) and ranks them under the tie rule.
 * Stable: tied items keep their input order. O(n log n); the input is not changed.
 */
export function rankBy<T>(
  items: readonly T[],
  key: (item: T) => number,
  order: RankOrder = 'descending',
  ties: TieRule = 'shared-with-gap',
): Ranked<T>[] {
  const keys = items.map(key);
  const indices = items.map((_, i) => i);
  const sign = order === 'descending' ? -1 : 1;
  indices.sort((a, b) => sign * (keys[a] - keys[b]) || a - b);
  const ranked: Ranked<T>[] = [];
  let distinct = 0;
  for (let p = 0; p < indices.length; p++) {
    const index = indices[p];
    const tiedWithPrevious = p > 0 && keys[indices[p - 1]] === keys[index];
    if (!tiedWithPrevious) distinct++;
    ranked.push({ item: items[index], index, rank: rankAt(p, distinct, tiedWithPrevious ? ranked[p - 1].rank : 0, ties), position: p + 1 });
  }
  return ranked;
}

/** The rank of the item at sorted place `p` (from 0), the `distinct`-th distinct value so far. */
function rankAt(p: number, distinct: number, tiedRank: number, ties: TieRule): number {
  if (ties === 'in-order') return p + 1;
  if (tiedRank > 0) return tiedRank;
  return ties === 'shared-without-gap' ? distinct : p + 1;
}

/** The printed row number: 1 → "01", 12 → "12", 105 → "105" (at least two digits). */
export function formatOrdinal(position: number, width = 2): string {
  return String(position).padStart(width, '0');
}

/** Roman numerals for annex numbering: 1 → "I", 4 → "IV". */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
