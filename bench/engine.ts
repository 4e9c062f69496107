/**
 * Engine: score, grade and rank n agencies (target: 100,000 in ≤ 100 ms, growing as n log n);
 * validate and score 1,000 forms × 200 criteria (target ≤ 500 ms).
 */
import { assess } from '../src/engine/assessing/assess';
import { toHundredths } from '../src/engine/values/decimal';
import { rankAll } from '../src/engine/assessing/score';
import { agencies, formGrid, rubricGrid, summaryGrid } from './data';
import { heading, medianTime, row } from './measure';

export function engineBenchmarks(): void {
  heading('Engine: score, grade and rank (median of 7 runs, ms)');
  row('agencies', 'rank only', 'per n·log2n', 'read+check+rank');
  for (const n of [1_000, 10_000, 100_000]) {
    const list = agencies(n);
    const scores = list.map((a) => ({ name: a.name, group: a.group, achievedScore: toHundredths(a.achieved), standardScore: toHundredths(a.standard) }));
    const grid = summaryGrid(list);
    const rankMs = medianTime(() => rankAll(scores));
    const fullMs = medianTime(() => assess([{ file: 'bench.xlsx', sheets: [grid] }]), 5);
    row(`${n.toLocaleString('en')} agencies`, rankMs, (rankMs / (n * Math.log2(n))) * 1e6, fullMs);
  }
  process.stdout.write('(target: 100,000 agencies ranked in ≤ 100 ms; "per n·log2n" in ns stays flat for n log n growth)\n');

  heading('Engine: validate and score forms (median of 5 runs, ms)');
  const components = 10;
  const per = 20;
  const rubric = rubricGrid(components, per);
  const forms = Array.from({ length: 1000 }, (_, i) => formGrid(i, components, per));
  const ms = medianTime(() => assess([{ file: 'forms.xlsx', sheets: [rubric, ...forms] }]), 5);
  row('1,000 forms × 200 criteria', ms);
  process.stdout.write('(target ≤ 500 ms)\n');
}
