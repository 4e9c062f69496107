/**
 * The reading report in words, Vietnamese or English: one block per sheet, one per table, as
 * the command line prints it and the task pane shows it.
 */
import type { Language } from './language';
import { HeaderMatch, PassedOverReason, SheetReadKind, SheetReport, TableReport } from '../reading/report';

const WORDS = {
  vi: {
    heading: 'Đã đọc:',
    title: 'Báo cáo đọc: từng trang tính được đọc thế nào',
    kinds: {
      summary: 'bảng tổng hợp',
      form: 'phiếu tự đánh giá',
      rubric: 'bộ tiêu chí',
      agencyList: 'danh sách cơ quan',
      ownAnnex: 'phụ lục do công cụ này lập trước đây: bỏ qua',
      blankForm: 'phiếu trống do công cụ lập, chưa nhập điểm: bỏ qua',
      settings: 'cài đặt tên cột',
      rules: 'quy định xếp loại, xếp hạng',
      nameMapping: 'bảng tên cũ - tên mới',
      feedbackRound: 'kết quả dự thảo hoặc tổng hợp ý kiến của vòng góp ý: không tính điểm',
      skipped: 'bỏ qua theo yêu cầu',
      nothing: 'không đọc được bảng nào',
    } satisfies Record<SheetReadKind, string>,
    fields: {
      ordinal: 'STT',
      name: 'tên cơ quan',
      group: 'nhóm',
      achievedScore: 'điểm đạt được',
      selfScore: 'điểm tự đánh giá',
      appraisedScore: 'điểm thẩm định',
      standardScore: 'điểm chuẩn',
      ratio: 'tỷ lệ',
      grade: 'xếp loại',
      rank: 'xếp hạng',
      index: 'chỉ số',
      note: 'ghi chú',
      code: 'mã tiêu chí',
      title: 'tiêu chí',
      maxScore: 'điểm tối đa',
      evidence: 'tài liệu kiểm chứng',
      componentParent: 'đầu nhóm cột thành phần',
    } as Record<string, string>,
    component: (name: string) => `thành phần «${name}»`,
    reasons: {
      total: 'dòng tổng',
      average: 'dòng trung bình',
      blank: 'dòng trống',
      hidden: 'dòng ẩn',
      tail: 'phần cuối văn bản: hết bảng',
      note: 'ghi chú',
      ambiguous: 'tiêu đề không rõ',
    } satisfies Record<PassedOverReason, string>,
    table: (range: string, group: string, index?: boolean) => `${index ? 'Bảng chỉ số' : 'Bảng'} ${range} → nhóm «${group}»`,
    source: { title: 'theo tiêu đề', column: 'theo cột nhóm', sheet: 'theo tên trang tính', label: 'theo dòng «Nhóm:»', default: 'nhóm mặc định' },
    caption: (text: string) => `tiêu đề phụ «${text}»`,
    headers: 'Tiêu đề',
    unread: 'Cột không đọc',
    agencies: (n: number, rows: string) => (n === 0 ? 'Không dòng nào là cơ quan' : `${n} cơ quan (dòng ${rows})`),
    passed: 'Bỏ qua',
    row: 'dòng',
    seen: 'Ô tiêu đề thấy được',
  },
  en: {
    heading: 'Read:',
    title: 'Reading report: how each sheet was read',
    kinds: {
      summary: 'summary table',
      form: 'self-assessment form',
      rubric: 'rubric',
      agencyList: 'agency list',
      ownAnnex: 'an annex this tool wrote earlier: left out',
      blankForm: 'a blank form this tool made, no score entered: left out',
      settings: 'column-name settings',
      rules: 'grading and ranking rules',
      nameMapping: 'old name - new name table',
      feedbackRound: 'a draft result or summary of comments of the feedback round: not scored',
      skipped: 'left out as asked',
      nothing: 'no table read',
    } satisfies Record<SheetReadKind, string>,
    fields: {
      ordinal: 'ordinal',
      name: 'agency name',
      group: 'group',
      achievedScore: 'achieved score',
      selfScore: 'self score',
      appraisedScore: 'appraised score',
      standardScore: 'standard score',
      ratio: 'ratio',
      grade: 'grade',
      rank: 'rank',
      index: 'index',
      note: 'note',
      code: 'criterion code',
      title: 'criterion',
      maxScore: 'maximum',
      evidence: 'evidence',
      componentParent: 'head of the component columns',
    } as Record<string, string>,
    component: (name: string) => `component «${name}»`,
    reasons: {
      total: 'total row',
      average: 'average row',
      blank: 'blank row',
      hidden: 'hidden row',
      tail: "the notice's tail: the table ends",
      note: 'note',
      ambiguous: 'ambiguous header',
    } satisfies Record<PassedOverReason, string>,
    table: (range: string, group: string, index?: boolean) => `${index ? 'Index table' : 'Table'} ${range} → group «${group}»`,
    source: { title: 'from the title', column: 'from the group column', sheet: "from the sheet's name", label: 'from the «Nhóm:» line', default: 'default group' },
    caption: (text: string) => `caption «${text}»`,
    headers: 'Headers',
    unread: 'Columns not read',
    agencies: (n: number, rows: string) => (n === 0 ? 'No row is an agency' : `${n} agencies (rows ${rows})`),
    passed: 'Passed over',
    row: 'row',
    seen: 'Header cells seen',
  },
};

