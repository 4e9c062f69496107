/**
 * The task pane in a real browser (Debian's chromium, driven by playwright-core), against the
 * test host in place of office.js: the whole flow on the bundled example, an import of several
 * files, click-to-cell, an error state, English, and a 320 px wide pane. Screenshots go to
 * test-output/e2e/ to be looked at.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Page } from 'playwright-core';
import { E2E_OUTPUT, launchPane, PaneBrowser, PaneOptions, PaneSheet, settled } from './browser';
import { layout2014Rows, UNREAD_SHEET_ROWS } from '../fixtures/layout-2014';
import { noticeGrid } from '../fixtures/notice-grid';
import { readKhanhSon2021 } from '../fixtures/khanh-son';
import { OWN_ECHO_MS } from '../../src/taskpane/freshness';
import { rulesSheetRows } from '../../src/engine/output/rules-sheet';
import { DEFAULT_RULES } from '../../src/engine/rules/rules';

const output = E2E_OUTPUT;
const axeScript = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: PaneBrowser;
beforeAll(async () => {
  browser = await launchPane();
});
afterAll(() => browser?.close());

const openPane = (sheets: PaneSheet[], options?: PaneOptions) => browser.openPane(sheets, options);

/** axe-core over the whole pane as it is now (WCAG 2.1 A and AA and best practices): no violation. */
async function expectAccessible(page: Page): Promise<void> {
  // Evaluated over the debugging protocol: the pane's Content-Security-Policy allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeScript);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

/** Step 1's rules as shown: [what, how] per row. */
const rulesShown = (page: Page) => page.locator('#rules-detail tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')?.textContent ?? '', r.querySelector('td')?.textContent ?? '']));

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(output, `${name}.png`), fullPage: true });

const notice = () => ({ name: 'Kết quả 2021', values: noticeGrid({ numbersEvery: 3 }).rows.map((row) => row.map((v) => (v instanceof Date || (typeof v === 'object' && v !== null) ? null : v))) });

