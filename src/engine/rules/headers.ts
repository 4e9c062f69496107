/**
 * Header synonyms (formats.md §1–3): the one list of what each column may be called, and the
 * labels of rows that are not agencies (totals, averages, the notice's tail). Headers are
 * compared by `headerKey`: case, diacritics, punctuation, line breaks and a unit in brackets
 * ("(điểm)", "(%)") do not matter.
 */
import { looseKey, normalizeText } from '../values/text';

/** How far down a sheet (or below a section title) a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

export type SummaryColumn =
  | 'ordinal'
  | 'name'
  | 'group'
  | 'achievedScore'
  | 'selfScore'
  | 'appraisedScore'
  | 'standardScore'
  | 'ratio'
  | 'grade'
  | 'rank'
  | 'index'
  | 'note';

export type FormColumn = 'code' | 'title' | 'maxScore' | 'selfScore' | 'appraisedScore' | 'evidence' | 'reason' | 'note';

export type RubricColumn = 'code' | 'title' | 'maxScore' | 'aliases';

export const SUMMARY_HEADERS: Record<SummaryColumn, string[]> = {
  ordinal: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  name: [
    'Tên cơ quan',
    'Tên cơ quan, đơn vị',
    'Cơ quan, đơn vị',
    'Đơn vị',
    'Tên đơn vị',
    'Cơ quan',
    'Sở, ban, ngành',
    'UBND cấp huyện',
    'Địa phương',
    // The ministry's national ranking names provinces (an index table, formats.md §6); "Tên" is
    // what an index table's annex heads its names with, read back as last year's results.
    'Tên',
    'Tỉnh, thành phố',
    'Tỉnh, thành phố trực thuộc Trung ương',
  ],
  group: ['Nhóm', 'Khối', 'Nhóm cơ quan'],
  achievedScore: ['Điểm đạt được', 'Tổng điểm', 'Tổng điểm đánh giá', 'Điểm', 'Tổng điểm đạt được', 'Tổng cộng', 'Điểm thực tế', 'Điểm đạt'],
  selfScore: ['Điểm tự đánh giá', 'Điểm tự chấm', 'Tự đánh giá', 'Tự chấm'],
  appraisedScore: ['Điểm thẩm định', 'Thẩm định', 'Kết quả thẩm định'],
  standardScore: ['Điểm chuẩn', 'Điểm tối đa', 'Điểm chuẩn tối đa', 'Tổng điểm chuẩn', 'Thang điểm'],
  ratio: ['Tỷ lệ (%)', 'Tỷ lệ', 'Tỉ lệ (%)', 'Tỉ lệ', 'Tỷ lệ %'],
  grade: ['Xếp loại', 'Mức độ', 'Phân loại'],
  rank: ['Xếp hạng', 'Thứ hạng', 'Hạng'],
  /** An index given instead of scores: an index table (formats.md §6). */
  index: ['Chỉ số', 'Giá trị chỉ số', 'Chỉ số tổng hợp', 'Điểm chỉ số'],
  note: ['Ghi chú'],
};

export const FORM_HEADERS: Record<FormColumn, string[]> = {
  code: ['Mã', 'Mã tiêu chí', 'STT', 'TT'],
  title: ['Tiêu chí', 'Nội dung', 'Tiêu chí đánh giá', 'Nội dung tiêu chí'],
  maxScore: ['Điểm tối đa', 'Thang điểm', 'Điểm chuẩn'],
  selfScore: ['Điểm tự đánh giá', 'Điểm tự chấm', 'Tự đánh giá', 'Tự chấm'],
  appraisedScore: ['Điểm thẩm định', 'Thẩm định'],
  evidence: ['Tài liệu kiểm chứng', 'Minh chứng', 'Tài liệu minh chứng', 'Văn bản chứng minh'],
  /** Why the appraisal team's score differs from the agency's own. */
  reason: ['Lý do', 'Ý kiến thẩm định', 'Ghi chú thẩm định'],
  note: ['Ghi chú'],
};

export const RUBRIC_HEADERS: Record<RubricColumn, string[]> = {
  code: ['Mã', 'Mã tiêu chí', 'STT', 'TT'],
  title: ['Tiêu chí', 'Nội dung', 'Tiêu chí đánh giá', 'Nội dung tiêu chí'],
  maxScore: ['Điểm tối đa', 'Thang điểm'],
  aliases: ['Tên khác'],
};

