/**
 * The one way agencies are split into groups, everywhere (assessment, ranking, the cell
 * functions): by groupKey, so "UBND cấp huyện", "Ủy ban nhân dân cấp huyện" and
 * "2. Các UBND cấp huyện" are one group. Groups come in order of first appearance, each named
 * as first written, unless the rules give an order.
 */
import { groupKey } from './groups';

export interface Grouped<T> {
  key: string;
  /** The group's name as first written. */
  name: string;
  members: T[];
}

/** Splits items by group, in order of first appearance; members keep their input order. */
export function splitIntoGroups<T>(items: readonly T[], groupOf: (item: T) => string): Grouped<T>[] {
  const groups = new Map<string, Grouped<T>>();
  for (const item of items) {
    const name = groupOf(item);
    const key = groupKey(name);
    const group = groups.get(key);
    if (group) group.members.push(item);
    else groups.set(key, { key, name, members: [item] });
  }
  return [...groups.values()];
}

/**
 * Groups in the rules' order ("Thứ tự nhóm"): those named first, as named, then the others in
 * their own order. Names are matched by groupKey.
 */
export function inGroupOrder<G extends { name: string }>(groups: readonly G[], order: readonly string[]): G[] {
  if (order.length === 0) return [...groups];
  // A name listed twice (the groups of records as they were read: A, B, A) keeps its first place.
  const place = new Map<string, number>();
  order.forEach((name, i) => {
    if (!place.has(groupKey(name))) place.set(groupKey(name), i);
  });
  const rankOf = (g: G) => place.get(groupKey(g.name)) ?? order.length;
  return groups.map((g, i) => ({ g, i })).sort((a, b) => rankOf(a.g) - rankOf(b.g) || a.i - b.i).map(({ g }) => g);
}
