/**
 * The task pane's Kiểm tra on 1,000 agencies in Debian's chromium: the click, a fresh read of the
 * workbook from the test host (the reader's syncs), the full check, the issue list and the message
 * bar drawn. Timed inside the page from the click to the pane being idle again. Needs the builds
 * of `npm run test:e2e` (dist/ and test-output/e2e/host.js); run with `npm run bench -- pane`.
 */
import { launchPane } from '../test/e2e/browser';
import { median } from './measure';

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
