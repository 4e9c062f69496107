/**
 * The printed pages, as LibreOffice renders them: the 75-agency annex runs over several pages
 * (fitted to the width, never shrunk to one page) with its header and a page number from page 2;
 * the 2014 detailed table is landscape and each component ranking starts its own page under its
 * heading; the notice opens and paginates. Needs LibreOffice and poppler (.ci/run installs them).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { annexLayout } from '../../src/engine/output/annex';
import { assess } from '../../src/engine/assessing/assess';
import { presetRubric } from '../../src/engine/rules/presets';
import { noticeDocument } from '../../src/engine/output/notice';
import { writeLayoutFile } from '../../src/adapters/exceljs/write';
import { noticeDocxBytes } from '../../src/adapters/docx/notice';
import { noticeGrid } from '../fixtures/notice-grid';
import { khanhHoa2014Grids, manyAgenciesGrid } from '../fixtures/print-inputs';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
// Skipped only where LibreOffice or poppler is missing on a developer's machine; CI installs both.
const canRender = has('soffice') && has('pdftotext') && has('pdfinfo');
const describeRendered = canRender ? describe : describe.skip;
if (!canRender) console.warn('test/render skipped: needs soffice and poppler (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils)');

const NOTICE = 'Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn';
let dir: string;

/** Pages of a rendered PDF: the text of each, and whether it is landscape. */
function pages(pdf: string): { text: string; landscape: boolean }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
  return sizes.map((landscape, i) => ({ landscape, text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }) }));
}

const firstLine = (text: string) => text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';

describeRendered('rendered with LibreOffice', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-render-'));
    const many = assess([{ file: 'tong-hop.xlsx', sheets: [manyAgenciesGrid(75)] }]);
    await writeLayoutFile(annexLayout(many, { year: 2025, notice: NOTICE }), path.join(dir, 'nhieu.xlsx'));
    const khanhHoa = assess([{ file: 'kh.xlsx', sheets: khanhHoa2014Grids() }], { rubric: presetRubric('khanh-hoa-2014') });
    await writeLayoutFile(annexLayout(khanhHoa, { year: 2014 }), path.join(dir, 'kh2014.xlsx'));
    const khanhSon = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]);
    const signature = { recipients: ['Như trên', 'Lưu: VT'], titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer: 'Nguyễn Văn A' };
    fs.writeFileSync(path.join(dir, 'thong-bao.docx'), await noticeDocxBytes(noticeDocument(khanhSon, { year: 2021, notice: NOTICE, signature })));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-lo-'));
    const files = ['nhieu.xlsx', 'kh2014.xlsx', 'thong-bao.docx'].map((f) => path.join(dir, f));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 170_000 });
    fs.rmSync(profile, { recursive: true, force: true });
  }, 180_000);
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('prints 75 agencies over several pages, the header on each, numbered from page 2', () => {
    const printed = pages(path.join(dir, 'nhieu.pdf'));
    expect(printed.length).toBeGreaterThanOrEqual(3);
    expect(printed.every((p) => !p.landscape && p.text.includes('Tên cơ quan'))).toBe(true);
    expect(firstLine(printed[0].text)).toBe('PHỤ LỤC I');
    printed.slice(1).forEach((p, i) => expect(firstLine(p.text)).toBe(String(i + 2)));
    expect(printed[0].text).toContain(`(Kèm theo ${NOTICE})`);
  });

  it('prints the six-component table landscape and each component ranking from a page of its own, under its heading', () => {
    const printed = pages(path.join(dir, 'kh2014.pdf'));
    const detail = printed.filter((p) => p.text.includes('CHI TIẾT PHỤ LỤC'));
    expect(detail.length).toBeGreaterThanOrEqual(2);
    expect(detail.every((p) => p.landscape)).toBe(true);
    const ranking = printed.filter((p) => p.text.includes('XẾP HẠNG THEO THÀNH PHẦN'));
    expect(ranking).toHaveLength(12);
    ranking.forEach((p, i) => expect(p.text).toContain(`${(i % 6) + 1}. `));
    expect(ranking.filter((p) => /\n\s*\d\. .*\n(.|\n)*\n\s*\d\. /.test(p.text))).toEqual([]);
  });

  it('opens the notice and paginates it: the notice, then one page per annex, numbers only after the first page of each', () => {
    const printed = pages(path.join(dir, 'thong-bao.pdf'));
    expect(printed).toHaveLength(4);
    expect(printed[0].text).toContain('THÔNG BÁO');
    expect(printed[0].text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(printed[0].text).toContain('Nguyễn Văn A');
    expect(printed.slice(1).map((p) => firstLine(p.text))).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III']);
  });
});
