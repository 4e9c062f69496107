/**
 * Ranking indexes for the cell functions, cached on the content of the ranges: a sheet with
 * thousands of =CNTT.RANK_IN_GROUP cells over the same table builds the index once per
 * recalculation, and a changed score (new content) builds a new one. Excel hands every call its
 * own copy of the ranges, so the cache compares content cell by cell, which costs far less than
 * reading the values again.
 */
import { GroupRankIndex } from '../engine/rules/group-ranks';
import { RankOrder, rankBy, TieRule } from '../engine/rules/rank';
import { splitIntoGroups } from '../engine/rules/grouping';
import { ArgumentValue, rankTableArgument } from './arguments';

interface Entry {
  order: RankOrder;
  /** The ranges' cells row by row, flat: one array to walk on each comparison, not one per row. */
  values: Flat;
  groups: Flat;
  index: GroupRankIndex;
}

interface Flat {
  rows: number;
  width: number;
  cells: ArgumentValue[];
}

const CACHE_SIZE = 4;
/** Most recently used first. */
const cache: Entry[] = [];

function flatten(range: ArgumentValue[][]): Flat {
  const width = range.length > 0 ? range[0].length : 0;
  const cells: ArgumentValue[] = [];
  for (const row of range) for (let c = 0; c < width; c++) cells.push(row[c]);
  return { rows: range.length, width, cells };
}

function sameContent(flat: Flat, range: ArgumentValue[][]): boolean {
  // Excel's ranges are rectangular: the first row's width is every row's.
  if (flat.rows !== range.length || (range.length > 0 && range[0].length !== flat.width)) return false;
  const { width, cells } = flat;
  for (let r = 0, k = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < width; c++, k++) if (row[c] !== cells[k]) return false;
  }
  return true;
}

/** Both ranges unchanged, read in one pass for the usual single columns: half the loop overhead. */
function sameTable(entry: Entry, values: ArgumentValue[][], groups: ArgumentValue[][]): boolean {
  if (entry.values.width !== 1 || entry.groups.width !== 1 || values.length !== groups.length) {
    return sameContent(entry.values, values) && sameContent(entry.groups, groups);
  }
  const a = entry.values.cells;
  const b = entry.groups.cells;
  if (a.length !== values.length || b.length !== groups.length) return false;
  if (values.length > 0 && (values[0].length !== 1 || groups[0].length !== 1)) return false;
  for (let r = 0; r < values.length; r++) {
    if (values[r][0] !== a[r] || groups[r][0] !== b[r]) return false;
  }
  return true;
}

/** The index for these ranges, from the cache when their content is unchanged. */
export function groupRankIndex(values: ArgumentValue[][], groups: ArgumentValue[][], order: RankOrder): GroupRankIndex {
  const hit = cache.findIndex((e) => e.order === order && sameTable(e, values, groups));
  if (hit >= 0) {
    const [entry] = cache.splice(hit, 1);
    cache.unshift(entry);
    return entry.index;
  }
  const { numbers, labels } = rankTableArgument(values, groups);
  const index = new GroupRankIndex(numbers, labels, order);
  cache.unshift({ order, values: flatten(values), groups: flatten(groups), index });
  if (cache.length > CACHE_SIZE) cache.pop();
  return index;
}

/**
 * One column of ranks within groups under a tie rule, "" for a blank row (never null, which
 * Excel shows as 0). Groups are split as everywhere (splitIntoGroups). O(n log n).
 */
export function ranksColumn(values: ArgumentValue[][], groups: ArgumentValue[][], order: RankOrder, ties: TieRule = 'shared-with-gap'): (number | string)[][] {
  const { numbers, labels } = rankTableArgument(values, groups);
  const out: (number | string)[][] = numbers.map(() => ['']);
  const present = numbers.flatMap((value, i) => (value === null ? [] : [i]));
  for (const { members } of splitIntoGroups(present, (i) => labels[i])) {
    for (const { item, rank } of rankBy(members, (i) => numbers[i] as number, order, ties)) out[item][0] = rank;
  }
  return out;
}