describe('the task pane', () => {
  it('runs the whole job on the Khánh Sơn 2021 example and writes the published annexes', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()]);
    const inputBefore = await excel<unknown[][]>('values', 'Kết quả 2021');
    await page.getByText('Kết quả 2021').waitFor();
    await page.getByText('bảng tổng hợp, 26 cơ quan').waitFor();
    await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Không có vấn đề nào.').waitFor();
    await page.locator('#year').fill('2021');
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
    await screenshot(page, 'flow-built');

    expect(await excel<string[]>('sheetNames')).toEqual(['Kết quả 2021', 'Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    const annexI = await excel<unknown[][]>('values', 'Phụ lục I');
    const published = readKhanhSon2021().filter((r) => r.annex === 'I');
    const rows = annexI.filter((r) => typeof r[0] === 'string' && /^\d\d$/.test(r[0] as string));
    expect(rows.map((r) => r.slice(0, 6))).toEqual(published.map((p) => [p.ordinal, p.name, Number(p.achieved), Number(p.standard), Number(p.ratio), p.grade]));
    expect(annexI[1][0]).toBe('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021');
    // The summary of grades per group.
    const summary = await page.locator('#summary tbody tr').allTextContents();
    expect(summary).toEqual(['I. Cơ quan chuyên môn12000', 'II. Đơn vị sự nghiệp6000', 'III. UBND xã, thị trấn8000']);
    // The input sheet is as it was.
    expect(await excel<unknown[][]>('values', 'Kết quả 2021')).toEqual(inputBefore);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  for (const width of [320, 350, 500]) {
    it(`keeps the notice and signer typed once in the workbook, prints them under the annexes and downloads the notice as .docx, at ${width} px`, async () => {
      const { page, consoleErrors, excel } = await openPane([notice()], { width, height: 640 });
      await page.getByText('bảng tổng hợp, 26 cơ quan').waitFor();
      await page.locator('#year').fill('2021');
      await page.getByText('Thông báo, nơi nhận, người ký').click();
      await page.locator('#notice').fill('Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn');
      await page.locator('#recipients').fill('Như trên\nLưu: VT');
      await page.locator('#signer-title').fill('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
      await page.locator('#signer').fill('Nguyễn Văn A');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Lập phụ lục' }).click();
      await page.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
      await expectBarInView(page);
      const annexI = await excel<unknown[][]>('values', 'Phụ lục I');
      expect(annexI[2][0]).toBe('(Kèm theo Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn)');
      expect(annexI.flat()).toEqual(expect.arrayContaining(['Nơi nhận:', '- Lưu: VT.', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']));
      expect(await excel<unknown[][]>('values', 'CNTT_CaiDat')).toContainEqual(['Người ký', 'Nguyễn Văn A']);

      // Next time the workbook is opened, the boxes are filled from it.
      await page.getByRole('button', { name: 'Đọc lại sổ làm việc' }).click();
      await settled(page);
      expect(await page.locator('#signer').inputValue()).toBe('Nguyễn Văn A');

      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải thông báo (.docx)' }).click()]);
      expect(download.suggestedFilename()).toBe('thong-bao.docx');
      const bytes = fs.readFileSync((await download.path())!);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      // The .docx writer is its own chunk, fetched only on this click.
      expect(scripts.some((p) => p.endsWith('notice-docx.js'))).toBe(true);
      await page.getByText('Đã tạo thong-bao.docx', { exact: false }).waitFor();
      await expectBarInView(page);
      await expectAccessible(page);
      await screenshot(page, `notice-docx-${width}`);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('reads nothing while the shared runtime starts with the pane hidden, and reads the workbook when it is shown', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()], { hidden: true });
    await page.waitForFunction(() => (window as unknown as { __CNTT_EXCEL__?: { visibilityHandlers(): number } }).__CNTT_EXCEL__?.visibilityHandlers() === 1);
    expect(await excel<number>('syncCount')).toBe(0);
    await excel('showPane');
    await settled(page);
    await page.getByText('bảng tổng hợp, 26 cơ quan').waitFor();
    expect(await excel<number>('syncCount')).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads the workbook as it is at each click: a score changed between two builds is in the second annex', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()]);
    await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
    const annexRow = async (name: string) => (await excel<unknown[][]>('values', 'Phụ lục I')).find((r) => r[1] === name)!;
    expect((await annexRow('Phòng Nội vụ')).slice(2, 4)).toEqual([806, 915]);
    // The clerk corrects Phòng Nội vụ's score in Excel, the pane still open, and builds again.
    const input = await excel<unknown[][]>('values', 'Kết quả 2021');
    const row = input.findIndex((r) => r[1] === 'Phòng Nội vụ');
    await excel('setCell', 'Kết quả 2021', row, 2, 400);
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await settled(page);
    expect((await annexRow('Phòng Nội vụ')).slice(2, 6)).toEqual([400, 915, 43.72, 'Yếu']);
    // A slip typed in Excel shows at the next Kiểm tra, and its correction clears it.
    await excel('setCell', 'Kết quả 2021', row, 2, 'bốn trăm');
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#issue-lines').getByText('Ô điểm chứa «bốn trăm», không phải là số.').waitFor();
    await excel('setCell', 'Kết quả 2021', row, 2, 806);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Không có vấn đề nào.').waitFor();
    // The rubric the clerk chose stays chosen across the fresh reads.
    expect(await page.locator('#rubric option:checked').textContent()).toBe('Không dùng: lấy điểm chuẩn trong bảng');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  // ExcelApi 1.14 hosts say who made a change; a 1.8 host neither says so nor has worksheets.onChanged.
  for (const excelApi of [undefined, 8]) {
    it(`marks the results out of date when the clerk changes the workbook, not when the pane writes (${excelApi ? `ExcelApi 1.${excelApi}` : 'every ExcelApi'})`, async () => {
      const { page, consoleErrors, excel } = await openPane([notice()], { excelApi });
      const bar = page.locator('#bar');
      const changed = 'Sổ làm việc đã thay đổi sau lần đọc cuối: kết quả đang hiện có thể đã cũ. Bấm «Kiểm tra» (hoặc «Đọc lại sổ làm việc») để xem kết quả mới.';
      /** Waits until Excel has delivered every event raised so far (the double delivers each on a later turn). */
      const eventsSettle = async () => {
        let before = -1;
        for (let seen = await excel<number>('eventsDelivered'); seen !== before; seen = await excel<number>('eventsDelivered')) {
          before = seen;
          await page.waitForTimeout(50);
        }
      };
      await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
      await page.getByRole('button', { name: 'Lập phụ lục' }).click();
      // (Without ExcelApi 1.13 the merged cells are not read: a warning, so the issues sheet too.)
      const built = /Đã ghi Phụ lục I, II, III(, Các vấn đề)?: 26 cơ quan\./;
      await bar.getByText(built).waitFor();
      // The pane's own annexes raised events: they do not make its results stale.
      await eventsSettle();
      expect(await excel<number>('eventsDelivered')).toBeGreaterThan(0);
      expect(await bar.textContent()).toMatch(built);
      // The clerk changes a score: the bar says so at once, without a read of the workbook.
      const input = await excel<unknown[][]>('values', 'Kết quả 2021');
      const row = input.findIndex((r) => r[1] === 'Phòng Nội vụ');
      const syncs = await excel<number>('syncCount');
      // Without a trigger source, a change in the moment after the pane's own action is taken as its echo.
      const clerkPause = () => (excelApi ? page.waitForTimeout(OWN_ECHO_MS + 100) : Promise.resolve());
      await clerkPause();
      await excel('setCell', 'Kết quả 2021', row, 2, 400);
      await bar.getByText(changed).waitFor();
      expect(await bar.getAttribute('class')).toContain('warning');
      expect(await excel<number>('syncCount')).toBe(syncs);
      if (excelApi) await screenshot(page, 'workbook-changed');
      // Kiểm tra reads afresh: the bar gives its answer; the next change marks it again.
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await settled(page);
      await eventsSettle();
      expect(await bar.textContent()).not.toContain(changed);
      // A sheet added since, and typed into, is a change too (on a 1.8 host it is listened to once added).
      await excel('addSheet', 'Ghi chú');
      await eventsSettle();
      await clerkPause();
      await excel('setCell', 'Ghi chú', 0, 0, 'x');
      await bar.getByText(changed).waitFor();
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('grades by the workbook’s "Quy định" sheet: its bands change the grades of the annexes the pane writes', async () => {
    const rules = { name: 'Quy định', values: [['Quy định', 'Giá trị'], ['Xếp loại', 'Xuất sắc ≥ 95; Tốt ≥ 90; Đạt'], ['Làm tròn', 1]] };
    const { page, consoleErrors, excel } = await openPane([notice(), rules]);
    await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    // The typed grades (Tốt) now differ from the computed ones: warnings, so the issues sheet too.
    await page.getByText('Đã ghi Phụ lục I, II, III, Các vấn đề: 26 cơ quan.').waitFor();
    await screenshot(page, 'rules-sheet');
    // Step 1 shows the rules in force and that they come from the sheet.
    expect(await page.locator('#rules-source').textContent()).toBe('Nguồn: trang «Quy định» của sổ này.');
    expect((await rulesShown(page)).slice(0, 2)).toEqual([['Xếp loại', 'Xuất sắc ≥ 95 %; Tốt ≥ 90 %; Đạt'], ['Xếp hạng theo', 'tỷ lệ (%)']]);
    const annexI = await excel<unknown[][]>('values', 'Phụ lục I');
    const grade = (name: string) => annexI.find((r) => r[1] === name)!.slice(4, 6);
    // By default all three are Tốt (98.63, 94.84 and 88.09 %); the sheet's bands and one place make them differ.
    expect([grade('Thanh tra huyện'), grade('Phòng Văn hóa và Thông tin'), grade('Phòng Nội vụ')]).toEqual([[98.6, 'Xuất sắc'], [94.8, 'Tốt'], [88.1, 'Đạt']]);
    // The annex says the rules came from that sheet.
    expect(annexI.flat().some((v) => typeof v === 'string' && v.startsWith('Quy định xếp loại, xếp hạng: trang «Quy định»'))).toBe(true);
    // The grade overview has the sheet's three bands as its columns, and counts every agency in one.
    expect(await page.locator('#summary thead th').allTextContents()).toEqual(['Phụ lục', 'Xuất sắc', 'Tốt', 'Đạt']);
    const counts = (await page.locator('#summary tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((td) => Number(td.textContent)))));
    expect(counts.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([12, 6, 8]);
    // The office's sheet is never written over.
    await page.getByRole('button', { name: 'Tạo trang «Quy định» để sửa' }).click();
    await page.locator('#bar').getByText('Sổ này đã có trang «Quy định»: hãy sửa trực tiếp trang đó (không ghi đè).').waitFor();
    expect(await excel<unknown[][]>('values', 'Quy định')).toEqual(rules.values);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('says in step 1 how many rules of the «Quy định» sheet cannot be read, and in Kiểm tra a name in its unranked list that matches no agency, at its cell', async () => {
    const rules = { name: 'Quy định', values: [['Quy định', 'Giá trị'], ['Làm tròn', 7], ['Không xếp hạng', 'Thanh tra huyen']] };
    const { page, consoleErrors, excel } = await openPane([notice(), rules]);
    await page.locator('#rules-problems').getByText('Trang quy định có 1 lỗi (ô B2): các quy định đó dùng mặc định. Bấm «Kiểm tra» để xem.').waitFor();
    expect(await rulesShown(page)).toContainEqual(['Làm tròn', '2 chữ số thập phân, làm tròn nửa lên']);
    expect(await rulesShown(page)).toContainEqual(['Không xếp hạng', 'Thanh tra huyen']);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#issue-lines').getByText('Cơ quan «Thanh tra huyen» trong danh sách «Không xếp hạng» không khớp với cơ quan nào trong các bảng, nên không có tác dụng: có phải «Thanh tra huyện»?').waitFor();
    await page.getByRole('button', { name: 'Chọn ô Quy định!B3' }).click();
    await page.waitForFunction(() => (window as unknown as { __CNTT_EXCEL__: { selection: () => unknown } }).__CNTT_EXCEL__.selection() !== null);
    expect(await excel('selection')).toEqual({ sheet: 'Quy định', address: 'B3' });
    await screenshot(page, 'rules-sheet-problems');
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('builds an index table’s annex (STT | Tên | Chỉ số | Xếp hạng, ties 2, 2, 4) and counts its agencies without grades', async () => {
    // Made-up provinces; the index typed as text with a decimal comma or as a number.
    const table = { name: 'Chỉ số', values: [['STT', 'Tỉnh, thành phố', 'Chỉ số'], [1, 'Tỉnh A', '0,633'], [2, 'Tỉnh B', 0.7], [3, 'Tỉnh C', 0.633], [4, 'Tỉnh D', '0,630']] };
    const { page, consoleErrors, excel } = await openPane([table]);
    await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I: 4 cơ quan.').waitFor();
    await screenshot(page, 'index-table-built');
    const annexI = await excel<unknown[][]>('values', 'Phụ lục I');
    const header = annexI.findIndex((r) => r[0] === 'STT');
    expect(annexI.slice(header, header + 5).map((r) => r.slice(0, 4))).toEqual([
      ['STT', 'Tên', 'Chỉ số', 'Xếp hạng'],
      ['01', 'Tỉnh B', 0.7, 1],
      ['02', 'Tỉnh A', 0.633, 2],
      ['03', 'Tỉnh C', 0.633, 2],
      ['04', 'Tỉnh D', 0.63, 4],
    ]);
    expect(await page.locator('#summary thead th').allTextContents()).toEqual(['Phụ lục', 'Số cơ quan']);
    expect(await page.locator('#summary tbody tr').allTextContents()).toEqual(['I. Chỉ số4']);
    expect(await excel<unknown[][]>('values', 'Chỉ số')).toEqual(table.values);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  for (const width of [320, 500]) {
    it(`writes a «Quy định» sheet of the rules in force, which the office edits to change the grades, at ${width} px`, async () => {
      const { page, consoleErrors, excel } = await openPane([notice()], { width });
      await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
      // The default rules, their preset and its document.
      await page.locator('#rules-source').getByText(/^Nguồn: mẫu khanh-hoa-2020 \(Quyết định 1278\/QĐ-CTUBND/).waitFor();
      expect(await rulesShown(page)).toEqual([
        ['Xếp loại', 'Tốt ≥ 85 %; Khá ≥ 70 %; Trung bình ≥ 50 %; Yếu'],
        ['Xếp hạng theo', 'tỷ lệ (%)'],
        ['Làm tròn', '2 chữ số thập phân, làm tròn nửa lên'],
        ['Hạng bằng nhau', 'cùng hạng, bỏ hạng kế tiếp (1, 1, 3)'],
        ['Không xếp hạng', 'không có'],
        ['Thứ tự nhóm', 'theo thứ tự xuất hiện'],
      ]);
      await page.getByRole('button', { name: 'Tạo trang «Quy định» để sửa' }).click();
      await page.locator('#bar').getByText('Đã tạo trang «Quy định» theo quy định đang áp dụng: sửa cột Giá trị, rồi bấm «Kiểm tra».').waitFor();
      const sheet = await excel<unknown[][]>('values', 'Quy định');
      // The cells the engine lays out (test/engine/rules-sheet-written.test.ts checks their words), blank cells empty.
      expect(sheet).toEqual(rulesSheetRows(DEFAULT_RULES).map((row) => row.map((v) => (v === '' ? null : v))));
      expect(await excel('activeSheet')).toBe('Quy định');
      expect(await page.locator('#rules-source').textContent()).toBe('Nguồn: trang «Quy định» của sổ này.');
      await screenshot(page, `rules-sheet-written-${width}`);
      // The office edits it: the decree's four bands, Xuất sắc capped at 20 % of each group; one unit not ranked.
      await excel('setCell', 'Quy định', 4, 1, 'Xuất sắc ≥ 90 (tối đa 20%); Tốt ≥ 70; Hoàn thành ≥ 50; Không hoàn thành');
      await excel('setCell', 'Quy định', 9, 1, 'Thanh tra huyện');
      await page.getByRole('button', { name: 'Lập phụ lục' }).click();
      await page.getByText(/^Đã ghi Phụ lục I, II, III, Các vấn đề: 26 cơ quan\.$/).waitFor();
      expect(await rulesShown(page)).toContainEqual(['Xếp loại', 'Xuất sắc ≥ 90 % (tối đa 20 % số cơ quan); Tốt ≥ 70 %; Hoàn thành ≥ 50 %; Không hoàn thành']);
      expect(await page.locator('#summary thead th').allTextContents()).toEqual(['Phụ lục', 'Xuất sắc', 'Tốt', 'Hoàn thành', 'Không hoàn thành']);
      // Of the 11 ranked agencies of annex I, at most two (20 %) are Xuất sắc; Thanh tra huyện (98,63 %)
      // is graded but not ranked, and so takes no place in a band with a quota.
      const annexI = await excel<unknown[][]>('values', 'Phụ lục I');
      expect(annexI.find((r) => r[1] === 'Thanh tra huyện')!.slice(4, 8)).toEqual([98.63, 'Tốt', 'Không xếp hạng', null]);
      expect(annexI.filter((r) => r[5] === 'Xuất sắc').map((r) => r[1])).toEqual(['Văn phòng HĐND&UBND', 'Phòng Dân tộc']);
      expect((await page.locator('#summary tbody tr').first().locator('td').allTextContents()).slice(1, 2)).toEqual(['2']);
      await screenshot(page, `rules-sheet-edited-${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('keeps an annex the user renamed, and leaves it out of the inputs when unticked', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()]);
    await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
    // The office keeps the version sent for feedback by renaming it, then reads the workbook again.
    await excel('renameSheet', 'Phụ lục I', 'Phụ lục I (bản gửi)');
    const kept = await excel<unknown[][]>('values', 'Phụ lục I (bản gửi)');
    await page.getByRole('button', { name: 'Đọc lại sổ làm việc' }).click();
    const copy = page.getByRole('checkbox', { name: /Phụ lục I \(bản gửi\) — bảng tổng hợp, 12 cơ quan/ });
    await copy.waitFor();
    // Ticked, the copy is read as a table of its own and gets an annex of its own.
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III, IV: 38 cơ quan.').waitFor();
    await copy.uncheck();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Không có vấn đề nào.').waitFor();
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
    await screenshot(page, 'renamed-annex');
    expect((await excel<string[]>('sheetNames')).sort()).toEqual(['Kết quả 2021', 'Phụ lục I', 'Phụ lục I (bản gửi)', 'Phụ lục II', 'Phụ lục III']);
    expect(await excel<unknown[][]>('values', 'Phụ lục I (bản gửi)')).toEqual(kept);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows in step 2 how each sheet was read: the 2014 layout as two groups, a total row passed over, a sheet it could not read', async () => {
    const { page, consoleErrors } = await openPane(
      [
        { name: 'Kết quả 2014', values: layout2014Rows() },
        { name: 'Khối xã', values: UNREAD_SHEET_ROWS },
      ],
      // Tall enough for step 2 to be pictured whole, the header picker's button included.
      { height: 1600 },
    );
    await page.getByText('Báo cáo đọc: từng trang tính được đọc thế nào').click();
    const report = page.locator('#reading-report');
    await report.getByText('Sổ làm việc / Kết quả 2014: bảng tổng hợp').waitFor();
    const text = await report.innerText();
    expect(text).toContain('Bảng A3:D6 → nhóm «Sở, ban, ngành» (theo tiêu đề A1; tiêu đề phụ «I.1. Xếp hạng Mức độ ứng dụng CNTT»)');
    expect(text).toContain('D3 «Điểm chuẩn (điểm)» = điểm chuẩn');
    expect(text).toContain('Bỏ qua: dòng 6 «Tổng cộng» (dòng tổng)');
    expect(text).toContain('Bảng A9:D11 → nhóm «Ủy ban nhân dân cấp huyện»');
    expect(text).toContain('Sổ làm việc / Khối xã: không đọc được bảng nào');
    expect(text).toContain('Ô tiêu đề thấy được: «Số TT», «Cơ sở», «Kết quả»');
    await screenshot(page, 'reading-report');
    // Step 2 alone, for the README.
    await page.getByRole('button', { name: 'Ghi vào «Cài đặt» và đọc lại' }).waitFor();
    await page.locator('#step-inputs').locator('..').screenshot({ path: path.join(output, 'reading-report-step-2.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('writes a «Cài đặt» sheet from the columns picked for a sheet it could not read, and then reads that sheet', async () => {
    const districts = [['Số TT', 'Cơ sở', 'Kết quả', 'Mức chuẩn'], [1, 'Xã Sơn Bình', 800, 1000], [2, 'Xã Ba Cụm Bắc', 700, 1000]];
    const { page, consoleErrors, excel } = await openPane([{ name: 'Khối xã', values: districts }]);
    await page.getByText('Báo cáo đọc: từng trang tính được đọc thế nào').click();
    const report = page.locator('#reading-report');
    await report.getByText('Sổ làm việc / Khối xã: không đọc được bảng nào').waitFor();
    // A header the reader knows is picked already.
    expect(await page.getByLabel('Cột của tiêu đề «Số TT» trong «Khối xã»').inputValue()).toBe('ordinal');
    await page.getByLabel('Cột của tiêu đề «Cơ sở» trong «Khối xã»').selectOption({ label: 'Tên cơ quan' });
    await page.getByLabel('Cột của tiêu đề «Kết quả» trong «Khối xã»').selectOption({ label: 'Điểm đạt được' });
    await page.getByLabel('Cột của tiêu đề «Mức chuẩn» trong «Khối xã»').selectOption({ label: 'Điểm chuẩn' });
    await screenshot(page, 'header-picker');
    await page.getByRole('button', { name: 'Ghi vào «Cài đặt» và đọc lại' }).click();
    await page.locator('#bar').getByText('Đã ghi 3 tiêu đề vào trang «Cài đặt» và đọc lại sổ làm việc.').waitFor();
    expect(await excel<unknown[][]>('values', 'Cài đặt')).toEqual([['Tiêu đề trong bảng', 'Là cột'], ['Cơ sở', 'Tên cơ quan'], ['Kết quả', 'Điểm đạt được'], ['Mức chuẩn', 'Điểm chuẩn']]);
    expect(await excel<unknown[][]>('values', 'Khối xã')).toEqual(districts);
    await report.getByText('Sổ làm việc / Khối xã: bảng tổng hợp').waitFor();
    await report.getByText('Sổ làm việc / Cài đặt: cài đặt tên cột').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#bar').getByText('Không có vấn đề nào.').waitFor();
    expect(await page.locator('#agency-list').inputValue()).toBe('Xã Sơn Bình; Khối xã\nXã Ba Cụm Bắc; Khối xã');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('warns at a hidden row and a hidden column, as cntt does, and leaves hidden rows out when the box is ticked', async () => {
    const { page, consoleErrors } = await openPane([
      {
        name: 'Tổng hợp',
        values: [
          ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Ghi chú'],
          [1, 'Phòng Nội vụ', 800, 1000, null],
          [2, 'Phòng cũ (đã sáp nhập)', 700, 1000, null],
          [3, 'Phòng Tư pháp', 650, 1000, null],
        ],
        hiddenRows: [2],
        hiddenColumns: [3],
      },
    ]);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#bar').getByText('0 lỗi, 2 cảnh báo, 0 lưu ý').waitFor();
    const lines = page.locator('#issue-lines');
    await lines.getByText('Dòng của «Phòng cũ (đã sáp nhập)» đang bị ẩn', { exact: false }).waitFor();
    await lines.getByText('Cột «Điểm chuẩn» đang bị ẩn nhưng vẫn được đọc là điểm chuẩn.').waitFor();
    await page.getByRole('button', { name: 'Chọn ô Tổng hợp!B3' }).waitFor();

    await page.locator('#sheets').getByText('bảng tổng hợp, 3 cơ quan').waitFor();
    await page.getByLabel('Bỏ qua các dòng đang bị ẩn', { exact: false }).check();
    await page.locator('#sheets').getByText('bảng tổng hợp, 2 cơ quan').waitFor();
    await page.getByText('Báo cáo đọc: từng trang tính được đọc thế nào').click();
    await page.locator('#reading-report').getByText('Bỏ qua: dòng 3 «2» (dòng ẩn)').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#bar').getByText('0 lỗi, 1 cảnh báo, 0 lưu ý').waitFor();
    await screenshot(page, 'hidden-rows');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows errors grouped by agency, selects the cell on a click, and refuses to build', async () => {
    const { page, consoleErrors, excel } = await openPane([
      {
        name: 'Tổng hợp',
        values: [
          ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Xếp loại'],
          [1, 'Phòng Nội vụ', 'tám trăm', 1000, null],
          [2, 'Phòng Tư pháp', 1200, 1000, null],
          [3, 'Phòng Dân tộc', 720, 730, 'Khá'],
        ],
      },
    ]);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#bar').getByText('2 lỗi, 1 cảnh báo, 0 lưu ý').waitFor();
    const agencies = await page.locator('#issues .agency').allTextContents();
    expect(agencies).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Dân tộc']);
    await page.locator('#issue-lines').getByText('Ô điểm chứa «tám trăm», không phải là số.').waitFor();
    await page.getByRole('button', { name: 'Chọn ô Tổng hợp!C2' }).click();
    await page.waitForFunction(() => (window as unknown as { __CNTT_EXCEL__: { selection: () => unknown } }).__CNTT_EXCEL__.selection() !== null);
    expect(await excel('selection')).toEqual({ sheet: 'Tổng hợp', address: 'C2' });
    // The list for blank forms names every agency read, those whose scores are wrong included.
    expect(await page.locator('#agency-list').inputValue()).toBe('Phòng Nội vụ; Tổng hợp\nPhòng Tư pháp; Tổng hợp\nPhòng Dân tộc; Tổng hợp');
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByRole('alert').getByText('Còn 2 lỗi: hãy sửa trước khi lập phụ lục.').waitFor();
    await screenshot(page, 'errors');
    expect(await excel<string[]>('sheetNames')).toEqual(['Tổng hợp']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('imports several submitted forms, reads them without inserting, then inserts them as sheets', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-forms-'));
    const files: string[] = [];
    for (const [i, name] of ['Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Dân tộc'].entries()) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Phiếu');
      sheet.addRows([
        [`Tên cơ quan: ${name}`],
        ['Nhóm: Cơ quan chuyên môn'],
        ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
        ['1', 'Hạ tầng', 60, 50 + i],
        ['2', 'Ứng dụng', 40, '30,5'],
      ]);
      const file = path.join(dir, `phieu-${i + 1}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'not a workbook');
    const { page, consoleErrors, excel } = await openPane([{ name: 'Sheet1', values: [] }]);
    await page.getByText('Chưa thấy bảng tổng hợp hay phiếu nào', { exact: false }).waitFor();
    await page.locator('#files').setInputFiles([...files, path.join(dir, 'hong.xlsx')]);
    await page.getByText('Đã nhập 3 tệp; 1 tệp không đọc được.').waitFor();
    await page.locator('#bar').getByRole('button', { name: 'Chi tiết' }).click();
    await page.locator('#bar').getByText('Không đọc được hong.xlsx', { exact: false }).waitFor();
    expect(await page.locator('#imported li .name').allTextContents()).toEqual([
      'phieu-1.xlsx (1 trang tính, chưa chèn)',
      'phieu-2.xlsx (1 trang tính, chưa chèn)',
      'phieu-3.xlsx (1 trang tính, chưa chèn)',
    ]);
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I: 3 cơ quan.').waitFor();
    const annex = await excel<unknown[][]>('values', 'Phụ lục I');
    expect(annex.filter((r) => typeof r[0] === 'string' && /^\d\d$/.test(r[0] as string)).map((r) => [r[1], r[4]])).toEqual([
      ['Phòng Dân tộc', 82.5],
      ['Phòng Tư pháp', 81.5],
      ['Phòng Nội vụ', 80.5],
    ]);
    await screenshot(page, 'import');

    await page.locator('#insert').check();
    await page.locator('#files').setInputFiles(files.slice(0, 2));
    await page.getByText('Đã nhập 2 tệp.').waitFor();
    expect(await excel<string[]>('sheetNames')).toEqual(['Sheet1', 'Phụ lục I', 'Phiếu', 'Phiếu (2)']);
    expect(consoleErrors).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
    await page.close();
  });

  it('writes live annexes as native formulas, with a chart, on request', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()]);
    await page.locator('#live').check();
    await page.locator('#charts').check();
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
    // A native chart of the ratios follows the live cells, with the grade bounds as lines.
    const charts = await excel<{ type: string; values: string; series: { name: string }[] }[]>('charts', 'Phụ lục I');
    expect(charts.map((c) => [c.type, c.values, c.series.map((s) => s.name)])).toEqual([['ColumnClustered', 'E6:E17', ['Trung bình', 'Khá', 'Tốt']]]);
    const annex = await excel<unknown[][]>('values', 'Phụ lục I');
    const first = annex.find((r) => r[0] === '01')!;
    expect(first[1]).toBe('Thanh tra huyện');
    expect(first[4]).toMatch(/^=ROUND\(ROUND\(C\d+\/D\d+\*100,8\),2\)$/);
    expect(first[5]).toMatch(/^=IF\(E\d+>=85,"Tốt",/);
    expect(first[7]).toMatch(/^=COUNTIFS\(/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('makes blank forms from the rubric sheet, leaves them out while blank, reads them once filled, and replaces only blank ones', async () => {
    const rubric = {
      name: 'Bộ tiêu chí',
      values: [
        ['Mã', 'Tiêu chí', 'Điểm tối đa (Cơ quan chuyên môn)', 'Điểm tối đa (UBND xã, thị trấn)'],
        ['I', 'Hạ tầng', null, null],
        ['1', 'Máy tính', 60, 60],
        ['2', 'Dịch vụ công trực tuyến', 40, 'KAD'],
      ],
    };
    const { page, consoleErrors, excel } = await openPane([rubric]);
    await page.getByRole('cell', { name: 'I. Hạ tầng' }).waitFor();
    await page.locator('#agency-list').fill('Phòng Nội vụ; Cơ quan chuyên môn\nUBND xã Sơn Bình; UBND xã, thị trấn');
    await page.getByRole('button', { name: 'Tạo phiếu trống' }).click();
    await page.getByText('Đã tạo 2 phiếu: Phòng Nội vụ, UBND xã Sơn Bình.').waitFor();
    expect(await excel<string[]>('sheetNames')).toEqual(['Bộ tiêu chí', 'Phòng Nội vụ', 'UBND xã Sơn Bình']);
    expect(await excel('isProtected', 'Phòng Nội vụ')).toBe(true);
    const values = await excel<unknown[][]>('values', 'Phòng Nội vụ');
    const row = values.findIndex((r) => r[0] === '1');
    expect(await excel('cell', 'Phòng Nội vụ', row, 3)).toMatchObject({ locked: false, validation: `=OR(UPPER(D${row + 1})="KAD",AND(ISNUMBER(D${row + 1}),D${row + 1}>=0,D${row + 1}<=60))` });
    expect(await excel('cell', 'Phòng Nội vụ', row, 1)).toMatchObject({ locked: true });
    // Read back blank, the forms are not inputs: the reading report says so, the list of inputs leaves them out.
    await page.getByRole('button', { name: 'Đọc lại sổ làm việc' }).click();
    await settled(page);
    await page.locator('#reading-report-toggle').click();
    await page.getByText('Sổ làm việc / Phòng Nội vụ: phiếu trống do công cụ lập, chưa nhập điểm: bỏ qua').waitFor();
    expect(await page.locator('#sheets').textContent()).not.toContain('Phòng Nội vụ');
    // The clerk types a score into one: it reads back as the agency's form.
    await excel('setCell', 'Phòng Nội vụ', row, 3, 50);
    await page.getByRole('button', { name: 'Đọc lại sổ làm việc' }).click();
    await page.getByText('Phòng Nội vụ — phiếu tự đánh giá, 1 cơ quan').waitFor();
    await screenshot(page, 'forms');
    // A second run replaces the blank one and keeps the one with a score: no "(2)" copies.
    await page.getByRole('button', { name: 'Tạo phiếu trống' }).click();
    await settled(page);
    await page.locator('#bar').getByText('Đã tạo 1 phiếu: UBND xã Sơn Bình. Thay 1 phiếu trống cũ cùng tên. Giữ nguyên 1 phiếu đã nhập điểm, không lập lại: Phòng Nội vụ.').waitFor();
    expect((await excel<string[]>('sheetNames')).sort()).toEqual(['Bộ tiêu chí', 'Phòng Nội vụ', 'UBND xã Sơn Bình']);
    expect((await excel<unknown[][]>('values', 'Phòng Nội vụ'))[row][3]).toBe(50);
    await screenshot(page, 'forms-second-run');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('writes each agency’s draft result as a protected sheet of its own, only the reply cells open, and explains an agency’s score', async () => {
    const rubric = { name: 'Bộ tiêu chí', values: [['Mã', 'Tiêu chí', 'Điểm tối đa'], ['1', 'Máy tính', 60], ['2', 'Mạng', 40]] };
    const form = (name: string, scores: [number, number, string][]) => ({
      name,
      values: [
        [`Tên cơ quan: ${name}`],
        ['Mã', 'Tiêu chí', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Lý do'],
        ...scores.map(([self, appraised, reason], i) => [String(i + 1), i === 0 ? 'Máy tính' : 'Mạng', self, appraised, `Báo cáo số ${i + 1}/BC-UBND, ngày 5/10/2021`, reason]),
      ],
    });
    const { page, consoleErrors, excel } = await openPane([rubric, form('Phòng Nội vụ', [[60, 50, 'Thiếu 2 máy'], [40, 40, '']]), form('Phòng Tư pháp', [[55, 55, ''], [40, 30, 'Chưa có mạng dự phòng']])]);
    await page.locator('#draft-deadline').fill('25/11/2021');
    await page.locator('#draft-send-to').fill('Phòng Văn hóa và Thông tin');
    await page.getByRole('button', { name: 'Lập kết quả dự thảo cho từng cơ quan' }).click();
    await page.getByText('Đã lập kết quả dự thảo của 2 cơ quan, mỗi cơ quan một trang tính: Phòng Nội vụ (2), Phòng Tư pháp (2).').waitFor();
    expect(await excel<string[]>('sheetNames')).toEqual(['Bộ tiêu chí', 'Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Nội vụ (2)', 'Phòng Tư pháp (2)']);
    expect(await excel('isProtected', 'Phòng Tư pháp (2)')).toBe(true);
    const values = await excel<unknown[][]>('values', 'Phòng Tư pháp (2)');
    const row = values.findIndex((r) => r[0] === '2');
    expect(values[row].slice(0, 6)).toEqual(['2', 'Mạng', 40, 30, -10, 'Chưa có mạng dự phòng']);
    expect(values.flat()).toContain('ghi ý kiến (nếu có) vào cột «Ý kiến của cơ quan» và gửi về Phòng Văn hóa và Thông tin trước ngày 25/11/2021, kèm tài liệu kiểm chứng bổ sung (nếu có).');
    expect(await excel('cell', 'Phòng Tư pháp (2)', row, 6)).toMatchObject({ locked: false });
    expect(await excel('cell', 'Phòng Tư pháp (2)', row, 3)).toMatchObject({ locked: true });
    // Read again, the draft results are passed over without a word: still two agencies, no issue.
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await settled(page);
    await page.getByText('Không có vấn đề nào.').waitFor();
    await page.locator('#explain-agency').selectOption({ label: 'I. Phòng Tư pháp' });
    await page.getByText('Tỷ lệ: 85,00 / 100,00 × 100 = 85,00 % → Tốt (từ 85 %)').waitFor();
    expect(await page.locator('#explanation').textContent()).toContain('2. Mạng: 30,00 / 40,00 — điểm thẩm định (tự đánh giá 40,00; lý do: Chưa có mạng dự phòng)');
    await screenshot(page, 'draft-results');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  for (const width of [320, 350, 500]) {
    it(`fills the office’s own sheet in place after showing how many cells change, at ${width} px`, async () => {
      const own = {
        name: 'Phụ lục của phòng',
        values: [
          ['BẢNG KẾT QUẢ'],
          ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'],
          [null, 'Phòng B', 499.95, 1000, 49.99, 'Yếu'],
          [null, 'Phòng A', 850, 1000, null, null],
        ],
      };
      const { page, consoleErrors, excel } = await openPane([own], { width, height: 640 });
      await page.getByRole('button', { name: 'Điền vào bảng có sẵn' }).click();
      await page.getByText('Sẽ điền 6 ô (STT, Tỷ lệ (%), Xếp loại) trong: Phụ lục của phòng.', { exact: false }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await screenshot(page, `fill-plan-${width}`);
      // Nothing is written before the user confirms.
      expect((await excel<unknown[][]>('values', 'Phụ lục của phòng'))[2]).toEqual([null, 'Phòng B', 499.95, 1000, 49.99, 'Yếu']);
      await page.getByRole('button', { name: 'Điền', exact: true }).click();
      await page.getByText('Đã điền 6 ô.').waitFor();
      await expectBarInView(page);
      const values = await excel<unknown[][]>('values', 'Phụ lục của phòng');
      expect(values.slice(2)).toEqual([
        ['02', 'Phòng B', 499.95, 1000, 50, 'Trung bình'],
        ['01', 'Phòng A', 850, 1000, 85, 'Tốt'],
      ]);
      expect(await excel<string[]>('sheetNames')).toEqual(['Phụ lục của phòng']);
      // The rows are not in rank order: sorting is offered, never done silently.
      await page.getByRole('button', { name: 'Điền vào bảng có sẵn' }).click();
      await page.getByText('Các dòng chưa theo thứ hạng', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Điền và sắp xếp theo thứ hạng' }).click();
      await page.getByText('Đã điền 0 ô và sắp xếp các dòng theo thứ hạng.').waitFor();
      await expectBarInView(page);
      await expectAccessible(page);
      await screenshot(page, `fill-sorted-${width}`);
      expect((await excel<unknown[][]>('values', 'Phụ lục của phòng')).slice(2)).toEqual([
        ['01', 'Phòng A', 850, 1000, 85, 'Tốt'],
        ['02', 'Phòng B', 499.95, 1000, 50, 'Trung bình'],
      ]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('shows text from workbooks as text, never as HTML, under a strict Content-Security-Policy', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { page, consoleErrors, excel } = await openPane([
      {
        name: '<b>Tổng hợp',
        values: [
          ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Xếp loại'],
          [1, hostile, 700, 1000, 'Tốt'],
          [2, '=HYPERLINK("http://evil","x")', 800, 1000, null],
        ],
      },
    ]);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('#issues .agency', { hasText: hostile }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#issues img, #sheets b').count()).toBe(0);
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await settled(page);
    await screenshot(page, 'hostile-text');
    await page.getByText('Đã ghi Phụ lục I, Các vấn đề: 2 cơ quan.').waitFor();
    const names = (await excel<unknown[][]>('values', 'Phụ lục I')).map((r) => r[1]);
    expect(names).toContain(hostile);
    expect(names).toContain('=HYPERLINK("http://evil","x")');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows an Excel failure with what to do, and leaves the workbook as it was', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()]);
    const before = await excel<string[]>('sheetNames');
    await excel('failWrites', 'RequestPayloadSizeLimitExceeded');
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Không ghi được các phụ lục; bảng tính được giữ nguyên.', { exact: false }).waitFor();
    await alert.getByText('Hãy thử lại', { exact: false }).waitFor();
    expect(await excel<string[]>('sheetNames')).toEqual(before);
    // The pane is not stuck: its buttons work again.
    expect(await page.getByRole('button', { name: 'Lập phụ lục' }).isEnabled()).toBe(true);
    await screenshot(page, 'excel-failure');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('compares with last year and with the draft, and writes both into the annexes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-compare-'));
    const lastYear = path.join(dir, 'ket-qua-2020.json');
    fs.writeFileSync(lastYear, JSON.stringify({ groups: [{ annex: 'I', name: 'Cơ quan chuyên môn', agencies: [{ name: 'Thanh tra huyện', rank: 4, ratio: 90.5 }, { name: 'Phòng Nội vụ', rank: 1, ratio: 95 }] }], issues: [] }));
    const draft = new ExcelJS.Workbook();
    // The draft had Phòng Nội vụ at 760 instead of 806.
    draft.addWorksheet('Kết quả 2021').addRows(notice().values.map((row) => (row[1] === 'Phòng Nội vụ' ? [row[0], row[1], 760, row[3]] : row)) as unknown[][]);
    const draftFile = path.join(dir, 'du-thao.xlsx');
    await draft.xlsx.writeFile(draftFile);
    const { page, consoleErrors, excel } = await openPane([notice()]);
    await page.locator('#previous-file').setInputFiles(lastYear);
    await page.locator('#compare').getByText('Năm trước: ket-qua-2020.json, khớp 2/26 cơ quan', { exact: false }).waitFor();
    await page.locator('#draft-file').setInputFiles(draftFile);
    await page.locator('#compare').getByText('Bản dự thảo: du-thao.xlsx, 1 cơ quan có thay đổi', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await page.getByText('Đã ghi Phụ lục I, II, III, Thay đổi: 26 cơ quan.').waitFor();
    await screenshot(page, 'compare');
    // The view the README shows: the bar, the two files loaded and the grades per group.
    await page.locator('#summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(output, 'compare-view.png') });
    const annex = await excel<unknown[][]>('values', 'Phụ lục I');
    const row = (name: string) => annex.find((r) => r[1] === name)!;
    expect(row('Thanh tra huyện').slice(7)).toEqual(['▲ 3', 8.13]);
    expect(row('Phòng Nội vụ').slice(7)).toEqual(['▼ 11', -6.91]);
    expect(row('Phòng Tư pháp')[7]).toBe('mới');
    const changes = await excel<unknown[][]>('values', 'Thay đổi');
    expect(changes[3].slice(2, 8)).toEqual(['Phòng Nội vụ', 'Thay đổi', 'Tổng điểm', 760, 806, 46]);
    expect(consoleErrors).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
    await page.close();
  });

  it('speaks English where Office does, and switches language on request', async () => {
    const { page, consoleErrors } = await openPane([notice()], { language: 'en-US' });
    await page.getByRole('heading', { name: 'IT application assessment and ranking' }).waitFor();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('No issues.').waitFor();
    // Step 1's rules in English, the preset's document as published.
    expect(await page.locator('#rules-source').textContent()).toMatch(/^From: preset khanh-hoa-2020 \(Quyết định 1278\/QĐ-CTUBND/);
    expect((await rulesShown(page)).slice(0, 2)).toEqual([['Grades', 'Good ≥ 85 %; Fair ≥ 70 %; Average ≥ 50 %; Poor'], ['Ranks on', 'the ratio (%)']]);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Đánh giá, xếp hạng mức độ ứng dụng CNTT' }).waitFor();
    await page.getByText('Không có vấn đề nào.').waitFor();
    expect((await rulesShown(page))[0]).toEqual(['Xếp loại', 'Tốt ≥ 85 %; Khá ≥ 70 %; Trung bình ≥ 50 %; Yếu']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  /** The message bar lies inside the viewport, and the page does not scroll sideways. */
  async function expectBarInView(page: Page): Promise<void> {
    const box = await page.locator('#bar').boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }

  for (const width of [320, 350, 500]) {
    it(`answers each step in the message bar, in view where the click was, at ${width} px`, async () => {
      const { page, consoleErrors } = await openPane([notice()], { width, height: 560 });
      await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
      const bar = page.locator('#bar');
      // Blank forms without a rubric: the step at the foot of the pane says what is missing, in view.
      await page.getByRole('button', { name: 'Tạo phiếu trống' }).click();
      await settled(page);
      await bar.getByText('Hãy chọn bộ tiêu chí (bước 1) trước khi tạo phiếu.').waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await expectBarInView(page);
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await settled(page);
      await bar.getByText('Không có vấn đề nào.').waitFor();
      await expectBarInView(page);
      await page.getByRole('button', { name: 'Lập phụ lục' }).click();
      await settled(page);
      await bar.getByText('Đã ghi Phụ lục I, II, III: 26 cơ quan.').waitFor();
      await expectBarInView(page);
      await screenshot(page, `bar-built-${width}`);
      await expectAccessible(page);
      // The details link leads to the grades per group; the close button hides the bar.
      await bar.getByRole('button', { name: 'Chi tiết' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
      await bar.getByRole('button', { name: 'Đóng thông báo' }).click();
      await bar.waitFor({ state: 'hidden' });
      // A year that is not one is refused before anything is written.
      await page.locator('#year').fill('21');
      await page.getByRole('button', { name: 'Lập phụ lục' }).click();
      await settled(page);
      await page.getByRole('alert').getByText('Năm đánh giá «21» không hợp lệ', { exact: false }).waitFor();
      await expectBarInView(page);
      await screenshot(page, `bar-year-${width}`);
      await expectAccessible(page);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  /**
   * Every step of the pane at each width a task pane has, one page per width walked through the
   * whole job: after each click the answer is in the bar in view, nothing scrolls sideways, axe
   * finds nothing, and the view is kept as test-output/e2e/steps-<width>-<n>-<step>.png.
   */
  for (const width of [320, 350, 500]) {
    it(`walks every step at ${width} px: the answer in view, no sideways scroll, no accessibility violation`, async () => {
      const rubric = { name: 'Bộ tiêu chí', values: [['Mã', 'Tiêu chí', 'Điểm tối đa'], ['1', 'Máy tính', 60], ['2', 'Mạng', 40]] };
      const form = (sheet: string, name: string, scores: [number, number, string][]) => ({
        name: sheet,
        values: [
          [`Tên cơ quan: ${name}`],
          ['Mã', 'Tiêu chí', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Lý do'],
          ...scores.map(([self, appraised, reason], i) => [String(i + 1), i === 0 ? 'Máy tính' : 'Mạng', self, appraised, `Báo cáo số ${i + 1}/BC-UBND, ngày 5/10/2021`, reason]),
        ],
      });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-steps-'));
      const lastYear = path.join(dir, 'ket-qua-2020.json');
      fs.writeFileSync(lastYear, JSON.stringify({ groups: [{ annex: 'I', name: 'Phòng', agencies: [{ name: 'Phòng Tư pháp', rank: 1, ratio: 90.5 }] }], issues: [] }));
      const sheets = [rubric, form('Phòng Nội vụ', 'Phòng Nội vụ', [[60, 50, 'Thiếu 2 máy'], [40, 40, '']]), form('Phòng VHTTDL', 'Phòng Văn hóa, Thể thao và Du lịch', [[55, 55, ''], [40, 30, 'Chưa có mạng dự phòng']])];
      const { page, consoleErrors } = await openPane(sheets, { width, height: 640 });
      const bar = page.locator('#bar');
      let step = 0;
      const after = async (name: string, inBar = true) => {
        await settled(page);
        if (inBar) await expectBarInView(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await page.screenshot({ path: path.join(output, `steps-${width}-${++step}-${name}.png`) });
      };
      await after('open', false);
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await bar.getByText('Không có vấn đề nào.').waitFor();
      await after('check');
      await page.locator('#previous-file').setInputFiles(lastYear);
      await page.locator('#compare').getByText('Năm trước: ket-qua-2020.json', { exact: false }).waitFor();
      await after('last-year', false);
      await page.getByRole('button', { name: 'Lập phụ lục' }).click();
      await bar.getByText(/^Đã ghi .*: 2 cơ quan\.$/).waitFor();
      await after('build');
      await page.locator('#draft-deadline').fill('25/11/2021');
      await page.getByRole('button', { name: 'Lập kết quả dự thảo cho từng cơ quan' }).click();
      await bar.getByText('Đã lập kết quả dự thảo của 2 cơ quan', { exact: false }).waitFor();
      await after('draft-results');
      await page.locator('#explain-agency').selectOption({ index: 1 });
      await page.locator('#explanation').getByText('Tỷ lệ:', { exact: false }).waitFor();
      await after('explain', false);
      await page.locator('#agency-list').fill('Phòng Văn hóa, Thể thao và Du lịch huyện Khánh Sơn; Nhóm\nUBND xã Sơn Bình; Nhóm');
      await page.getByRole('button', { name: 'Tạo phiếu trống' }).click();
      await bar.getByText('Đã tạo 2 phiếu', { exact: false }).waitFor();
      await after('forms');
      expect(consoleErrors).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
      await page.close();
    });
  }

  /** 400 agencies typed with slips: every standard score "1.000" (a thousand, or one?), every other score not a number. */
  const slips = () => ({
    name: 'Tổng hợp',
    values: [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ...Array.from({ length: 400 }, (_, i) => [i + 1, `Đơn vị số ${i + 1}`, i % 2 === 1 ? 'chưa chấm' : 700, '1.000'])],
  });

  for (const width of [320, 350, 500]) {
    it(`works through 600 issues of 400 rows by keyboard at ${width} px: counts first, each message once, the first error within 4 Tabs`, async () => {
      const { page, consoleErrors, excel } = await openPane([slips()], { width, height: 700 });
      await page.locator('#check').focus();
      await page.keyboard.press('Enter');
      await settled(page);
      await page.locator('#bar').getByText('600 lỗi, 0 cảnh báo, 0 lưu ý').waitFor();
      // The list is not a live region: only the bar's counts are announced.
      expect(await page.locator('#issues [aria-live], #issue-lines[aria-live]').count()).toBe(0);
      // Each message once, with its cells: 400 slips of one kind and 200 of another are two lines.
      expect(await page.locator('#issue-lines [data-row]').count()).toBe(2);
      // Each kind named by its short title: in the counts, and as the heading of its collapsed line.
      expect(await page.locator('.code-counts .title').allTextContents()).toEqual(['Số không rõ dấu phân cách', 'Ô điểm không phải số']);
      expect(await page.locator('#issue-lines .issue .title').allTextContents()).toEqual(['Số không rõ dấu phân cách (×400)', 'Ô điểm không phải số (×200)']);
      // The first few cells of a line are shown, the rest behind one button.
      const first = page.locator('#issue-lines [data-row]').first();
      expect(await first.locator('button.where').count()).toBe(8);
      await first.getByRole('button', { name: 'và 392 ô khác…' }).waitFor();
      let presses = 0;
      while (presses < 10 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-row')))) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(presses).toBeLessThan(5);
      expect(await page.evaluate(() => document.activeElement?.querySelector('.badge')?.textContent)).toBe('Lỗi');
      // Right goes to the line's first cell; Enter selects it in Excel.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as { __CNTT_EXCEL__: { selection: () => unknown } }).__CNTT_EXCEL__.selection() !== null);
      expect(await excel('selection')).toEqual({ sheet: 'Tổng hợp', address: 'D2' });
      // Down goes to the next line.
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('«chưa chấm»');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(output, `issues-400-${width}.png`) });
      await expectAccessible(page);
      await first.getByRole('button', { name: 'và 392 ô khác…' }).click();
      expect(await first.locator('button.where').count()).toBe(400);
      // One agency: its two issues, under its name.
      await page.locator('#issues-agency').selectOption({ label: 'Đơn vị số 2' });
      expect(await page.locator('#issue-lines h3').allTextContents()).toEqual(['Đơn vị số 2']);
      expect(await page.locator('#issue-lines .where').allTextContents()).toEqual(['Tổng hợp!C3', 'Tổng hợp!D3']);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  /** The focused element's outline against the page background: its contrast ratio (WCAG), 0 without an outline. */
  const focusRingContrast = (page: Page) =>
    page.evaluate(() => {
      const luminance = (color: string) => {
        const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(document.activeElement as Element);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 0;
      const [a, b] = [luminance(style.outlineColor), luminance(getComputedStyle(document.body).backgroundColor)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });

  it('follows Office’s dark theme, with a visible focus ring and no accessibility violation', async () => {
    const theme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#3a3a3a', controlForegroundColor: '#ffffff' };
    const { page, consoleErrors } = await openPane([slips()], { width: 350, height: 700, theme });
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(38, 38, 38)');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language');
    expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Lập phụ lục' }).click();
    await settled(page);
    await page.getByRole('alert').getByText('Còn 600 lỗi', { exact: false }).waitFor();
    // From Kiểm tra, by keyboard, into the list: the line focused shows its ring too.
    await page.locator('#check').focus();
    for (let i = 0; i < 4 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-row'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-row'))).toBe(true);
    expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: path.join(output, 'dark-350.png') });
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a focus ring on every control in the light theme', async () => {
    const { page } = await openPane([notice()], { width: 320 });
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });

  it('fills the blank-forms list with the rubric’s groups, leaving out agencies whose group the rubric lacks', async () => {
    const { page, consoleErrors, excel } = await openPane([notice()], { width: 320 });
    const list = page.locator('#agency-list');
    expect((await list.inputValue()).split('\n')[0]).toBe('Thanh tra huyện; Cơ quan chuyên môn');
    // The 2014 rubric knows none of the notice's groups: the list is empty, its hint names the rubric's groups.
    await page.locator('#rubric').selectOption({ label: 'Mẫu có sẵn: Khánh Hòa 2014' });
    expect(await list.inputValue()).toBe('');
    expect(await list.getAttribute('placeholder')).toBe('Tên cơ quan; Sở, ban, ngành\nTên cơ quan; UBND cấp huyện');
    const select = await page.locator('#rubric').boundingBox();
    expect(select!.x + select!.width).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Tạo phiếu trống' }).click();
    await settled(page);
    await page.getByRole('alert').getByText('Hãy nhập ít nhất một cơ quan.').waitFor();
    // What the clerk types is kept, whatever the rubric.
    await list.fill('Sở Tư pháp; Sở, ban, ngành');
    await page.getByRole('button', { name: 'Tạo phiếu trống' }).click();
    await settled(page);
    await page.locator('#bar').getByText('Đã tạo 1 phiếu: Sở Tư pháp.').waitFor();
    await page.locator('#rubric').selectOption({ label: 'Không dùng: lấy điểm chuẩn trong bảng' });
    expect(await list.inputValue()).toBe('Sở Tư pháp; Sở, ban, ngành');
    expect(await excel<string[]>('sheetNames')).toEqual(['Kết quả 2021', 'Sở Tư pháp']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('fills without sorting: STT stays as the office typed it, the rank goes into its Xếp hạng column, and the plan names the columns', async () => {
    const own = {
      name: 'Bảng của phòng',
      values: [
        ['BẢNG KẾT QUẢ'],
        ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại', 'Xếp hạng'],
        [1, 'Phòng B', 600, 1000, null, null, null],
        [2, 'Phòng A', 900, 1000, null, null, null],
      ],
    };
    const { page, consoleErrors, excel } = await openPane([own], { width: 320 });
    await page.getByRole('button', { name: 'Điền vào bảng có sẵn' }).click();
    await settled(page);
    await page.getByText('Sẽ điền 6 ô (Tỷ lệ (%), Xếp loại, Xếp hạng) trong: Bảng của phòng.', { exact: false }).waitFor();
    await page.getByText('Cột STT giữ nguyên; thứ hạng được ghi vào cột Xếp hạng.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Điền', exact: true }).click();
    await settled(page);
    await page.locator('#bar').getByText('Đã điền 6 ô.').waitFor();
    expect((await excel<unknown[][]>('values', 'Bảng của phòng')).slice(2)).toEqual([
      [1, 'Phòng B', 600, 1000, 60, 'Trung bình', 2],
      [2, 'Phòng A', 900, 1000, 90, 'Tốt', 1],
    ]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide pane, keyboard first', async () => {
    const { page, consoleErrors } = await openPane([notice()], { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Tab order follows the steps (each step's heading folds it): language, rubric, the rules sheet button, the input sheet's box, refresh, import, insert, the reading report, check, year, live, charts, build, fill.
    const order: string[] = [];
    for (let i = 0; i < 18; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order).toEqual(['language', 'step-rubric', 'rubric', 'write-rules', 'step-inputs', 'use-sheet-1', 'refresh', 'import', 'insert', 'reading-report-toggle', 'step-check', 'check', 'step-build', 'year', 'live', 'charts', 'build', 'fill']);
    // Back from "fill" to "check", and press it with the keyboard.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check');
    await page.keyboard.press('Enter');
    await page.getByText('Không có vấn đề nào.').waitFor();
    await screenshot(page, 'narrow');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
