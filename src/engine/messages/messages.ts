/**
 * The one catalogue of problem messages, in Vietnamese (the default) and English.
 * Each code has a fixed severity; the message templates read the issue's parameters.
 */
import type { Language } from './language';
import { headerFieldWords } from './reading-report';
import type { Fixed } from '../values/fixed';
import { formatNumber, isFixed } from './numbers';

export type Severity = 'error' | 'warning' | 'info';

/** What an issue says, by name: text as the user wrote it, or a number (written per language). */
export type IssueParams = Record<string, string | number | Fixed | undefined>;

/** The parameters as the sentence gets them: every number already written in its language. */
type WrittenParams = Record<string, string | undefined>;

interface CatalogueEntry {
  severity: Severity;
  vi: (p: WrittenParams) => string;
  en: (p: WrittenParams) => string;
}

const q = (value: string | undefined): string => `«${value ?? ''}»`;

/** The field a header was matched to (p.field, p.component for a component), as the reading report words it. */
const matchedField = (p: WrittenParams, language: Language): string =>
  headerFieldWords({ field: String(p.field), component: p.component === undefined ? undefined : String(p.component), text: String(p.text ?? '') }, language);

export const MESSAGES = {
  // Scores and numbers
  'score-above-max': {
    severity: 'error',
    vi: (p) => `Điểm ${p.value} vượt điểm tối đa ${p.max}${p.criterion ? ` của tiêu chí ${p.criterion}` : ''}.`,
    en: (p) => `Score ${p.value} is above the maximum ${p.max}${p.criterion ? ` of criterion ${p.criterion}` : ''}.`,
  },
  'negative-score': {
    severity: 'error',
    vi: (p) => `Điểm ${p.value} là số âm; chỉ tiêu chí điểm trừ mới được âm.`,
    en: (p) => `Score ${p.value} is negative; only penalty criteria may be negative.`,
  },
  'merges-not-read': {
    severity: 'info',
    vi: () => `Excel không đưa ra được các vùng gộp ô của trang này (quá 512 vùng, hoặc phiên bản Excel chưa hỗ trợ); trang được đọc không kèm chúng, nên điểm nằm khuất trong vùng gộp sẽ không được phát hiện ở đây.`,
    en: () => `Excel could not give this sheet's merged areas (more than 512, or a version without them); the sheet was read without them, so a score hidden inside merged cells is not detected here.`,
  },
  'merged-score-cell': {
    severity: 'error',
    vi: (p) => `Ô điểm nằm trong vùng gộp ${p.range}, chỉ ô đầu ${p.first} giữ giá trị: hãy bỏ gộp ô và nhập mỗi điểm vào ô của nó.`,
    en: (p) => `The score cell lies inside the merged area ${p.range}, where only the first cell ${p.first} holds a value: unmerge it and type each score in its own cell.`,
  },
  'appraisal-missing': {
    severity: 'info',
    vi: (p) => `Chưa có điểm thẩm định (các cơ quan khác trong bảng đã có); điểm được tính là ${p.value}.`,
    en: (p) => `No appraised score here (other agencies in the table have one); ${p.value} is counted.`,
  },
  'kad-by-agency': {
    severity: 'warning',
    vi: (p) => `Tiêu chí ${p.criterion} được ghi «Không áp dụng», nhưng bộ tiêu chí áp dụng tiêu chí này cho nhóm (tối đa ${p.max} điểm): điểm chuẩn của cơ quan giảm ${p.max}; đoàn thẩm định cần xác nhận.`,
    en: (p) => `Criterion ${p.criterion} is marked not applicable, but the rubric applies it to this group (maximum ${p.max}): the agency's standard score drops by ${p.max}; the appraisal team should confirm.`,
  },
  'penalty-out-of-range': {
    severity: 'error',
    vi: (p) => `Điểm trừ ${p.value} phải nằm trong khoảng từ ${p.max} đến 0.`,
    en: (p) => `Penalty ${p.value} must lie between ${p.max} and 0.`,
  },
  'not-a-number': {
    severity: 'error',
    vi: (p) => `Ô điểm chứa ${q(p.text)}, không phải là số.`,
    en: (p) => `The score cell holds ${q(p.text)}, which is not a number.`,
  },
  'ambiguous-number': {
    severity: 'error',
    vi: (p) => `Không rõ ${q(p.text)} dùng dấu phân cách hàng nghìn hay dấu thập phân: hãy ghi số không có dấu phân cách hàng nghìn (1000) và dùng dấu phẩy cho phần thập phân (1,5).`,
    en: (p) => `${q(p.text)} could be read with a thousands separator or with decimals: write the number without thousands separators (1000), with at most two decimals (1.5).`,
  },
  'too-many-decimals': {
    severity: 'error',
    vi: (p) => `Điểm ${q(p.text)} có quá hai chữ số thập phân; hãy làm tròn trong phiếu.`,
    en: (p) => `Score ${q(p.text)} has more than two decimals; round it in the sheet.`,
  },
  'number-out-of-range': {
    severity: 'error',
    vi: (p) => `Giá trị ${q(p.text)} quá lớn để là một điểm số.`,
    en: (p) => `Value ${q(p.text)} is too large to be a score.`,
  },
  'blank-score': {
    severity: 'warning',
    vi: () => `Ô điểm để trống; được tính là 0 điểm.`,
    en: () => `The score cell is blank; it counts as 0.`,
  },
  'missing-achieved-score': {
    severity: 'error',
    vi: (p) => `Cơ quan ${q(p.agency)} không có điểm đạt được hợp lệ nên không thể xếp hạng.`,
    en: (p) => `Agency ${q(p.agency)} has no usable achieved score, so it cannot be ranked.`,
  },
  'error-value': {
    severity: 'error',
    vi: (p) => `Ô chứa lỗi ${p.text} của Excel.`,
    en: (p) => `The cell holds the Excel error ${p.text}.`,
  },
  'zero-standard': {
    severity: 'error',
    vi: (p) => `Điểm chuẩn của ${q(p.agency)} bằng 0; không thể tính tỷ lệ.`,
    en: (p) => `The standard score of ${q(p.agency)} is zero; no ratio can be computed.`,
  },
  'missing-standard': {
    severity: 'error',
    vi: (p) => `Không có điểm chuẩn cho ${q(p.agency)}: bảng không có cột Điểm chuẩn và chưa có bộ tiêu chí cho nhóm ${q(p.group)}.`,
    en: (p) => `No standard score for ${q(p.agency)}: the table has no standard-score column and no rubric covers group ${q(p.group)}.`,
  },
  'achieved-above-standard': {
    severity: 'error',
    vi: (p) => `Điểm đạt được ${p.value} lớn hơn điểm chuẩn ${p.max}.`,
    en: (p) => `Achieved score ${p.value} is above the standard score ${p.max}.`,
  },
  // Index tables (formats.md §6)
  'index-not-number': {
    severity: 'error',
    vi: (p) => `Ô chỉ số chứa ${q(p.text)}, không phải là số (ví dụ 0,633).`,
    en: (p) => `The index cell holds ${q(p.text)}, which is not a number (such as 0.633).`,
  },
  'index-out-of-range': {
    severity: 'error',
    vi: (p) => `Chỉ số ${q(p.text)} nằm ngoài khoảng từ 0 đến 1.`,
    en: (p) => `The index ${q(p.text)} is outside the range 0 to 1.`,
  },
  'index-too-many-decimals': {
    severity: 'error',
    vi: (p) => `Chỉ số ${q(p.text)} có quá ${p.places} chữ số thập phân; hãy làm tròn trong bảng.`,
    en: (p) => `The index ${q(p.text)} has more than ${p.places} decimals; round it in the sheet.`,
  },
  'missing-index': {
    severity: 'error',
    vi: (p) => `Cơ quan ${q(p.agency)} không có chỉ số nên không thể xếp hạng.`,
    en: (p) => `Agency ${q(p.agency)} has no index, so it cannot be ranked.`,
  },
  'index-column-unused': {
    severity: 'warning',
    vi: () => `Bảng có cả cột điểm và cột chỉ số: bảng được đọc theo điểm, cột chỉ số không được dùng. Bảng chỉ số chỉ gồm tên và chỉ số.`,
    en: () => `The table has both score columns and an index column: it is read by its scores and the index column is not used. An index table holds only names and an index.`,
  },
  'index-rank-basis': {
    severity: 'error',
    vi: (p) => `Quy định xếp hạng theo ${p.basis === 'score' ? 'điểm' : 'tỷ lệ'} (${p.rules}), nhưng có bảng chỉ số, không có điểm: hãy ghi «Xếp hạng theo: chỉ số» trong trang Quy định, hoặc bỏ dòng đó.`,
    en: (p) => `The rules rank on the ${p.basis === 'score' ? 'score' : 'ratio'} (${p.rules}), but an index table has no scores: write "Xếp hạng theo: chỉ số" in the Quy định sheet, or leave that row out.`,
  },
  'index-rules-score-table': {
    severity: 'error',
    vi: (p) => `Quy định xếp hạng theo chỉ số (${p.rules}), nhưng bảng này không có cột Chỉ số: các cơ quan của bảng không được xếp hạng.`,
    en: (p) => `The rules rank on an index (${p.rules}), but this table has no index column: its agencies are not ranked.`,
  },
  'index-group-mixed': {
    severity: 'error',
    vi: (p) => `Nhóm ${q(p.group)} gồm cả bảng chỉ số và bảng điểm; cơ quan này (${p.index ? 'bảng chỉ số' : 'bảng điểm'}) không được xếp hạng cùng nhóm. Hãy đặt hai bảng vào hai nhóm khác nhau.`,
    en: (p) => `Group ${q(p.group)} holds both an index table and a score table; this agency (${p.index ? 'index table' : 'score table'}) is not ranked with the group. Put the two tables in different groups.`,
  },
  // Sums
  'total-mismatch': {
    severity: 'error',
    vi: (p) => `Tổng điểm ${p.value} khác tổng các thành phần ${p.expected}.`,
    en: (p) => `Total ${p.value} differs from the sum of its components, ${p.expected}.`,
  },
  'parent-sum-mismatch': {
    severity: 'error',
    vi: (p) => `Điểm của tiêu chí ${p.criterion} là ${p.value}, khác tổng các tiêu chí con ${p.expected}.`,
    en: (p) => `Criterion ${p.criterion} scores ${p.value}, not the sum of its sub-criteria, ${p.expected}.`,
  },
  // Rubric and forms
  'unknown-criterion': {
    severity: 'error',
    vi: (p) => `Mã tiêu chí ${q(p.criterion)} không có trong bộ tiêu chí.`,
    en: (p) => `Criterion code ${q(p.criterion)} is not in the rubric.`,
  },
  'missing-criterion': {
    severity: 'error',
    vi: (p) => `Phiếu thiếu tiêu chí ${p.criterion} của bộ tiêu chí.`,
    en: (p) => `The form lacks the rubric's criterion ${p.criterion}.`,
  },
  'max-mismatch': {
    severity: 'warning',
    vi: (p) => `Điểm tối đa ${p.value} của tiêu chí ${p.criterion} khác bộ tiêu chí (${p.expected}); dùng theo bộ tiêu chí.`,
    en: (p) => `Maximum ${p.value} of criterion ${p.criterion} differs from the rubric (${p.expected}); the rubric's is used.`,
  },
  'rubric-parent-mismatch': {
    severity: 'error',
    vi: (p) => `Điểm tối đa của tiêu chí ${p.criterion} là ${p.value}, khác tổng các tiêu chí con ${p.expected}.`,
    en: (p) => `Criterion ${p.criterion} has maximum ${p.value}, not the sum of its sub-criteria, ${p.expected}.`,
  },
  'invalid-criterion-code': {
    severity: 'error',
    vi: (p) => `Mã tiêu chí ${q(p.text)} không đúng dạng (1, 1.2, 1.2.3 hoặc I, II).`,
    en: (p) => `Criterion code ${q(p.text)} is not of the form 1, 1.2, 1.2.3 or I, II.`,
  },
  'duplicate-criterion': {
    severity: 'error',
    vi: (p) => `Mã tiêu chí ${q(p.criterion)} xuất hiện nhiều lần.`,
    en: (p) => `Criterion code ${q(p.criterion)} appears more than once.`,
  },
  'unknown-group': {
    severity: 'error',
    vi: (p) => `Nhóm ${q(p.group)} không có trong bộ tiêu chí (các nhóm: ${p.expected}).`,
    en: (p) => `Group ${q(p.group)} is not in the rubric (its groups: ${p.expected}).`,
  },
  'unknown-component': {
    severity: 'warning',
    vi: (p) => `Cột ${q(p.text)} không khớp thành phần nào của bộ tiêu chí; bỏ qua.`,
    en: (p) => `Column ${q(p.text)} matches no rubric component; ignored.`,
  },
  // Evidence and the appraisal's reasons
  'evidence-missing': {
    severity: 'warning',
    vi: (p) => `Tiêu chí ${p.criterion} được ${p.value} điểm nhưng chưa ghi tài liệu kiểm chứng.`,
    en: (p) => `Criterion ${p.criterion} scores ${p.value} but cites no evidence.`,
  },
  'evidence-citation-incomplete': {
    severity: 'warning',
    vi: (p) => `Tài liệu kiểm chứng ${q(p.text)} của tiêu chí ${p.criterion} chưa ghi ${({ number: 'số hiệu', date: 'ngày ban hành', both: 'số hiệu và ngày ban hành' } as Record<string, string>)[String(p.missing)]} văn bản (ghi theo dạng «Số 12/KH-UBND, ngày 15/3/2021»).`,
    en: (p) => `Evidence ${q(p.text)} of criterion ${p.criterion} gives no ${({ number: 'number', date: 'date', both: 'number or date' } as Record<string, string>)[String(p.missing)]} for the document (cite it as «Số 12/KH-UBND, ngày 15/3/2021»).`,
  },
  'reason-missing': {
    severity: 'warning',
    vi: (p) => `Điểm thẩm định của tiêu chí ${p.criterion} khác điểm tự đánh giá nhưng chưa ghi lý do.`,
    en: (p) => `The appraised score of criterion ${p.criterion} differs from the self score, with no reason given.`,
  },
  // Replies to the draft results
  'reply-unknown-agency': {
    severity: 'error',
    vi: (p) => `Kết quả dự thảo này ghi tên cơ quan ${q(p.agency)}, không có trong kết quả thẩm định: ý kiến trong đó chưa được tổng hợp.`,
    en: (p) => `This draft result names the agency ${q(p.agency)}, which is not in the appraisal results: its comments were not collected.`,
  },
  'reply-file-of-other-agency': {
    severity: 'error',
    vi: (p) => `Tệp ${q(p.file)} là kết quả dự thảo gửi ${q(p.other)}, nhưng ghi tên ${q(p.agency)}: có thể ý kiến đã ghi nhầm vào tệp của cơ quan khác.`,
    en: (p) => `File ${q(p.file)} is the draft result sent to ${q(p.other)}, but it names ${q(p.agency)}: the comments may have been typed into another agency's file.`,
  },
  'reply-unknown-criterion': {
    severity: 'error',
    vi: (p) => `Ý kiến về tiêu chí ${q(p.criterion)}, nhưng phiếu của ${q(p.agency)} không có tiêu chí này.`,
    en: (p) => `A comment on criterion ${q(p.criterion)}, which the form of ${q(p.agency)} does not have.`,
  },
  'reply-row-of-other-agency': {
    severity: 'error',
    vi: (p) => `Dòng tiêu chí ${p.criterion} ghi điểm tự đánh giá ${p.value}, khác điểm ${p.expected} của ${q(p.agency)}: có thể dòng này chép từ kết quả dự thảo của cơ quan khác.`,
    en: (p) => `The row of criterion ${p.criterion} gives the self score ${p.value}, not ${p.expected} as ${q(p.agency)} did: it may come from another agency's draft result.`,
  },
  // Agencies
  'duplicate-agency': {
    severity: 'error',
    vi: (p) => `Cơ quan ${q(p.agency)} xuất hiện hai lần trong nhóm ${q(p.group)} (lần đầu ở ${p.first}).`,
    en: (p) => `Agency ${q(p.agency)} appears twice in group ${q(p.group)} (first at ${p.first}).`,
  },
  'similar-agency-name': {
    severity: 'warning',
    vi: (p) => `Tên ${q(p.agency)} chỉ khác ${q(p.other)} (${p.first}) ở dấu, chữ hoa hay dấu câu: nếu là một cơ quan, hãy sửa cho giống nhau.`,
    en: (p) => `Name ${q(p.agency)} differs from ${q(p.other)} (${p.first}) only in accents, case or punctuation: if they are one agency, make them the same.`,
  },
  'form-name-blank': {
    severity: 'warning',
    vi: (p) => `Phiếu chưa ghi tên cơ quan; tạm lấy tên trang tính ${q(p.sheetName)}.`,
    en: (p) => `The form gives no agency name; the sheet's name ${q(p.sheetName)} stands in.`,
  },
  'form-name-from-sheet': {
    severity: 'info',
    vi: (p) => `Phiếu không có dòng «Tên cơ quan:»; tên cơ quan lấy theo tên trang tính ${q(p.sheetName)}.`,
    en: (p) => `The form has no "Tên cơ quan:" line; the agency is named after the sheet, ${q(p.sheetName)}.`,
  },
  'missing-name': {
    severity: 'error',
    vi: () => `Dòng có điểm nhưng không có tên cơ quan.`,
    en: () => `The row has scores but no agency name.`,
  },
  // Computed columns typed in the sheet
  'ratio-mismatch': {
    severity: 'warning',
    vi: (p) => `Tỷ lệ ghi trong bảng là ${p.value}, tính lại được ${p.expected}.`,
    en: (p) => `The sheet says ratio ${p.value}; computed, it is ${p.expected}.`,
  },
  'grade-mismatch': {
    severity: 'warning',
    vi: (p) => `Xếp loại ghi trong bảng là ${q(p.value)}, tính lại được ${q(p.expected)}.`,
    en: (p) => `The sheet says grade ${q(p.value)}; computed, it is ${q(p.expected)}.`,
  },
  // Workbooks
  'nothing-found': {
    severity: 'error',
    vi: (p) => `Không tìm thấy bảng tổng hợp, phiếu tự đánh giá hay bộ tiêu chí nào trong ${q(p.file)}.`,
    en: (p) => `No summary table, self-assessment form or rubric was found in ${q(p.file)}.`,
  },
  // Reading: what was read, what was passed over, what could not be told apart
  'formula-not-calculated': {
    severity: 'error',
    vi: () => `Ô điểm là công thức chưa được tính: mở tệp trong Excel và lưu lại.`,
    en: () => `The score cell is a formula that was never calculated: open the file in Excel and save it again.`,
  },
  'settings-row-conflict': {
    severity: 'warning',
    vi: (p) => `Tiêu đề ${q(p.office)} đã được khai báo ở ${p.first} là ${matchedField({ field: p.firstField }, 'vi')}; dòng này (${matchedField(p, 'vi')}) bị bỏ qua.`,
    en: (p) => `The header ${q(p.office)} is already declared at ${p.first} as ${matchedField({ field: p.firstField }, 'en')}; this row (${matchedField(p, 'en')}) is ignored.`,
  },
  'settings-row-unknown': {
    severity: 'warning',
    vi: (p) => `Dòng cài đặt ${q(p.office)} → ${q(p.text)}: không rõ ${q(p.text)} là cột nào; hãy ghi một tên cột đã biết (ví dụ «Tên cơ quan», «Điểm đạt được», «Điểm chuẩn», «Xếp loại»).`,
    en: (p) => `Settings row ${q(p.office)} → ${q(p.text)}: ${q(p.text)} names no known column; write a known one (e.g. «Tên cơ quan», «Điểm đạt được», «Điểm chuẩn», «Xếp loại»).`,
  },
  'ambiguous-header': {
    severity: 'error',
    vi: (p) => `Cả ${p.cells} đều có thể là cột ${q(p.field)} (${p.texts}): không đoán; hãy đổi tên các cột còn lại (hoặc khai báo ở trang «Cài đặt»). Bảng chưa được đọc.`,
    en: (p) => `${p.cells} could each be the ${q(p.field)} column (${p.texts}): no guess is made; rename the others (or declare them in a «Cài đặt» sheet). The table was not read.`,
  },
  'row-passed-over': {
    severity: 'info',
    vi: (p) => `Dòng ${q(p.text)} là dòng ${p.reason === 'average' ? 'trung bình' : 'tổng'}, không phải một cơ quan: bỏ qua.`,
    en: (p) => `Row ${q(p.text)} is ${p.reason === 'average' ? 'an average' : 'a total'}, not an agency: passed over.`,
  },
  'hidden-row-read': {
    severity: 'warning',
    vi: (p) => `Dòng của ${q(p.agency)} đang bị ẩn nhưng vẫn được xếp hạng; nếu cơ quan này không còn, hãy xóa dòng (hoặc dùng --skip-hidden / bỏ dòng ẩn).`,
    en: (p) => `The row of ${q(p.agency)} is hidden but still ranked; if the agency is gone, delete the row (or use --skip-hidden / leave hidden rows out).`,
  },
  'hidden-column-read': {
    severity: 'warning',
    vi: (p) => `Cột ${q(p.text)} đang bị ẩn nhưng vẫn được đọc là ${matchedField(p, 'vi')}.`,
    en: (p) => `Column ${q(p.text)} is hidden but still read as ${matchedField(p, 'en')}.`,
  },
  'sheet-not-read': {
    severity: 'warning',
    vi: (p) => `Trang có số liệu nhưng không được đọc: không thấy dòng tiêu đề có ${p.lacking === 'name' ? 'cột tên cơ quan («Tên cơ quan», «Đơn vị», …)' : 'cột điểm («Điểm đạt được», «Tổng điểm», …)'}. Các ô tiêu đề thấy được: ${p.seen || '(không có)'}. Hãy đổi tên cột cho khớp (ví dụ «Tên cơ quan», «Điểm đạt được», «Điểm chuẩn»), hoặc ghi ở trang «Cài đặt» mỗi dòng một tiêu đề của bảng và cột nó là, hoặc bỏ qua trang này.`,
    en: (p) => `The sheet has numbers but was not read: no header row with ${p.lacking === 'name' ? 'an agency-name column («Tên cơ quan», «Đơn vị», …)' : 'a score column («Điểm đạt được», «Tổng điểm», …)'} was found. Header cells seen: ${p.seen || '(none)'}. Rename the columns to match (e.g. «Tên cơ quan», «Điểm đạt được», «Điểm chuẩn»), or list in a «Cài đặt» sheet each header of the table beside the column it is, or leave the sheet out.`,
  },
  'own-output-skipped': {
    severity: 'info',
    vi: (p) => `Trang ${q(p.sheetName)} là phụ lục do công cụ này lập ra trước đây; không đọc lại làm dữ liệu.`,
    en: (p) => `Sheet ${q(p.sheetName)} is an annex this tool wrote earlier; it is not read again as input.`,
  },
  'blank-form-skipped': {
    severity: 'info',
    vi: (p) => `Trang ${q(p.sheetName)} là phiếu trống do công cụ này lập, chưa có điểm nào được nhập; không đọc làm dữ liệu. Nhập điểm vào phiếu thì phiếu được đọc.`,
    en: (p) => `Sheet ${q(p.sheetName)} is a blank form this tool made, with no score entered yet; it is not read as input. Once scores are entered, the form is read.`,
  },
  'missing-column': {
    severity: 'error',
    vi: (p) => `Bảng thiếu cột ${q(p.text)}.`,
    en: (p) => `The table lacks the column ${q(p.text)}.`,
  },
  'formula-like-name': {
    severity: 'info',
    vi: (p) => `Tên ${q(p.agency)} bắt đầu bằng ký tự công thức; được ghi dưới dạng văn bản.`,
    en: (p) => `Name ${q(p.agency)} starts with a formula character; it is written as text.`,
  },
  // Cell-function arguments
  'argument-not-a-number': {
    severity: 'error',
    vi: (p) => `Đối số ${p.argument} là ${q(p.text)}, không phải là số.`,
    en: (p) => `Argument ${p.argument} is ${q(p.text)}, which is not a number.`,
  },
  'argument-ambiguous-number': {
    severity: 'error',
    vi: (p) => `Đối số ${p.argument} là ${q(p.text)}: không rõ dấu phân cách hàng nghìn hay dấu thập phân; hãy ghi 1000 hoặc 1,5.`,
    en: (p) => `Argument ${p.argument} is ${q(p.text)}: a thousands separator or decimals? Write 1000 or 1.5.`,
  },
  'argument-too-many-decimals': {
    severity: 'error',
    vi: (p) => `Đối số ${p.argument} (${p.text}) có quá hai chữ số thập phân.`,
    en: (p) => `Argument ${p.argument} (${p.text}) has more than two decimals.`,
  },
  'argument-negative': {
    severity: 'error',
    vi: (p) => `Đối số ${p.argument} không được âm (${p.text}).`,
    en: (p) => `Argument ${p.argument} must not be negative (${p.text}).`,
  },
  'argument-zero-standard': {
    severity: 'error',
    vi: (p) => `Đối số ${p.argument} (điểm chuẩn) trống hoặc bằng 0; không thể tính tỷ lệ.`,
    en: (p) => `Argument ${p.argument} (the standard score) is blank or zero; no ratio can be computed.`,
  },
  'argument-blank-or-zero': {
    severity: 'error',
    vi: (p) => `Đối số ${p.argument} trống hoặc bằng 0 (Excel đưa ô trống vào hàm dưới dạng số 0), nên dòng này không được tính. Nếu điểm thật sự là 0, hãy gõ '0.`,
    en: (p) => `Argument ${p.argument} is blank or zero (Excel passes a blank cell to functions as 0), so this row is not computed. If the score really is 0, type '0.`,
  },
  'blank-row-not-ranked': {
    severity: 'error',
    vi: () => `Giá trị hoặc nhóm trống hoặc bằng 0 (Excel đưa ô trống vào hàm dưới dạng số 0): dòng trống không được xếp hạng.`,
    en: () => `The value or the group is blank or zero (Excel passes a blank cell to functions as 0): a blank row gets no rank.`,
  },
  'argument-ratio-above-100': {
    severity: 'error',
    vi: (p) => `Tỷ lệ ${p.text} vượt 100 %. Nếu đây là điểm đạt được, hãy cho điểm tối đa hoặc điểm chuẩn (ô đó có đang trống không?).`,
    en: (p) => `Ratio ${p.text} is above 100 %. If it is an achieved score, give the maximum or standard score (is that cell blank?).`,
  },
  'ranges-differ': {
    severity: 'error',
    vi: (p) => `Vùng ${p.argument} có ${p.value} ô, khác vùng giá trị có ${p.expected} ô.`,
    en: (p) => `Range ${p.argument} has ${p.value} cells, the values range ${p.expected}.`,
  },
  'value-not-in-group': {
    severity: 'error',
    vi: (p) => `Giá trị ${p.value} không có trong nhóm ${q(p.group)}.`,
    en: (p) => `Value ${p.value} is not among the values of group ${q(p.group)}.`,
  },
  'invalid-thresholds': {
    severity: 'error',
    vi: () => `Ngưỡng xếp loại phải giảm dần (ví dụ 85; 70; 50) và có ít hơn nhãn xếp loại đúng một phần tử.`,
    en: () => `Grade thresholds must descend (for example 85; 70; 50) and number one fewer than the labels.`,
  },
  'invalid-tie-rule': {
    severity: 'error',
    vi: (p) => `Quy tắc hạng bằng nhau ${q(p.text)} không hợp lệ: 0 cùng hạng (1, 1, 3), 1 cùng hạng liên tiếp (1, 1, 2), 2 theo thứ tự (1, 2, 3).`,
    en: (p) => `Tie rule ${q(p.text)} is not valid: 0 shared with a gap (1, 1, 3), 1 shared without a gap (1, 1, 2), 2 in order (1, 2, 3).`,
  },
  'tie-in-order-needs-column': {
    severity: 'error',
    vi: () => `Xếp hạng theo thứ tự (2) cần biết dòng của mỗi giá trị bằng nhau: hãy dùng CNTT.RANKS cho cả cột.`,
    en: () => `Ranking in order (2) needs each tied value's row: use CNTT.RANKS for the whole column.`,
  },
  'invalid-decimals': {
    severity: 'error',
    vi: (p) => `Số chữ số thập phân ${q(p.text)} không hợp lệ: cần một số nguyên từ 0 đến 10.`,
    en: (p) => `Decimal places ${q(p.text)} are not valid: a whole number from 0 to 10.`,
  },
  'invalid-order': {
    severity: 'error',
    vi: (p) => `Thứ tự ${q(p.text)} không hợp lệ: 0 là cao nhất xếp đầu, 1 là thấp nhất xếp đầu.`,
    en: (p) => `Order ${q(p.text)} is not valid: 0 ranks the highest first, 1 the lowest first.`,
  },
  // The rules sheet (Quy định)
  'rules-no-header': {
    severity: 'error',
    vi: () => `Trang quy định cần một dòng tiêu đề «Quy định | Giá trị» trong mười dòng đầu; các quy định mặc định được dùng.`,
    en: () => `The rules sheet needs a header row "Quy định | Giá trị" in its first ten rows; the default rules are used.`,
  },
  'rules-unknown-key': {
    severity: 'error',
    vi: (p) => `Không có quy định ${q(p.text)}; các quy định là: ${p.expected}.`,
    en: (p) => `There is no rule ${q(p.text)}; the rules are: ${p.expected}.`,
  },
  'rules-duplicate-key': {
    severity: 'error',
    vi: (p) => `Quy định ${q(p.text)} đã có ở ô ${p.first}; dòng này không được dùng.`,
    en: (p) => `The rule ${q(p.text)} is already given in cell ${p.first}; this row is not used.`,
  },
  'rules-sheet-not-used': {
    severity: 'info',
    vi: (p) => `Trang quy định này không được dùng: đang áp dụng quy định ${p.rules}.`,
    en: (p) => `This rules sheet is not used: the rules in force are ${p.rules}.`,
  },
  'rules-bad-value': {
    severity: 'error',
    vi: (p) => `Không đọc được giá trị ${q(p.text)} của quy định ${q(p.key)}: cần ${p.expected}. Quy định mặc định được dùng.`,
    en: (p) => `The value ${q(p.text)} of the rule ${q(p.key)} cannot be read: it should be ${p.expectedEn}. The default rule is used.`,
  },
  'rules-group-unknown': {
    severity: 'warning',
    vi: (p) => `Nhóm ${q(p.name)} trong «Thứ tự nhóm» không khớp với nhóm nào đã đọc (${p.groups}), nên không có tác dụng. Hãy ghi tên nhóm như trong bảng.`,
    en: (p) => `The group ${q(p.name)} in «Thứ tự nhóm» (group order) matches no group read (${p.groups}), so it has no effect. Write the group's name as in the tables.`,
  },
  'rules-unranked-unknown': {
    severity: 'warning',
    vi: (p) => `Cơ quan ${q(p.name)} trong danh sách «Không xếp hạng» không khớp với cơ quan nào trong các bảng, nên không có tác dụng${p.suggestion ? `: có phải ${q(p.suggestion)}?` : '. Hãy kiểm tra tên (dấu, viết tắt) cho đúng như trong bảng.'}`,
    en: (p) => `The agency ${q(p.name)} in the «Không xếp hạng» (not ranked) list matches no agency in the tables, so it has no effect${p.suggestion ? `: did you mean ${q(p.suggestion)}?` : '. Check that the name is spelled as in the table (accents, abbreviations).'}`,
  },
} satisfies Record<string, CatalogueEntry>;

export type IssueCode = keyof typeof MESSAGES;

export function severityOf(code: IssueCode): Severity {
  return MESSAGES[code].severity as Severity;
}

export function renderMessage(code: IssueCode, params: IssueParams, language: Language = 'vi'): string {
  return MESSAGES[code][language](written(params, language));
}

/** Numbers into text the one way (formatNumber): "91,03" in Vietnamese, "91.03" in English. */
function written(params: IssueParams, language: Language): WrittenParams {
  const out: WrittenParams = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'number' || isFixed(value) ? formatNumber(value, language) : value;
  }
  return out;
}
