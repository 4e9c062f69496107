/**
 * The notice itself (Thông báo kết quả đánh giá, xếp loại) as plain data, laid out as
 * Nghị định 30/2020/NĐ-CP lays out an administrative document: the issuing body and the national
 * motto side by side, number, place and date, the type and subject, a paragraph per group with
 * the count of agencies per grade, the signature block, then the annex tables. The .docx writer
 * (src/adapters/docx) only renders it.
 */
import { Assessment, GroupResult } from '../assessing/assess';
import { GradeSettings } from '../rules/grading';
import { DocumentSettings, SignatureBlock } from '../reading/settings';
import { annexLayout, AnnexOptions } from './annex';
import { recipientLines, signerLines } from './signature';
import { LayoutCell, LayoutSheet } from './layout';

export interface NoticeOptions extends DocumentSettings {
  year?: number | string;
  title?: string;
  grades?: GradeSettings;
}

/** One annex table: its heading lines, header and rows as printed text, and relative column widths. */
export interface NoticeAnnex {
  heading: string[];
  attachedTo?: string;
  group: string;
  header: string[];
  rows: string[][];
  /** Which columns are numbers (right-aligned) and which centred. */
  align: ('left' | 'center' | 'right')[];
  widths: number[];
  landscape: boolean;
}

export interface NoticeDocument {
  /** The issuing body's lines, the last one bold: "ỦY BAN NHÂN DÂN", "HUYỆN KHÁNH SƠN". */
  issuer: string[];
  /** "Số: 123/TB-UBND". */
  number: string;
  motto: [string, string];
  /** "Khánh Sơn, ngày 29 tháng 10 năm 2021". */
  placeAndDate: string;
  kind: string;
  subject: string;
  paragraphs: string[];
  recipients: string[];
  signer: string[];
  annexes: NoticeAnnex[];
}

const MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const DEFAULT_SUBJECT = 'Kết quả đánh giá, xếp loại mức độ ứng dụng công nghệ thông tin';

/** The parts of "Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn". */
export function parseNotice(notice: string | undefined): { number?: string; day?: number; month?: number; year?: number; issuer?: string } {
  const text = (notice ?? '').trim().replace(/^\((.*)\)$/s, '$1').replace(/^kèm theo\s+/i, '');
  const number = /số\s+([^\s,]+)/i.exec(text)?.[1];
  const date = /ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/i.exec(text);
  const issuer = /\scủa\s+(.+)$/i.exec(text)?.[1].trim();
  return { number, issuer, ...(date ? { day: Number(date[1]), month: Number(date[2]), year: Number(date[3]) } : {}) };
}

/** "UBND huyện Khánh Sơn" → ["ỦY BAN NHÂN DÂN", "HUYỆN KHÁNH SƠN"]; other bodies on one line. */
export function issuerLines(issuer: string | undefined): string[] {
  if (!issuer) return ['', ''];
  const full = issuer.replace(/^UBND\b/i, 'Ủy ban nhân dân').toLocaleUpperCase('vi');
  const council = /^(ỦY BAN NHÂN DÂN)\s+(.+)$/u.exec(full);
  return council ? [council[1], council[2]] : [full];
}

/** "Khánh Sơn, ngày 29 tháng 10 năm 2021": days below 10 and months below 3 with a leading zero. */
export function placeAndDate(issuer: string | undefined, parts: { day?: number; month?: number; year?: number }): string {
  const place = (issuer ?? '').replace(/^(UBND|Ủy ban nhân dân|Sở|Ban)\s+(tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn)?\s*/iu, '').trim() || '…';
  if (!parts.day || !parts.month || !parts.year) return `${place}, ngày … tháng … năm …`;
  const day = String(parts.day).padStart(2, '0');
  const month = parts.month < 3 ? String(parts.month).padStart(2, '0') : String(parts.month);
  return `${place}, ngày ${day} tháng ${month} năm ${parts.year}`;
}