type Words = (typeof WORDS)['vi'];

/** 2, 3, 4, 7, 9, 10 → "2–4, 7, 9–10". */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}–${rows[j]}` : `${rows[i]}`);
    i = j;
  }
  return parts.join(', ');
}

function fieldText(match: Pick<HeaderMatch, 'field' | 'component' | 'text'>, words: Words): string {
  return match.field === 'component' ? words.component(match.component ?? match.text) : (words.fields[match.field] ?? match.field);
}

/** The field a header cell was matched to, in words ("điểm chuẩn", "thành phần «Hạ tầng»"). */
export function headerFieldWords(match: Pick<HeaderMatch, 'field' | 'component' | 'text'>, language: Language): string {
  return fieldText(match, WORDS[language]);
}

function headerText(match: HeaderMatch, words: Words): string {
  return `${match.cell} «${oneLine(match.text)}» = ${fieldText(match, words)}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The lines of one table, indented under its sheet. */
export function tableLines(table: TableReport, words: Words): string[] {
  const source = [words.source[table.groupSource.kind] + (table.groupSource.cell ? ` ${table.groupSource.cell}` : ''), table.caption ? words.caption(table.caption.text) : ''];
  const lines = [`${words.table(table.range, table.group, table.indexTable)} (${source.filter((s) => s !== '').join('; ')})`];
  if (table.headers.length > 0) lines.push(`  ${words.headers}: ${table.headers.map((h) => headerText(h, words)).join('; ')}`);
  if (table.unread.length > 0) lines.push(`  ${words.unread}: ${table.unread.map((u) => `${u.cell} «${oneLine(u.text)}»`).join('; ')}`);
  if (table.agencyRows.length > 0 || table.groupSource.kind !== 'label') lines.push(`  ${words.agencies(table.agencyRows.length, rowRanges(table.agencyRows))}`);
  if (table.passedOver.length > 0) {
    const passed = table.passedOver.map((p) => `${words.row} ${p.row}${p.text ? ` «${p.text}»` : ''} (${words.reasons[p.reason]})`);
    lines.push(`  ${words.passed}: ${passed.join('; ')}`);
  }
  return lines;
}

/** The report's title, for a surface that shows it under its own heading. */
export function readingReportTitle(language: Language): string {
  return WORDS[language].title;
}

/** What a sheet was read as, in words: "bảng tổng hợp", "phiếu tự đánh giá", … */
export function sheetKindWords(kind: SheetReadKind, language: Language): string {
  return WORDS[language].kinds[kind];
}

/** One sheet: what it was read as, then its tables' lines (those under a table indented by two). */
export function sheetReportLines(sheet: SheetReport, language: Language = 'vi'): { title: string; lines: string[] } {
  const words = WORDS[language];
  const lines = sheet.tables.flatMap((table) => tableLines(table, words));
  if (sheet.headersSeen && sheet.headersSeen.length > 0) lines.push(`${words.seen}: ${sheet.headersSeen.map((t) => `«${t}»`).join(', ')}`);
  return { title: `${sheet.file} / ${sheet.sheet}: ${words.kinds[sheet.kind]}`, lines };
}

/** The whole report: a heading, then each sheet with what it was read as and its tables. */
export function readingReportLines(sheets: readonly SheetReport[], language: Language = 'vi'): string[] {
  const lines = [WORDS[language].heading];
  for (const sheet of sheets) {
    const { title, lines: details } = sheetReportLines(sheet, language);
    lines.push(`  ${title}`, ...details.map((line) => `    ${line}`));
  }
  return lines;
}
