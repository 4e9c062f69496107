/**
 * Files imported into the pane are read in a Web Worker under the command line's read limits:
 * hostile files are refused with one line each, a slow file leaves the page responsive and Hủy
 * stops it leaving the pane as it was, and a good file still imports after that. The hostile
 * files are made here (test/support/hostile-xlsx.ts), a few kilobytes to 4 MB each.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Page } from 'playwright-core';
import { E2E_OUTPUT, launchPane, PaneBrowser, settled } from './browser';
import { HOSTILE_FILES, manyCells } from '../support/hostile-xlsx';

let browser: PaneBrowser;
let dir: string;
beforeAll(async () => {
  browser = await launchPane();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-hostile-import-'));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const START = [{ name: 'Sheet1', values: [['ghi chú của văn phòng']] }];

function written(name: string, data: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

async function goodForm(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Phiếu').addRows([['Tên cơ quan: Phòng Nội vụ'], ['Nhóm: Cơ quan chuyên môn'], ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'], ['1', 'Hạ tầng', 60, 50]]);
  return written('phieu-noi-vu.xlsx', Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** What the clerk sees of step 2 and the workbook: unchanged by a refused or cancelled import. */
async function paneState(page: Page, excel: <T>(call: string) => Promise<T>): Promise<unknown> {
  return { imported: await page.locator('#imported li').allTextContents(), sheets: await page.locator('#sheets').textContent(), names: await excel<string[]>('sheetNames') };
}

describe('importing files in the pane', () => {
  it('refuses each hostile file with one line, in the worker, and changes nothing', async () => {
    const refused = Object.entries(HOSTILE_FILES).filter(([name]) => !name.includes('not refused'));
    const files = refused.map(([, make], i) => written(`hostile-${i + 1}.xlsx`, make()));
    // Past the 50 MB file limit: refused from its size, before its bytes are read.
    const huge = written('qua-lon.xlsx', Buffer.alloc(0));
    fs.truncateSync(huge, 51 * 1024 * 1024);
    files.push(huge);
    const { page, consoleErrors, excel } = await browser.openPane(START);
    const before = await paneState(page, excel);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await page.locator('#files').setInputFiles(files);
    await page.getByText(`Đã nhập 0 tệp; ${files.length} tệp không đọc được.`).waitFor({ timeout: 30_000 });
    await page.locator('#bar').getByRole('button', { name: 'Chi tiết' }).click();
    const lines = await page.locator('#bar-detail-list li').allTextContents();
    expect(lines).toHaveLength(files.length);
    // One line each, naming the file once, the part where the limit was passed, and the limit.
    for (const [i, line] of lines.entries()) {
      expect(line).toMatch(new RegExp(`^Không đọc được ${path.basename(files[i])}: (xl/[^:]+: )?[^\\n]+ / [^\\n]+$`));
      expect(line.split(path.basename(files[i]))).toHaveLength(2);
    }
    expect(lines.join('\n')).toContain('dài hơn 31 ký tự');
    expect(lines[lines.length - 1]).toContain('tệp lớn hơn giới hạn 50 MB');
    await page.screenshot({ path: path.join(E2E_OUTPUT, 'import-hostile.png'), fullPage: true });
    expect(await paneState(page, excel)).toEqual(before);
    // A hostile draft to compare with: the same line, as the bar's error, and nothing loaded.
    await page.locator('#draft-file').setInputFiles(files[0]);
    await page.getByRole('alert').getByText(`Không đọc được ${path.basename(files[0])}: xl/worksheets/sheet1.xml: phần này giải nén ra hơn 128 MB`, { exact: false }).waitFor();
    expect(await page.locator('#compare li').count()).toBe(0);
    // ExcelJS and the limits run in the worker's own bundle, not on the page.
    expect(scripts.filter((p) => p.endsWith('.js'))).toEqual(['/xlsx-worker.js']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('stays responsive while a slow file is read, cancels it (imported or as the draft) leaving the pane as it was, then imports a good file', async () => {
    // 1.9 million cells, within every limit: seconds of work for ExcelJS.
    const slow = written('cham.xlsx', manyCells(1_900_000));
    const good = await goodForm();
    const { page, consoleErrors, excel } = await browser.openPane(START);
    const before = await paneState(page, excel);
    await page.locator('#files').setInputFiles(slow);
    const cancel = page.locator('#bar').getByRole('button', { name: 'Hủy' });
    await cancel.waitFor();
    // Another control answers while the worker reads: step 5 folds away and back.
    const formsStep = page.locator('details.step', { has: page.locator('#step-forms') });
    await page.locator('#step-forms').click();
    expect(await formsStep.getAttribute('open')).toBeNull();
    await page.locator('#year').fill('2024');
    expect(await page.locator('#year').inputValue()).toBe('2024');
    // Still reading: the bar still offers Hủy.
    expect(await page.locator('body').getAttribute('data-state')).toBe('busy');
    await page.screenshot({ path: path.join(E2E_OUTPUT, 'import-cancel.png') });
    await cancel.click();
    await settled(page);
    expect(await page.locator('#bar').isHidden()).toBe(true);
    expect(await paneState(page, excel)).toEqual(before);
    expect(await page.getByRole('button', { name: 'Nhập phiếu từ tệp .xlsx…' }).isEnabled()).toBe(true);

    // The same for a draft to compare with: Hủy, and nothing is loaded.
    await page.locator('#draft-file').setInputFiles(slow);
    await cancel.click();
    await settled(page);
    expect(await page.locator('#bar').isHidden()).toBe(true);
    expect(await page.locator('#compare li').count()).toBe(0);

    await page.locator('#files').setInputFiles(good);
    await page.getByText('Đã nhập 1 tệp.').waitFor();
    expect(await page.locator('#imported li .name').allTextContents()).toEqual(['phieu-noi-vu.xlsx (1 trang tính, chưa chèn)']);
    expect(await cancel.isHidden()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
