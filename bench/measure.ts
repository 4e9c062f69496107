/**
 * Timing helpers for the benchmarks: medians of several runs, side by side in one process, since
 * the machine is shared and noisy. Benchmarks print figures; they assert nothing.
 */

/** Milliseconds of one call. */
export function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of `runs` timed calls, after one warm-up call. */
export function medianTime(fn: () => unknown, runs = 7): number {
  fn();
  return median(Array.from({ length: runs }, () => time(fn)));
}

export async function medianTimeAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeAsync(fn));
  return median(times);
}

/** A small deterministic PRNG (mulberry32), so every run measures the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function row(label: string, ...cells: (string | number)[]): void {
  const text = cells.map((c) => (typeof c === 'number' ? c.toFixed(c < 10 ? 2 : 1).padStart(10) : c.padStart(10)));
  process.stdout.write(`${label.padEnd(46)}${text.join('  ')}\n`);
}

export function heading(text: string): void {
  process.stdout.write(`\n== ${text}\n`);
}