/** Labels above a form's table: "Tên cơ quan: …", "Nhóm: …". */
export const FORM_LABELS = {
  name: ['Tên cơ quan', 'Cơ quan, đơn vị', 'Tên cơ quan, đơn vị', 'Cơ quan', 'Đơn vị', 'Tên đơn vị'],
  group: ['Nhóm', 'Khối', 'Nhóm cơ quan'],
};

/** Marks for a criterion that does not apply (KAD). */
export const NOT_APPLICABLE_MARKS = ['KAD', 'Không áp dụng', 'N/A', 'NA', 'K/A'];

/** The parent header over component columns in two-row headers. */
export const COMPONENT_PARENT_HEADERS = ['Trong đó', 'Điểm thành phần', 'Chi tiết'];

/** Last year's name mapping sheet: "Tên cũ" | "Tên mới". */
export const NAME_MAPPING_HEADERS = { oldName: ['Tên cũ'], newName: ['Tên mới'] };

/**
 * A unit or a maximum in brackets after a header: "(điểm)", "(%)", "(đ)", "(120 điểm)",
 * "(tối đa 100)". It says how the column is measured, not what it is.
 */
const UNIT_IN_BRACKETS = /[([]\s*(?:tối\s+đa\s*)?(?:\d+(?:[.,]\d+)?\s*)?(?:điểm|đ|%)?\s*[)\]]/giu;

/** Whether a bracketed part "(…)" of a header is a unit rather than, say, a group's name. */
export function isUnit(bracketed: string): boolean {
  UNIT_IN_BRACKETS.lastIndex = 0;
  return normalizeText(bracketed).replace(UNIT_IN_BRACKETS, '').trim() === '';
}

/**
 * The key a header is matched by: units in brackets dropped, then case, diacritics, punctuation,
 * line breaks and runs of spaces ignored: "Điểm chuẩn\n(điểm)" = "ĐIỂM CHUẨN" = "Điểm  chuẩn:".
 */
export function headerKey(text: string): string {
  let key = headerKeys.get(text);
  if (key === undefined) {
    key = looseKey(normalizeText(text).replace(UNIT_IN_BRACKETS, ' '));
    // Every row of a long table is tried as a header: keep the memo, but bounded.
    if (headerKeys.size > 20000) headerKeys.clear();
    headerKeys.set(text, key);
  }
  return key;
}

const headerKeys = new Map<string, string>();

type Lookup<K extends string> = Map<string, K>;

function buildLookup<K extends string>(table: Record<K, string[]>): Lookup<K> {
  const lookup = new Map<string, K>();
  for (const [column, synonyms] of Object.entries(table) as [K, string[]][]) {
    for (const synonym of synonyms) lookup.set(headerKey(synonym), column);
  }
  return lookup;
}

const summaryLookup = buildLookup(SUMMARY_HEADERS);
const formLookup = buildLookup(FORM_HEADERS);
const rubricLookup = buildLookup(RUBRIC_HEADERS);
const nameMappingLookup = buildLookup(NAME_MAPPING_HEADERS);
const notApplicableKeys = new Set(NOT_APPLICABLE_MARKS.map(looseKey));
const componentParentKeys = new Set(COMPONENT_PARENT_HEADERS.map(headerKey));

/** An office's own header words for one workbook, from its "Cài đặt" sheet: header key → field. */
export type OfficeHeaders = ReadonlyMap<string, SummaryColumn>;

export function matchSummaryHeader(text: string, office?: OfficeHeaders): SummaryColumn | undefined {
  const key = headerKey(text);
  return office?.get(key) ?? summaryLookup.get(key);
}

/** The sheet where an office lists its own header words: "Cài đặt" or "Tên cột". */
export const OFFICE_HEADERS_SHEET_NAMES = ['Cài đặt', 'Tên cột'];

/** The header row of such a sheet when the add-in makes one (read back as no declaration). */
export const OFFICE_HEADERS_SHEET_HEADER = ['Tiêu đề trong bảng', 'Là cột'];

export function isOfficeHeadersSheet(name: string): boolean {
  return OFFICE_HEADERS_SHEET_NAMES.some((n) => headerKey(n) === headerKey(name));
}

/** Fields by their glossary names, for the settings sheet: "achievedScore", "standardScore", … */
const GLOSSARY_FIELDS: Record<string, SummaryColumn> = {
  ordinal: 'ordinal',
  name: 'name',
  group: 'group',
  achievedscore: 'achievedScore',
  selfscore: 'selfScore',
  appraisedscore: 'appraisedScore',
  standardscore: 'standardScore',
  ratio: 'ratio',
  grade: 'grade',
  index: 'index',
  note: 'note',
};

