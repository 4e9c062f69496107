/**
 * Ranks of values within groups, for the cell functions: an index built once over a table
 * (values and their groups), then a rank for any value in O(log n).
 */
import { groupKey } from './groups';
import { splitIntoGroups } from './grouping';
import type { RankOrder, TieRule } from './rank';

export class GroupRankIndex {
  /** Each group's values, sorted so that the best comes first. */
  private readonly sortedByGroup = new Map<string, number[]>();
  /** The same without repeats, for ranks shared without a gap. */
  private readonly distinctByGroup = new Map<string, number[]>();

  /**
   * `values[i]` belongs to `groups[i]`; a null value (a blank cell) is left out of the ranking.
   * Groups are split as everywhere else (splitIntoGroups).
   */
  constructor(
    values: readonly (number | null)[],
    groups: readonly string[],
    private readonly order: RankOrder = 'descending',
  ) {
    const present = values.flatMap((value, i) => (value === null ? [] : [{ value, group: groups[i] }]));
    const sign = order === 'descending' ? -1 : 1;
    for (const { key, members } of splitIntoGroups(present, (m) => m.group)) {
      const list = members.map((m) => m.value).sort((a, b) => sign * (a - b));
      this.sortedByGroup.set(key, list);
      this.distinctByGroup.set(key, list.filter((v, i) => i === 0 || v !== list[i - 1]));
    }
  }

  /**
   * The rank of `value` within `group` (1 + the number of better values, or of better distinct
   * values where ties share without a gap), or null where the value is not among that group's
   * values, as RANK.EQ gives #N/A. Ties in order need each row's place, which a value alone
   * does not say: the caller ranks a whole column for that.
   */
  rankOf(value: number, group: string, ties: Exclude<TieRule, 'in-order'> = 'shared-with-gap'): number | null {
    const key = groupKey(group);
    const list = (ties === 'shared-without-gap' ? this.distinctByGroup : this.sortedByGroup).get(key);
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
