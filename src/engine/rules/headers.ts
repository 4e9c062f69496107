/**
 * Header synonyms (formats.md §1–3): the one list of what each column may be called.
 * Headers are compared by `looseKey`: case, diacritics and punctuation do not matter.
 */
import { looseKey } from '../values/text';

export type SummaryColumn =
  | 'ordinal'
  | 'name'
  | 'group'
  | 'achieved'
  | 'selfScore'
  | 'appraisedScore'
  | 'standard'
  | 'ratio'
  | 'grade'
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
  ],
  group: ['Nhóm', 'Khối', 'Nhóm cơ quan'],
  achieved: ['Điểm đạt được', 'Tổng điểm', 'Tổng điểm đánh giá', 'Điểm', 'Tổng điểm đạt được', 'Tổng cộng'],
  selfScore: ['Điểm tự đánh giá', 'Điểm tự chấm', 'Tự đánh giá', 'Tự chấm'],
  appraisedScore: ['Điểm thẩm định', 'Thẩm định', 'Kết quả thẩm định'],
  standard: ['Điểm chuẩn'],
  ratio: ['Tỷ lệ (%)', 'Tỷ lệ', 'Tỉ lệ (%)', 'Tỉ lệ', 'Tỷ lệ %'],
  grade: ['Xếp loại', 'Mức độ', 'Phân loại'],
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

type Lookup<K extends string> = Map<string, K>;

function buildLookup<K extends string>(table: Record<K, string[]>): Lookup<K> {
  const lookup = new Map<string, K>();
  for (const [column, synonyms] of Object.entries(table) as [K, string[]][]) {
    for (const synonym of synonyms) lookup.set(looseKey(synonym), column);
  }
  return lookup;
}

const summaryLookup = buildLookup(SUMMARY_HEADERS);
const formLookup = buildLookup(FORM_HEADERS);
const rubricLookup = buildLookup(RUBRIC_HEADERS);
const notApplicableKeys = new Set(NOT_APPLICABLE_MARKS.map(looseKey));
const componentParentKeys = new Set(COMPONENT_PARENT_HEADERS.map(looseKey));

export function matchSummaryHeader(text: string): SummaryColumn | undefined {
  return summaryLookup.get(looseKey(text));
}

export function matchFormHeader(text: string): FormColumn | undefined {
  return formLookup.get(looseKey(text));
}

/**
 * A rubric header, including per-group maxima "Điểm tối đa (Sở, ban, ngành)": the group is
 * returned beside the column.
 */
export function matchRubricHeader(text: string): { column: RubricColumn; group?: string } | undefined {
  const perGroup = /^(.*?)\s*\((.+)\)\s*$/.exec(text.trim());
  if (perGroup && rubricLookup.get(looseKey(perGroup[1])) === 'maxScore') {
    return { column: 'maxScore', group: perGroup[2].trim() };
  }
  const column = rubricLookup.get(looseKey(text));
  return column ? { column } : undefined;
}

export function isNotApplicableMark(text: string): boolean {
  return notApplicableKeys.has(looseKey(text));
}

export function isComponentParentHeader(text: string): boolean {
  return componentParentKeys.has(looseKey(text));
}

/** A label cell "Tên cơ quan: Phòng Nội vụ" → its kind and the text after the colon. */
export function matchFormLabel(text: string): { label: 'name' | 'group'; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const key = looseKey(text.slice(0, colon));
  for (const label of ['name', 'group'] as const) {
    if (FORM_LABELS[label].some((synonym) => looseKey(synonym) === key)) {
      return { label, value: text.slice(colon + 1).trim() };
    }
  }
  return undefined;
}
