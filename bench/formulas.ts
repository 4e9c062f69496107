/**
 * Against the hand-made workbook: the same ranking as native formulas (ROUND ratio, IF ladder,
 * COUNTIFS rank in group) evaluated by HyperFormula, and the engine, on the same data.
 */
import { HyperFormula } from 'hyperformula';
import { toHundredths } from '../src/engine/values/decimal';
import { rankAll } from '../src/engine/assessing/score';
import { agencies } from './data';
import { heading, medianTime, row, time } from './measure';

/** The sheet an office builds by hand: data, then ratio, grade and rank formulas per row. */
function handMadeSheet(n: number): (string | number)[][] {
  return agencies(n).map((a, i) => {
    const r = i + 1;
    return [
      a.group,
      a.achieved,
      a.standard,
      `=ROUND(B${r}/C${r}*100,2)`,
      `=IF(D${r}>=85,"Tốt",IF(D${r}>=70,"Khá",IF(D${r}>=50,"Trung bình","Yếu")))`,
      `=COUNTIFS($A$1:$A$${n},A${r},$D$1:$D$${n},">"&D${r})+1`,
    ];
  });
}

export function formulaBenchmarks(): void {
  heading('Native formulas in HyperFormula vs the engine (ms)');
  row('agencies', 'formulas', 'engine', 'speed-up');
  for (const n of [1_000, 2_000, 4_000]) {
    const sheet = handMadeSheet(n);
    // One run of the formulas: each takes seconds at 4k rows (COUNTIFS over every row is n²).
    const formulasMs = time(() => HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' }).destroy());
    const scores = agencies(n).map((a) => ({ name: a.name, group: a.group, achievedScore: toHundredths(a.achieved), standardScore: toHundredths(a.standard) }));
    const engineMs = medianTime(() => rankAll(scores));
    row(`${n.toLocaleString('en')} agencies`, formulasMs, engineMs, `${Math.round(formulasMs / engineMs)}×`);
  }
  process.stdout.write('(target: the engine ≥ 1000× faster at 4,000 agencies)\n');
}
