/**
 * A short title for each kind of issue (each code of the catalogue), a few words in Vietnamese
 * and English: the heading of a code's group in the pane's issue list and its filter, and the
 * count per kind on the command line. The full message, with the figures, stays in messages.ts.
 * Every code has one: a code added to the catalogue without a title does not compile.
 */
import type { Language } from './language';
import type { IssueCode } from './messages';

type Title = Record<Language, string>;

const t = (vi: string, en: string): Title => ({ vi, en });

export const ISSUE_TITLES: Record<IssueCode, Title> = {
  // Scores and numbers
  'score-above-max': t('Điểm vượt điểm tối đa', 'Score above the maximum'),
  'negative-score': t('Điểm âm', 'Negative score'),
  'merges-not-read': t('Không đọc được vùng gộp ô', 'Merged areas not read'),
  'merged-score-cell': t('Ô điểm trong vùng gộp', 'Score inside merged cells'),
  'appraisal-missing': t('Chưa có điểm thẩm định', 'No appraised score yet'),
  'kad-by-agency': t('Cơ quan ghi «Không áp dụng»', 'Marked not applicable by the agency'),
  'penalty-out-of-range': t('Điểm trừ ngoài khoảng', 'Penalty out of range'),
  'not-a-number': t('Ô điểm không phải số', 'Score is not a number'),
  'ambiguous-number': t('Số không rõ dấu phân cách', 'Unclear thousands or decimal mark'),
  'too-many-decimals': t('Quá hai chữ số thập phân', 'More than two decimals'),
  'number-out-of-range': t('Số quá lớn', 'Number too large'),
  'blank-score': t('Ô điểm trống', 'Blank score'),
  'missing-achieved-score': t('Thiếu điểm đạt được', 'No achieved score'),
  'error-value': t('Ô có lỗi Excel', 'Excel error in a cell'),
  'zero-standard': t('Điểm chuẩn bằng 0', 'Standard score is zero'),
  'missing-standard': t('Thiếu điểm chuẩn', 'No standard score'),
  'achieved-above-standard': t('Điểm đạt được vượt điểm chuẩn', 'Achieved above standard'),
  // Index tables
  'index-not-number': t('Chỉ số không phải số', 'Index is not a number'),
  'index-out-of-range': t('Chỉ số ngoài khoảng 0–1', 'Index outside 0–1'),
  'index-too-many-decimals': t('Chỉ số quá nhiều chữ số thập phân', 'Index with too many decimals'),
  'missing-index': t('Thiếu chỉ số', 'No index'),
  'index-column-unused': t('Cột chỉ số không dùng', 'Index column not used'),
  'index-rank-basis': t('Quy định không xếp hạng theo chỉ số', 'Rules do not rank on the index'),
  'index-rules-score-table': t('Bảng điểm khi xếp hạng theo chỉ số', 'Score table under index ranking'),
  'index-group-mixed': t('Nhóm lẫn bảng chỉ số và bảng điểm', 'Group mixes index and score tables'),
  // Sums
  'total-mismatch': t('Tổng điểm khác tổng thành phần', 'Total differs from its components'),
  'parent-sum-mismatch': t('Điểm khác tổng tiêu chí con', 'Score differs from its sub-criteria'),
  // Rubric and forms
  'unknown-criterion': t('Mã tiêu chí lạ', 'Unknown criterion'),
  'missing-criterion': t('Phiếu thiếu tiêu chí', 'Criterion missing from the form'),
  'max-mismatch': t('Điểm tối đa khác bộ tiêu chí', 'Maximum differs from the rubric'),
  'rubric-parent-mismatch': t('Điểm tối đa khác tổng tiêu chí con', 'Maximum differs from its sub-criteria'),
  'invalid-criterion-code': t('Mã tiêu chí sai dạng', 'Malformed criterion code'),
  'duplicate-criterion': t('Mã tiêu chí trùng', 'Duplicated criterion'),
  'unknown-group': t('Nhóm không có trong bộ tiêu chí', 'Group not in the rubric'),
  'unknown-component': t('Cột không khớp thành phần', 'Column matches no component'),
  // Evidence and the appraisal's reasons
  'evidence-missing': t('Thiếu tài liệu kiểm chứng', 'No evidence'),
  'evidence-citation-incomplete': t('Văn bản thiếu số hoặc ngày', 'Document without number or date'),
  'reason-missing': t('Thiếu lý do thẩm định', 'No reason for the appraisal'),
  // Replies to the draft results
  'reply-unknown-agency': t('Ý kiến của cơ quan lạ', 'Reply from an unknown agency'),
  'reply-file-of-other-agency': t('Ý kiến ghi nhầm tệp', 'Reply in another agency’s file'),
  'reply-unknown-criterion': t('Ý kiến về tiêu chí lạ', 'Reply on an unknown criterion'),
  'reply-row-of-other-agency': t('Dòng chép từ cơ quan khác', 'Row from another agency'),
  // Agencies
  'duplicate-agency': t('Cơ quan trùng tên', 'Duplicated agency'),
  'similar-agency-name': t('Tên cơ quan gần giống', 'Similar agency names'),
  'form-name-blank': t('Phiếu chưa ghi tên cơ quan', 'Form without an agency name'),
  'form-name-from-sheet': t('Tên cơ quan lấy từ tên trang', 'Agency named after its sheet'),
  'missing-name': t('Dòng thiếu tên cơ quan', 'Row without a name'),
  // Computed columns typed in the sheet
  'ratio-mismatch': t('Tỷ lệ ghi khác tỷ lệ tính', 'Typed ratio differs'),
  'grade-mismatch': t('Xếp loại ghi khác xếp loại tính', 'Typed grade differs'),
  // Workbooks and reading
  'nothing-found': t('Không thấy dữ liệu', 'Nothing found'),
  'formula-not-calculated': t('Công thức chưa được tính', 'Formula never calculated'),
  'settings-row-unknown': t('Dòng cài đặt không rõ cột', 'Unclear settings row'),
  'settings-row-conflict': t('Tiêu đề khai báo hai lần', 'Header declared twice'),
  'ambiguous-header': t('Cột tiêu đề không rõ', 'Ambiguous header'),
  'row-passed-over': t('Dòng tổng bỏ qua', 'Total row passed over'),
  'hidden-row-read': t('Dòng ẩn vẫn được đọc', 'Hidden row read'),
  'hidden-column-read': t('Cột ẩn vẫn được đọc', 'Hidden column read'),
  'sheet-not-read': t('Trang không đọc được', 'Sheet not read'),
  'own-output-skipped': t('Phụ lục cũ bỏ qua', 'Earlier annex passed over'),
  'blank-form-skipped': t('Phiếu trống bỏ qua', 'Blank form passed over'),
  'missing-column': t('Bảng thiếu cột', 'Missing column'),
  'formula-like-name': t('Tên bắt đầu như công thức', 'Name starts like a formula'),
  // Cell-function arguments
  'argument-not-a-number': t('Đối số không phải số', 'Argument is not a number'),
  'argument-ambiguous-number': t('Đối số không rõ dấu phân cách', 'Unclear number in an argument'),
  'argument-too-many-decimals': t('Đối số quá hai chữ số thập phân', 'Argument with too many decimals'),
  'argument-negative': t('Đối số âm', 'Negative argument'),
  'argument-zero-standard': t('Điểm chuẩn trống hoặc bằng 0', 'Standard score blank or zero'),
  'argument-blank-or-zero': t('Đối số trống hoặc bằng 0', 'Argument blank or zero'),
  'blank-row-not-ranked': t('Dòng trống không xếp hạng', 'Blank row not ranked'),
  'argument-ratio-above-100': t('Tỷ lệ vượt 100 %', 'Ratio above 100 %'),
  'ranges-differ': t('Các vùng khác kích thước', 'Ranges of different sizes'),
  'value-not-in-group': t('Giá trị không có trong nhóm', 'Value not in the group'),
  'invalid-thresholds': t('Ngưỡng xếp loại sai', 'Invalid grade thresholds'),
  'invalid-tie-rule': t('Quy tắc hạng bằng nhau sai', 'Invalid tie rule'),
  'tie-in-order-needs-column': t('Cần CNTT.RANKS', 'CNTT.RANKS needed'),
  'invalid-decimals': t('Số chữ số thập phân sai', 'Invalid decimal places'),
  'invalid-order': t('Thứ tự xếp hạng sai', 'Invalid order'),
  // The rules sheet (Quy định)
  'rules-no-header': t('Trang quy định thiếu tiêu đề', 'Rules sheet without a header'),
  'rules-unknown-key': t('Quy định lạ', 'Unknown rule'),
  'rules-duplicate-key': t('Quy định ghi hai lần', 'Rule given twice'),
  'rules-sheet-not-used': t('Trang quy định không dùng', 'Rules sheet not used'),
  'rules-bad-value': t('Giá trị quy định không đọc được', 'Unreadable rule value'),
  'rules-unranked-unknown': t('Tên không xếp hạng không khớp', 'Unranked name matches no agency'),
  'rules-group-unknown': t('Nhóm trong thứ tự nhóm không khớp', 'Group in the order matches no group'),
};

/** The short title of a kind of issue: "Điểm vượt điểm tối đa", "Score above the maximum". */
export function issueTitle(code: IssueCode, language: Language = 'vi'): string {
  return ISSUE_TITLES[code][language];
}
