/**
 * Ranking indexes for the cell functions, cached on the content of the ranges: a sheet with
 * thousands of =CNTT.RANK_IN_GROUP cells over the same table builds the index once per
 * recalculation, and a changed score (new content) builds a new one. Excel hands every call its
 * own copy of the ranges, so the cache compares content cell by cell, which costs far less than
 * reading the values again.
 */
import { GroupRankIndex } from '../engine/group-ranks';
import { RankOrder, rankBy } from '../engine/rank';
import { nameKey } from '../engine/text';
import { CellValue, groupsArgument, rankValuesArgument } from './arguments';

interface Entry {
  order: RankOrder;
  values: CellValue[][];
  groups: CellValue[][];
  index: GroupRankIndex;
}

const CACHE_SIZE = 4;
/** Most recently used first. */
const cache: Entry[] = [];

function sameContent(a: CellValue[][], b: CellValue[][]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x === y) continue;
    if (x[0] !== y[0] || x.length !== y.length) return false;
    for (let c = 1; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

/** The index for these ranges, from the cache when their content is unchanged. */
export function groupRankIndex(values: CellValue[][], groups: CellValue[][], order: RankOrder): GroupRankIndex {
  const hit = cache.findIndex((e) => e.order === order && sameContent(e.values, values) && sameContent(e.groups, groups));
  if (hit >= 0) {
    const [entry] = cache.splice(hit, 1);
    cache.unshift(entry);
    return entry.index;
  }
  const numbers = rankValuesArgument(values, 'values');
  const labels = groupsArgument(groups, 'groups', numbers.length);
  const index = new GroupRankIndex(numbers, labels, order);
  cache.unshift({ order, values, groups, index });
  if (cache.length > CACHE_SIZE) cache.pop();
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
