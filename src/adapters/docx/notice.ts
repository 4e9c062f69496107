/**
 * The notice as a Word document, with the `docx` library: renders what the engine laid out
 * (src/engine/output/notice.ts) on the page Nghị định 30/2020/NĐ-CP gives administrative
 * documents: A4, margins 20/20/30/15 mm, Times New Roman 13–14, page numbers centred at the top
 * from the second page of each section; the annex tables in sections of their own, landscape
 * where their columns need it, the header row repeated on every page.
 */
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType, type ISectionOptions, type ParagraphChild,
} from 'docx';
import { FONT_NAME, PAGE_MARGINS_MM } from '../../engine/output/layout';
import { NoticeAnnex, NoticeDocument } from '../../engine/output/notice';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const A4 = { width: twips(210), height: twips(297) };
/** Half-points, as .docx counts font sizes. */
const pt = (points: number) => points * 2;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: Align;
  before?: number;
  after?: number;
}

function line({ text, size = 13, bold, italics, align = AlignmentType.CENTER, before = 0, after = 0 }: Line): Paragraph {
  return new Paragraph({ alignment: align, spacing: { before: before * 20, after: after * 20 }, children: [new TextRun({ text, size: pt(size), bold, italics })] });
}

/** A body paragraph: justified, its first line indented 1 cm, 6 pt apart, line spacing 1.15. */
function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(10) },
    spacing: { before: 120, after: 0, line: 276 },
    children: [new TextRun({ text, size: pt(14) })],
  });
}

/** Two columns without borders: the issuing body and number on the left, the motto and date on the right. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = 40): Table {
  const cell = (children: Paragraph[], share: number) => new TableCell({ width: { size: share, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftShare), cell(right, 100 - leftShare)] })],
  });
}

/** A short rule under a centred block, as the decree draws under the body's name and the motto. */
function underline(inset = 22): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 160, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    indent: { left: twips(inset), right: twips(inset) },
    children: [],
  });
}

function heading(doc: NoticeDocument): (Paragraph | Table)[] {
  const issuer = doc.issuer.map((text, i) => line({ text, size: 13, bold: i === doc.issuer.length - 1 }));
  const left = [...issuer, underline(), line({ text: doc.number, size: 13, before: 6 })];
  const right = [
    line({ text: doc.motto[0], size: 12, bold: true }),
    line({ text: doc.motto[1], size: 13, bold: true }),
    underline(),
    line({ text: doc.placeAndDate, size: 13, italics: true, before: 6 }),
  ];
  return [
    twoColumns(left, right),
    line({ text: doc.kind, size: 14, bold: true, before: 18 }),
    line({ text: doc.subject, size: 14, bold: true }),
    underline(60),
  ];
}

function signature(doc: NoticeDocument): Table | undefined {
  if (doc.recipients.length === 0 && doc.signer.length === 0) return undefined;
  const left = doc.recipients.map((text, i) => line({ text, size: i === 0 ? 12 : 11, bold: i === 0, italics: i === 0, align: AlignmentType.LEFT }));
  const right = doc.signer.map((text) => line({ text, size: 14, bold: text !== '' }));
  return twoColumns(left.length > 0 ? left : [line({ text: '' })], right.length > 0 ? right : [line({ text: '' })], 50);
}

function tableCell(text: string, align: Align, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    shading: header ? { fill: 'D9D9D9' } : undefined,
    margins: { left: 60, right: 60 },
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : align, children: [new TextRun({ text, size: pt(13), bold: header })] })],
  });
}

function annexTable(annex: NoticeAnnex): Table {
  const total = annex.widths.reduce((a, b) => a + b, 0);
  const shares = annex.widths.map((w) => (w / total) * 100);
  const aligns = annex.align.map((a) => (a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: annex.header.map((text, c) => tableCell(text, AlignmentType.CENTER, true, shares[c])) }),
      ...annex.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, c) => tableCell(text, aligns[c], false, shares[c])) })),
    ],
  });
}

function annexChildren(annex: NoticeAnnex): (Paragraph | Table)[] {
  return [
    ...annex.heading.map((text) => line({ text, size: 14, bold: true })),
    ...(annex.attachedTo ? [line({ text: annex.attachedTo, size: 13, italics: true })] : []),
    line({ text: annex.group, size: 13, italics: true, after: 6 }),
    annexTable(annex),
  ];
}

/** A section of the document: A4 in its orientation, the decree's margins, numbered from its second page. */
function section(children: (Paragraph | Table)[], landscape: boolean): ISectionOptions {
  const number: ParagraphChild = new TextRun({ children: [PageNumber.CURRENT], size: pt(13), font: FONT_NAME });
  return {
    properties: {
      titlePage: true,
      page: {
        size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: twips(PAGE_MARGINS_MM.top), bottom: twips(PAGE_MARGINS_MM.bottom), left: twips(PAGE_MARGINS_MM.left), right: twips(PAGE_MARGINS_MM.right),
          header: twips(PAGE_MARGINS_MM.header), footer: twips(PAGE_MARGINS_MM.footer),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] }),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
    children,
  };
}

export function noticeWordDocument(doc: NoticeDocument): Document {
  const block = signature(doc);
  const main = [...heading(doc), ...doc.paragraphs.map(bodyParagraph), ...(block ? [line({ text: '' }), block] : [])];
  return new Document({
    creator: 'CNTT',
    title: `${doc.kind} ${doc.subject}`,
    styles: { default: { document: { run: { font: FONT_NAME, size: pt(13) } } } },
    sections: [section(main, false), ...doc.annexes.map((annex) => section(annexChildren(annex), annex.landscape))],
  });
}

/** The .docx bytes, in Node and in the browser alike. */
export async function noticeDocxBytes(doc: NoticeDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(noticeWordDocument(doc)));
}