/** The field a settings row means: a glossary name, or any header the field already goes by ("Điểm chuẩn"). */
export function fieldNamed(text: string): SummaryColumn | undefined {
  return GLOSSARY_FIELDS[headerKey(text).replace(/ /g, '')] ?? summaryLookup.get(headerKey(text));
}

export function matchFormHeader(text: string): FormColumn | undefined {
  return formLookup.get(headerKey(text));
}

export function matchNameMappingHeader(text: string): 'oldName' | 'newName' | undefined {
  return nameMappingLookup.get(headerKey(text));
}

/**
 * A rubric header, including per-group maxima "Điểm tối đa (Sở, ban, ngành)": the group is
 * returned beside the column. "Điểm tối đa (điểm)" is a unit, not a group.
 */
export function matchRubricHeader(text: string): { column: RubricColumn; group?: string } | undefined {
  const perGroup = /^(.*?)\s*\((.+)\)\s*$/su.exec(normalizeText(text));
  if (perGroup && !isUnit(`(${perGroup[2]})`) && rubricLookup.get(headerKey(perGroup[1])) === 'maxScore') {
    return { column: 'maxScore', group: perGroup[2].trim() };
  }
  const column = rubricLookup.get(headerKey(text));
  return column ? { column } : undefined;
}

export function isNotApplicableMark(text: string): boolean {
  return notApplicableKeys.has(looseKey(text));
}

export function isComponentParentHeader(text: string): boolean {
  return componentParentKeys.has(headerKey(text));
}

/** A label cell "Tên cơ quan: Phòng Nội vụ" → its kind and the text after the colon. */
export function matchFormLabel(text: string): { label: 'name' | 'group'; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const key = headerKey(text.slice(0, colon));
  for (const label of ['name', 'group'] as const) {
    if (FORM_LABELS[label].some((synonym) => headerKey(synonym) === key)) {
      return { label, value: text.slice(colon + 1).trim() };
    }
  }
  return undefined;
}

/**
 * Rows under a table that are not agencies, by their label (the name cell or the row's first
 * text): totals and averages of the columns.
 */
export const ROW_LABELS = {
  total: ['Tổng', 'Tổng cộng', 'Cộng', 'Tổng số', 'Tổng điểm', 'Tổng cộng điểm'],
  average: ['Bình quân', 'Trung bình', 'Điểm trung bình', 'Điểm bình quân', 'Trung bình chung', 'Bình quân chung'],
};

const rowLabelLookup = buildLookup(ROW_LABELS);

/** "Tổng cộng" → 'total', "Điểm trung bình" → 'average'; undefined for an agency's name. */
export function rowLabelKind(text: string): 'total' | 'average' | undefined {
  return rowLabelLookup.get(headerKey(text));
}

/** A note row under a table: "Ghi chú: …", "Lưu ý …", "(*) …", "Trên đây là kết quả …". */
const NOTE_START = /^(?:ghi chu|luu y|chu thich|tren day la)\b/;

export function isNoteText(text: string): boolean {
  return /^\s*(?:\(\*+\)|\*)/.test(text) || NOTE_START.test(looseKey(text));
}

/**
 * The notice's tail, where a table ends: "Nơi nhận:", a signature block ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH", "GIÁM ĐỐC", "Người lập biểu", "(Ký, ghi rõ họ tên)") or a dated place line
 * ("Khánh Sơn, ngày 29 tháng 10 năm 2021").
 */
const SIGNATURE_PREFIX = /^\(?(?:TM|KT|TL|TUQ|Q)\.\s*\S/i;
const TAIL_START = /^(?:noi nhan|ky ten|ky ghi ro ho ten|ky va ghi ro ho ten|da ky|nguoi lap bieu|nguoi lap bang|nguoi lap)\b/;
const SIGNATURE_TITLES = new Set(['chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'truong phong', 'pho truong phong', 'thu truong don vi', 'chanh van phong']);
const DATED_PLACE = /^(?:[a-z]+ ){0,8}ngay (?:\d{1,2} )?thang\b/;

export function isNoticeTail(text: string): boolean {
  const key = looseKey(text);
  return SIGNATURE_PREFIX.test(normalizeText(text)) || TAIL_START.test(key) || SIGNATURE_TITLES.has(key) || DATED_PLACE.test(key);
}
