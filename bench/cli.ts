/**
 * Command line: `cntt build` on 20,000 agencies against the ExcelJS floor (ExcelJS reading those
 * rows and writing one styled table), each in its own process, timed side by side, with peak
 * memory; and how many forms a second `cntt validate` imports.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { agencies, formGrid, rubricGrid } from './data';
import { heading, median, row } from './measure';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli', 'cli', 'main.js');

/** Runs a node script in a new process: wall time and peak resident memory (MB). */
export function measureProcess(script: string, args: string[]): { ms: number; peakMb: number; cpuMs?: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', script, '--', ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const match = /MAXRSS (\d+)/.exec(result.stderr);
  if (!match) throw new Error(`benchmark process failed: ${result.stderr}`);
  const cpu = /CPU ([\d.]+)/.exec(result.stderr);
  return { ms, peakMb: Number(match[1]) / 1024, cpuMs: cpu ? Number(cpu[1]) : undefined };
}

const CNTT_BUILD = `
const [input, output] = process.argv.slice(1);
require(${JSON.stringify(cli)}).main(['build', input, '-o', output], { stdout() {}, stderr(t) { process.stderr.write(t); } })
  .then((code) => { if (code !== 0) process.exit(code); process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS); });
`;

const EXCELJS_FLOOR = `
const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
const [input, output] = process.argv.slice(1);
(async () => {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(input);
  const rows = [];
  source.worksheets[0].eachRow((r) => rows.push(r.values.slice(1)));
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet('Phụ lục I');
  const font = { name: 'Times New Roman', size: 13 };
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  for (const values of rows) {
    const line = sheet.addRow(values);
    line.eachCell((cell) => { cell.font = font; cell.border = border; });
  }
  await out.xlsx.writeFile(output);
  process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS);
})();
`;

async function writeSummaryFile(file: string, n: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tổng hợp');
  sheet.addRow(['STT', 'Tên cơ quan', 'Nhóm', 'Điểm đạt được', 'Điểm chuẩn']);
  // Three groups, as a province's three annexes: the floor writes one table of the same rows.
  agencies(n, 2021, Math.ceil(n / 3)).forEach((a, i) => sheet.addRow([i + 1, a.name, a.group, a.achieved, a.standard]));
  await workbook.xlsx.writeFile(file);
}

async function writeFormFiles(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  const toFile = async (name: string, rows: unknown[][]) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(name.replace(/\.xlsx$/, '')).addRows(rows);
    const file = path.join(dir, name);
    await workbook.xlsx.writeFile(file);
    return file;
  };
  const rubric = await toFile('bo-tieu-chi.xlsx', rubricGrid(6, 10).rows);
  for (let i = 0; i < count; i++) files.push(await toFile(`phieu-${i + 1}.xlsx`, formGrid(i, 6, 10).rows));
  return [rubric, ...files];
}

export async function cliBenchmarks(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-bench-'));
  try {
    heading('Command line: 20,000 agencies (3 runs each, alternating; median)');
    const input = path.join(dir, 'tong-hop.xlsx');
    await writeSummaryFile(input, 20_000);
    const build: { ms: number; peakMb: number }[] = [];
    const floor: { ms: number; peakMb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      build.push(measureProcess(CNTT_BUILD, [input, path.join(dir, 'phu-luc.xlsx')]));
      floor.push(measureProcess(EXCELJS_FLOOR, [input, path.join(dir, 'floor.xlsx')]));
    }
    row('', 'ms', 'peak MB');
    const buildMs = median(build.map((b) => b.ms));
    const floorMs = median(floor.map((b) => b.ms));
    row('cntt build', buildMs, Math.max(...build.map((b) => b.peakMb)));
    row('ExcelJS floor (read + one styled table)', floorMs, Math.max(...floor.map((b) => b.peakMb)));
    row('cntt build / floor', buildMs / floorMs);
    process.stdout.write('(targets: ≤ 1.5× the floor, ≤ 600 MB peak)\n');

    heading('Command line: importing forms (one file each, 60 criteria)');
    const files = await writeFormFiles(dir, 100);
    const script = `
      const files = process.argv.slice(1);
      const start = process.hrtime.bigint();
      require(${JSON.stringify(cli)}).main(['validate', ...files], { stdout() {}, stderr() {} }).then((code) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        process.stderr.write('MS ' + ms + ' CODE ' + code + ' MAXRSS ' + process.resourceUsage().maxRSS);
      });`;
    const runs = Array.from({ length: 3 }, () => {
      const result = spawnSync(process.execPath, ['-e', script, '--', ...files], { encoding: 'utf8' });
      return Number(/MS ([\d.]+)/.exec(result.stderr)?.[1]);
    });
    const ms = median(runs);
    row('100 forms: cntt validate, ms', ms);
    row('forms per second', (100 / ms) * 1000);
    process.stdout.write('(target ≥ 50 forms per second)\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
