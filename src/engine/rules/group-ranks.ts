/**
 * Ranks of values within groups, for the cell functions: an index built once over a table
 * (values and their groups), then a rank for any value in O(log n).
 */
import { nameKey } from '../values/text';
import type { RankOrder } from './rank';

export class GroupRankIndex {
  /** Each group's values, sorted so that the best comes first. */
  private readonly sortedByGroup = new Map<string, number[]>();

  /**
   * `values[i]` belongs to `groups[i]`; a null value (a blank cell) is left out of the ranking.
   */
  constructor(
    values: readonly (number | null)[],
    groups: readonly string[],
    private readonly order: RankOrder = 'descending',
  ) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null) continue;
      const key = nameKey(groups[i]);
      const list = this.sortedByGroup.get(key);
      if (list) list.push(value);
      else this.sortedByGroup.set(key, [value]);
    }
    const sign = order === 'descending' ? -1 : 1;
    for (const list of this.sortedByGroup.values()) list.sort((a, b) => sign * (a - b));
  }

  /**
   * The competition rank of `value` within `group` (1 + the number of better values), or null
   * where the value is not among that group's values, as RANK.EQ gives #N/A.
   */
  rankOf(value: number, group: string): number | null {
    const list = this.sortedByGroup.get(nameKey(group));
    if (!list) return null;
    const better = this.countBetter(list, value);
    return better < list.length && list[better] === value ? better + 1 : null;
  }

  /** Number of values strictly better than `value`: a binary search in the sorted list. */
  private countBetter(list: readonly number[], value: number): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const isBetter = this.order === 'descending' ? list[mid] > value : list[mid] < value;
      if (isBetter) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
