/**
 * Ranking indexes for the cell functions, cached on the content of the ranges: a sheet with
 * thousands of =CNTT.RANK_IN_GROUP cells over the same table builds the index once, and a
 * changed score (new content) builds a new one.
 */
import { GroupRankIndex } from '../engine/group-ranks';
import { RankOrder, rankBy } from '../engine/rank';
import { nameKey } from '../engine/text';
import { CellValue, groupsArgument, rankValuesArgument } from './arguments';

const CACHE_SIZE = 8;
const cache = new Map<string, GroupRankIndex>();

/** The index for these ranges, from the cache when their content is unchanged. */
export function groupRankIndex(values: CellValue[][], groups: CellValue[][], order: RankOrder): GroupRankIndex {
  const numbers = rankValuesArgument(values, 'values');
  const labels = groupsArgument(groups, 'groups', numbers.length);
  const key = `${order}\u0000${numbers.join('\u0001')}\u0000${labels.join('\u0001')}`;
  const cached = cache.get(key);
  if (cached) {
    // Move to the back: the map's order is the eviction order.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const index = new GroupRankIndex(numbers, labels, order);
  cache.set(key, index);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return index;
}

/** One column of competition ranks within groups, "" for a blank value. O(n log n). */
export function ranksColumn(values: CellValue[][], groups: CellValue[][], order: RankOrder): (number | string)[][] {
  const numbers = rankValuesArgument(values, 'values');
  const labels = groupsArgument(groups, 'groups', numbers.length);
  const out: (number | string)[][] = numbers.map(() => ['']);
  const members = new Map<string, number[]>();
  numbers.forEach((value, i) => {
    if (value === null) return;
    const key = nameKey(labels[i]);
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  for (const indices of members.values()) {
    for (const { item, rank } of rankBy(indices, (i) => numbers[i] as number, order)) out[item][0] = rank;
  }
  return out;
}
