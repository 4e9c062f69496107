/**
 * Hostile files (the attack sweep's, at full size, made here and deleted after): `cntt validate`
 * on each in its own process, with wall time, peak resident memory and the first line it prints.
 * `npm run bench -- hostile-exceljs` also loads each with ExcelJS alone, which is what reading a
 * file meant before the pre-scan: those runs are stopped at 30 s.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HOSTILE_FILES } from '../test/support/hostile-xlsx';
import { heading } from './measure';

const cliMain = path.join(__dirname, '..', 'src', 'cli', 'main.js');
const TIMEOUT_MS = 30_000;

interface Answer {
  ms: number;
  peakMb: number;
  exit: string;
  line: string;
}

/** Peak resident memory of a running process (VmHWM), in MB. */
function peakOf(pid: number | undefined): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs a node script in a new process; stopped after TIMEOUT_MS. */
function answer(script: string, args: string[]): Promise<Answer> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', script, '--', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakMb = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => (peakMb = Math.max(peakMb, peakOf(child.pid))), 50);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const reported = /MAXRSS (\d+)/.exec(stderr);
      if (reported) peakMb = Number(reported[1]) / 1024;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const exit = signal === 'SIGKILL' && ms >= TIMEOUT_MS ? `killed at ${TIMEOUT_MS / 1000} s` : signal ? String(signal) : `exit ${code}`;
      const line = stderr.replace(/MAXRSS \d+/, '').trim().split('\n')[0] ?? '';
      resolve({ ms, peakMb, exit, line });
    });
  });
}

const CNTT_VALIDATE = `
const [input] = process.argv.slice(1);
require(${JSON.stringify(cliMain)}).main(['validate', input], { stdout() {}, stderr(t) { process.stderr.write(t); } })
  .then((code) => { process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS); process.exit(code); });
`;

const EXCELJS_LOAD = `
const [input] = process.argv.slice(1);
const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
new ExcelJS.Workbook().xlsx.readFile(input)
  .then(() => process.stderr.write('loaded\\nMAXRSS ' + process.resourceUsage().maxRSS), (e) => process.stderr.write(String(e.message) + '\\nMAXRSS ' + process.resourceUsage().maxRSS));
`;

function print(label: string, size: number, result: Answer): void {
  const figures = `${(result.ms / 1000).toFixed(2).padStart(7)} s ${result.peakMb.toFixed(0).padStart(6)} MB  ${result.exit.padEnd(16)}`;
  process.stdout.write(`${label.padEnd(44)}${(size / 1024).toFixed(0).padStart(7)} KB ${figures} ${result.line.slice(0, 150)}\n`);
}

async function run(script: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-hostile-'));
  try {
    for (const [name, make] of Object.entries(HOSTILE_FILES)) {
      const file = path.join(dir, 'hostile.xlsx');
      const data = make();
      fs.writeFileSync(file, data);
      print(name, data.length, await answer(script, [file]));
      fs.rmSync(file);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function hostileBenchmarks(): Promise<void> {
  heading('Hostile files: cntt validate, each in its own process (target: exit 2 in under 10 s and 1 GB)');
  await run(CNTT_VALIDATE);
}

export async function hostileExceljsBenchmarks(): Promise<void> {
  heading(`Hostile files: ExcelJS alone loading each (reading before the pre-scan), stopped at ${TIMEOUT_MS / 1000} s`);
  await run(EXCELJS_LOAD);
}
