/**
 * Array helpers for lists as long as the data: `target.push(...items)` and `Math.max(...items)`
 * pass every item as an argument, and past about 100,000 of them the call stack overflows
 * ("Maximum call stack size exceeded", as 200,000 agencies did).
 */

/** Appends every item to `target`, one at a time. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The smallest and largest of the numbers; undefined for none. */
export function extent(values: readonly number[]): { min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  let min = values[0];
  let max = values[0];
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}
