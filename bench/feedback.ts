/**
 * The appraisal round on the command line: `cntt feedback` writing the draft results of 300
 * agencies (one protected .xlsx each) on the example rubric, in a process of its own, median of
 * three runs.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { measureProcess } from './cli';
import { heading, median, random, row } from './measure';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli', 'cli', 'main.js');
const rubricFile = path.join(root, 'examples', 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx');

/** The example rubric's leaves: code, maximum for departments, for communes (null: KAD). */
const LEAVES: [string, number, number | null][] = [
  ['1', 60, 60], ['2', 40, 40], ['3.1', 60, 60], ['3.2', 40, 40], ['4', 50, 50], ['5', 150, null], ['6', 100, 100], ['7', 50, 50], ['8', -20, -20],
];

/** One workbook of `n` filled forms, half departments and half communes, the appraisal lower on about a third of the criteria. */
export async function writeForms(file: string, n: number): Promise<void> {
  const next = random(2021);
  const workbook = new ExcelJS.Workbook();
  for (let i = 0; i < n; i++) {
    const commune = i % 2 === 1;
    const sheet = workbook.addWorksheet(`Phiếu ${i + 1}`);
    sheet.addRow([`Tên cơ quan: Cơ quan số ${i + 1}`]);
    sheet.addRow([`Nhóm: ${commune ? 'UBND xã, thị trấn' : 'Cơ quan chuyên môn'}`]);
    sheet.addRow(['Mã', 'Tiêu chí', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Lý do']);
    for (const [code, department, communeMax] of LEAVES) {
      const max = commune ? communeMax : department;
      if (max === null) {
        sheet.addRow([code, `Tiêu chí ${code}`, 'KAD', 'KAD', '', '']);
        continue;
      }
      const self = max < 0 ? 0 : Math.round(max * (0.6 + 0.4 * next()));
      const appraised = max > 0 && next() < 0.35 ? Math.round(self * 0.8) : self;
      sheet.addRow([code, `Tiêu chí ${code}`, self, appraised, self > 0 ? `Báo cáo số ${i + 1}/BC-UBND, ngày 5/10/2021` : '', appraised !== self ? 'Tài liệu kiểm chứng chưa đủ' : '']);
    }
  }
  await workbook.xlsx.writeFile(file);
}

const CNTT_FEEDBACK = `
const [rubric, forms, output] = process.argv.slice(1);
require(${JSON.stringify(cli)}).main(['feedback', rubric, forms, '-o', output], { stdout() {}, stderr(t) { process.stderr.write(t); } })
  .then((code) => {
    if (code !== 0) process.exit(code);
    const usage = process.resourceUsage();
    process.stderr.write('CPU ' + (usage.userCPUTime + usage.systemCPUTime) / 1000 + ' MAXRSS ' + usage.maxRSS);
  });
`;

export async function feedbackBenchmarks(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-bench-feedback-'));
  try {
    heading('Command line: draft results for 300 agencies of the example rubric (3 runs; median)');
    const forms = path.join(dir, 'phieu.xlsx');
    await writeForms(forms, 300);
    const runs = Array.from({ length: 3 }, (_, i) => measureProcess(CNTT_FEEDBACK, [rubricFile, forms, path.join(dir, `du-thao-${i}`)]));
    row('', 'wall ms', 'CPU ms', 'peak MB');
    // CPU time beside the wall time: on a shared machine the wall time says as much about the others' load.
    row('cntt feedback, 300 files', median(runs.map((r) => r.ms)), median(runs.map((r) => r.cpuMs ?? NaN)), Math.max(...runs.map((r) => r.peakMb)));
    process.stdout.write(`(${fs.readdirSync(path.join(dir, 'du-thao-0')).length} files written; target < 10 s)\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
