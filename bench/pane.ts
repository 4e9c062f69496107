/**
 * The task pane's Kiểm tra on 1,000 agencies in Debian's chromium: the click, a fresh read of the
 * workbook from the test host (the reader's syncs), the full check, the issue list and the message
 * bar drawn. Timed inside the page from the click to the pane being idle again. Needs the builds
 * of `npm run test:e2e` (dist/ and test-output/e2e/host.js); run with `npm run bench -- pane`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchPane, settled } from '../test/e2e/browser';
import { HOSTILE_FILES, manyCells } from '../test/support/hostile-xlsx';
import { heading, median } from './measure';

const AGENCIES = 1000;
const RUNS = 9;

/** One summary sheet of 1,000 agencies, half the scores as text with a decimal comma as offices type them, a few slips. */
function summarySheet(): { name: string; values: unknown[][] } {
  const rows: unknown[][] = [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại']];
  for (let i = 1; i <= AGENCIES; i++) {
    const achieved = 400 + ((i * 37) % 600) + (i % 100) / 100;
    const score = i % 2 === 0 ? achieved.toFixed(2).replace('.', ',') : achieved;
    rows.push([i, `Cơ quan số ${i}`, i % 97 === 0 ? 'chưa chấm' : score, 1000, null, null]);
  }
  return { name: 'Tổng hợp', values: rows };
}

/** Milliseconds from a click on Kiểm tra to the pane idle, measured in the page. */
const timeCheck = () =>
  new Promise<number>((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (document.body.dataset.state !== 'ready') return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
    document.getElementById('check')!.click();
  });

export async function paneBenchmarks(): Promise<void> {
  const browser = await launchPane();
  try {
    const { page } = await browser.openPane([summarySheet()], { width: 350 });
    await page.evaluate(timeCheck);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await page.evaluate(timeCheck));
    const issues = await page.locator('#bar-text').textContent();
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    process.stdout.write(
      `pane: Kiểm tra on ${AGENCIES} agencies in chromium (fresh read from the test host, full check, list drawn): median ${fmt(median(times))}, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))} over ${RUNS} runs (${issues}); target < 1000 ms\n`,
    );
  } finally {
    await browser.close();
  }
}

/** Within the page: the longest the main thread went without running a 10 ms timer since the last call. */
const longestStall = () => {
  const page = window as unknown as { stall?: { last: number; longest: number } };
  if (!page.stall) {
    const stall = (page.stall = { last: performance.now(), longest: 0 });
    setInterval(() => {
      const now = performance.now();
      stall.longest = Math.max(stall.longest, now - stall.last);
      stall.last = now;
    }, 10);
  }
  const longest = page.stall.longest;
  page.stall.longest = 0;
  return longest;
};

/**
 * Each hostile file imported into the pane (step 2): the time from choosing it to the pane idle
 * with its refusal in the bar, and the longest the page went unresponsive meanwhile (the file is
 * read in a Web Worker). Run with `npm run bench -- pane-hostile`, after `npm run test:e2e`'s builds.
 */
export async function paneHostileBenchmarks(): Promise<void> {
  heading('Hostile files imported into the pane in chromium: choice to refusal, longest page stall (target: under 10 s, no freeze)');
  const browser = await launchPane();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-pane-hostile-'));
  try {
    const { page } = await browser.openPane([{ name: 'Sheet1', values: [] }], { width: 350 });
    await page.evaluate(longestStall);
    // And a file within every limit that ExcelJS takes seconds over: the page must not freeze meanwhile.
    const files = { ...HOSTILE_FILES, '1.9 million cells (within the limits, read)': () => manyCells(1_900_000) };
    for (const [name, make] of Object.entries(files)) {
      const file = path.join(dir, 'hostile.xlsx');
      fs.writeFileSync(file, make());
      await page.evaluate(longestStall);
      const start = process.hrtime.bigint();
      await page.locator('#files').setInputFiles(file);
      await settled(page);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stall = await page.evaluate(longestStall);
      const said = (await page.locator('#bar-text').textContent()) ?? '';
      process.stdout.write(`${name.padEnd(48)}${(ms / 1000).toFixed(2).padStart(7)} s  stall ${stall.toFixed(0).padStart(4)} ms  ${said}\n`);
      await page.locator('#imported').getByRole('button').first().click({ timeout: 100 }).catch(() => undefined);
      fs.rmSync(file);
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
