/**
 * `npm run bench`: every benchmark, printing its figures. `npm run bench -- engine formulas`
 * runs only those named.
 */
import '../test/setup/custom-functions-runtime';
import { cliBenchmarks } from './cli';
import { engineBenchmarks } from './engine';
import { excelBenchmarks } from './excel';
import { feedbackBenchmarks } from './feedback';
import { formulaBenchmarks } from './formulas';
import { functionBenchmarks } from './functions';
import { hostileBenchmarks, hostileExceljsBenchmarks } from './hostile';
import { paneBenchmarks, paneHostileBenchmarks } from './pane';

const suites: Record<string, () => void | Promise<void>> = {
  engine: engineBenchmarks,
  formulas: formulaBenchmarks,
  cli: cliBenchmarks,
  functions: functionBenchmarks,
  excel: excelBenchmarks,
  feedback: feedbackBenchmarks,
  hostile: hostileBenchmarks,
};

/** Run only when named: each takes minutes, or needs the browser tests' builds (pane). */
const onRequest: Record<string, () => Promise<void>> = { 'hostile-exceljs': hostileExceljsBenchmarks, pane: paneBenchmarks, 'pane-hostile': paneHostileBenchmarks };

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  process.stdout.write(`node ${process.version}, ${new Date().toISOString()}\n`);
  for (const [name, run] of Object.entries(suites)) {
    if (wanted.length === 0 || wanted.includes(name)) await run();
  }
  for (const [name, run] of Object.entries(onRequest)) if (wanted.includes(name)) await run();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
