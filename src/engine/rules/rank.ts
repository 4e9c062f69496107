/**
 * Competition ranking ("1, 1, 3") and ordinals: formats.md §4.
 */

export type RankOrder = 'descending' | 'ascending';

export interface Ranked<T> {
  item: T;
  /** Index of the item in the input. */
  index: number;
  /** Competition rank: equal values share it and the next rank is skipped. */
  rank: number;
  /** Position after sorting, from 1; ties keep their input order. */
  position: number;
}

/**
 * Sorts items by a numeric key (highest first by default) and gives each its competition rank.
 * Stable: tied items keep their input order. O(n log n); the input is not changed.
 */
export function rankBy<T>(items: readonly T[], key: (item: T) => number, order: RankOrder = 'descending'): Ranked<T>[] {
  const keys = items.map(key);
  const indices = items.map((_, i) => i);
  const sign = order === 'descending' ? -1 : 1;
  indices.sort((a, b) => sign * (keys[a] - keys[b]) || a - b);
  const ranked: Ranked<T>[] = [];
  for (let p = 0; p < indices.length; p++) {
    const index = indices[p];
    const tiedWithPrevious = p > 0 && keys[indices[p - 1]] === keys[index];
    const rank = tiedWithPrevious ? ranked[p - 1].rank : p + 1;
    ranked.push({ item: items[index], index, rank, position: p + 1 });
  }
  return ranked;
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