/** "1. Cơ quan chuyên môn: 12 cơ quan, đơn vị được đánh giá, trong đó 11 xếp loại Tốt, 1 xếp loại Khá (…)." */
export function groupParagraph(group: GroupResult, index: number, grades: GradeSettings | null): string {
  const counts = (grades?.bands ?? [])
    .map((band) => [band.labels.vi, group.agencies.filter((a) => a.grade === band.labels.vi).length] as const)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} xếp loại ${label}`);
  const graded = counts.length > 0 ? `, trong đó ${counts.join(', ')}` : '';
  return `${index + 1}. ${group.name}: ${group.agencies.length} cơ quan, đơn vị được đánh giá${graded} (chi tiết tại Phụ lục ${group.annex} kèm theo).`;
}

/**
 * A cell as printed in the notice, with a decimal comma as Vietnamese documents write them: the
 * places its number format shows (a ratio or index rounded by the rules), else two.
 */
function printed(cell: LayoutCell): string {
  if (typeof cell.value !== 'number') return cell.value ?? '';
  if (cell.style === 'integer') return String(cell.value);
  const places = cell.numberFormat === undefined ? 2 : (cell.numberFormat.split('.')[1] ?? '').length;
  return cell.value.toFixed(places).replace('.', ',');
}

function noticeAnnex(sheet: LayoutSheet, group: GroupResult): NoticeAnnex {
  const header = sheet.rows[sheet.headerRow];
  const body = sheet.rows.slice(sheet.headerRow + 1).filter((row) => row[0].style === 'textCenter');
  const align = header.map((_, c) => {
    const style = body[0]?.[c]?.style;
    return style === 'number' || style === 'integer' ? 'right' : style === 'textCenter' ? 'center' : 'left';
  });
  const titles = sheet.rows.slice(0, sheet.headerRow).map((row) => row[0]).filter((c) => typeof c.value === 'string');
  return {
    heading: titles.filter((c) => c.style === 'title').map((c) => String(c.value)),
    attachedTo: titles.map((c) => String(c.value)).find((v) => v.startsWith('(Kèm theo')),
    group: `Nhóm: ${group.name}`,
    header: header.map((c) => String(c.value ?? '')),
    rows: body.map((row) => row.map(printed)),
    align,
    widths: sheet.columnWidths,
    landscape: sheet.orientation === 'landscape',
  };
}

export function noticeDocument(assessment: Assessment, options: NoticeOptions = {}): NoticeDocument {
  const parts = parseNotice(options.notice);
  const grades = options.grades ?? assessment.rules.grades;
  const yearText = options.year !== undefined && options.year !== '' ? ` năm ${options.year}` : '';
  const subject = `${options.title ? options.title.charAt(0) + options.title.slice(1).toLocaleLowerCase('vi') : DEFAULT_SUBJECT}${yearText}`;
  const issuer = parts.issuer ?? 'cơ quan';
  const annexOptions: AnnexOptions = { year: options.year, title: options.title, grades: options.grades, notice: options.notice };
  const sheets = annexLayout(assessment, annexOptions).sheets.filter((s) => s.kind === 'annex');
  return {
    issuer: issuerLines(parts.issuer),
    number: `Số: ${parts.number ?? '      /TB-'}`,
    motto: MOTTO,
    placeAndDate: placeAndDate(parts.issuer, parts),
    kind: 'THÔNG BÁO',
    subject,
    paragraphs: [
      `Căn cứ kết quả đánh giá, xếp loại mức độ ứng dụng công nghệ thông tin${yearText} của các cơ quan, đơn vị, ${issuer} thông báo kết quả như sau:`,
      ...assessment.groups.map((group, i) => groupParagraph(group, i, grades)),
      `Đề nghị các cơ quan, đơn vị căn cứ kết quả trên tiếp tục đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan, đơn vị mình./.`,
    ],
    recipients: signatureRecipients(options.signature),
    signer: options.signature ? signerLines(options.signature) : [],
    annexes: sheets.map((sheet, i) => noticeAnnex(sheet, assessment.groups[i])),
  };
}

function signatureRecipients(block: SignatureBlock | undefined): string[] {
  const lines = recipientLines(block?.recipients ?? []);
  return lines.length > 0 ? ['Nơi nhận:', ...lines] : [];
}
