/**
 * The notice: its content from the Khánh Sơn 2021 results (engine), and the .docx checked from
 * its XML (page set-up, page numbers from the second page, the annex tables' repeated header).
 */
import JSZip from 'jszip';
import { assess } from '../../src/engine/assessing/assess';
import { noticeDocument, parseNotice, placeAndDate, issuerLines } from '../../src/engine/output/notice';
import { noticeDocxBytes } from '../../src/adapters/docx/notice';
import { presetRubric } from '../../src/engine/rules/presets';
import { DEFAULT_RULES } from '../../src/engine/rules/rules';
import { noticeGrid } from '../fixtures/notice-grid';
import { khanhHoa2014Grids } from '../fixtures/print-inputs';

const band = (key: string, lowerBound: number, vi: string) => ({ key, lowerBound, labels: { vi, en: vi } });
const NOTICE = 'Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn';
const SIGNATURE = { recipients: ['Như trên', 'Lưu: VT'], titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer: 'Nguyễn Văn A' };
const khanhSon = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]);
const doc = noticeDocument(khanhSon, { year: 2021, notice: NOTICE, signature: SIGNATURE });

describe('the notice\'s content', () => {
  it('reads number, date and issuing body from the notice line, and writes place and date as the decree does', () => {
    expect(parseNotice(NOTICE)).toEqual({ number: '123/TB-UBND', day: 29, month: 10, year: 2021, issuer: 'UBND huyện Khánh Sơn' });
    expect(issuerLines('UBND huyện Khánh Sơn')).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN KHÁNH SƠN']);
    expect(placeAndDate('UBND huyện Khánh Sơn', { day: 5, month: 2, year: 2022 })).toBe('Khánh Sơn, ngày 05 tháng 02 năm 2022');
    expect(placeAndDate('UBND huyện Khánh Sơn', { day: 29, month: 10, year: 2021 })).toBe('Khánh Sơn, ngày 29 tháng 10 năm 2021');
    expect(doc).toMatchObject({ issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN KHÁNH SƠN'], number: 'Số: 123/TB-UBND', kind: 'THÔNG BÁO' });
  });

  it('says per group how many agencies got each grade, from the published results', () => {
    expect(doc.paragraphs.slice(1, 4)).toEqual([
      '1. Cơ quan chuyên môn: 12 cơ quan, đơn vị được đánh giá, trong đó 12 xếp loại Tốt (chi tiết tại Phụ lục I kèm theo).',
      '2. Đơn vị sự nghiệp: 6 cơ quan, đơn vị được đánh giá, trong đó 6 xếp loại Tốt (chi tiết tại Phụ lục II kèm theo).',
      '3. UBND xã, thị trấn: 8 cơ quan, đơn vị được đánh giá, trong đó 8 xếp loại Tốt (chi tiết tại Phụ lục III kèm theo).',
    ]);
    const kh = noticeDocument(assess([{ file: 'kh.xlsx', sheets: khanhHoa2014Grids() }], { rubric: presetRubric('khanh-hoa-2014') }), { year: 2014 });
    expect(kh.paragraphs[1]).toMatch(/^1\. Sở, ban, ngành: 21 cơ quan, đơn vị được đánh giá, trong đó \d+ xếp loại Tốt/);
  });

  it('counts the grades by the rules in force, not by the default grade names', () => {
    const grades = { inclusive: true, bands: [band('excellent', 95, 'Xuất sắc'), band('good', 90, 'Tốt'), band('pass', 0, 'Đạt')] };
    const ruled = noticeDocument(assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }], { rules: { ...DEFAULT_RULES, grades } }), { year: 2021 });
    const counts = [...ruled.paragraphs[1].matchAll(/(\d+) xếp loại (Xuất sắc|Tốt|Đạt)/g)];
    expect(counts.map((m) => m[2])).toEqual(['Xuất sắc', 'Tốt', 'Đạt']);
    expect(counts.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(12);
  });

  it('carries each annex table with decimal commas, and the signature block', () => {
    expect(doc.annexes.map((a) => a.heading[0])).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III']);
    expect(doc.annexes[0].attachedTo).toBe(`(Kèm theo ${NOTICE})`);
    expect(doc.annexes[0].rows[9].slice(0, 6)).toEqual(['10', 'Phòng Kinh tế và Hạ tầng', '832,90', '915', '91,03', 'Tốt']);
    expect(doc.recipients).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    expect(doc.signer).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Nguyễn Văn A']);
  });
});

describe('the .docx', () => {
  let xml: string;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await noticeDocxBytes(doc));
    xml = await zip.file('word/document.xml')!.async('string');
  });

  it('has a section for the notice and one per annex, each A4 with the decree margins and no number on its first page', () => {
    const sections = xml.match(/<w:sectPr>.*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(1 + 3);
    for (const section of sections) {
      expect(section).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(section).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"');
      expect(section).toContain('<w:titlePg/>');
      expect(section).toContain('<w:headerReference w:type="first"');
    }
  });

  it('repeats each annex table\'s header row on every page and keeps its rows whole', () => {
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(3 + 26);
    expect(xml).toContain(`(Kèm theo ${NOTICE})`);
    expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('numbers pages in the default header with a PAGE field', async () => {
    const zip = await JSZip.loadAsync(await noticeDocxBytes(doc));
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(4);
  });
});
