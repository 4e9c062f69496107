/**
 * The words of the command line and the adapters, Vietnamese first and English, beside the
 * catalogue of problem messages (messages.ts). Severity labels are here once for every surface.
 */
import type { Language } from './language';
import type { Severity } from './messages';

const vi = {
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' } satisfies Record<Severity, string>,

  /** Commander's help: its headings and the descriptions of commands, arguments and options. */
  help: {
    usage: 'Cách dùng:',
    arguments: 'Đối số:',
    options: 'Tùy chọn:',
    commands: 'Lệnh:',
    helpOption: 'hiển thị trợ giúp',
    helpCommand: 'hiển thị trợ giúp cho một lệnh',
    program: 'Đánh giá, xếp hạng mức độ ứng dụng CNTT: đọc bảng tổng hợp và phiếu tự đánh giá, lập các phụ lục.',
    inputs: 'các tệp .xlsx: bảng tổng hợp, phiếu tự đánh giá, bộ tiêu chí',
    rubric: (presets: string) => `bộ tiêu chí: tệp .xlsx hoặc mẫu có sẵn (${presets})`,
    json: 'ghi kết quả dạng JSON vào tệp, hoặc - để in ra',
    skipSheet: 'bỏ qua trang tính này trong các tệp (dùng lại được nhiều lần)',
    skipHidden: 'bỏ qua các dòng đang bị ẩn (mỗi dòng được ghi trong báo cáo đọc)',
    lang: 'ngôn ngữ thông báo',
    build: 'Lập các phụ lục xếp hạng vào một tệp .xlsx',
    buildOutput: 'tệp phụ lục cần ghi',
    year: 'năm đánh giá, in trong tiêu đề',
    title: 'tiêu đề của các phụ lục',
    notice: 'thông báo kèm theo, in dưới tiêu đề: "Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn"',
    live: 'ghi tỷ lệ, xếp loại, thứ hạng bằng công thức Excel (tự tính lại khi sửa điểm)',
    charts: 'thêm biểu đồ tỷ lệ của từng nhóm, có các mức xếp loại',
    previous: 'kết quả năm trước (tệp phụ lục .xlsx hoặc JSON của --json): thêm cột thay đổi thứ hạng và tỷ lệ',
    validate: 'Kiểm tra các tệp, không ghi phụ lục',
    fill: 'Điền STT, Tỷ lệ (%), Xếp loại vào bảng có sẵn, ghi ra một bản sao',
    fillOutput: 'bản sao cần ghi (tệp gốc không bị sửa)',
    sort: 'sắp xếp các dòng của mỗi bảng theo thứ hạng',
    diff: 'So sánh hai bản điểm (dự thảo và cuối cùng): thay đổi nào, thứ hạng và xếp loại của ai thay đổi',
    diffOld: 'bản cũ (.xlsx)',
    diffNew: 'bản mới (.xlsx)',
    diffOutput: 'ghi trang «Thay đổi» vào tệp .xlsx này',
    diffJson: 'ghi các thay đổi dạng JSON',
    forms: 'Tạo phiếu tự đánh giá trống, mỗi cơ quan một tệp .xlsx, để gửi đi',
    agencies: 'danh sách cơ quan: tệp .txt («Tên cơ quan; Nhóm» mỗi dòng) hoặc .xlsx (cột Tên cơ quan, Nhóm)',
    formsOutput: 'thư mục ghi các phiếu',
    feedback: 'Lập kết quả thẩm định dự thảo của từng cơ quan, mỗi cơ quan một tệp .xlsx, để gửi lấy ý kiến',
    feedbackOutput: 'thư mục ghi các tệp kết quả dự thảo',
    deadline: 'hạn gửi ý kiến, in trong tệp (ví dụ 15/11/2021)',
    sendTo: 'nơi nhận ý kiến, in trong tệp (đơn vị, địa chỉ thư điện tử)',
    replies: 'Tổng hợp ý kiến của các cơ quan ghi trong kết quả dự thảo gửi lại, theo cơ quan và tiêu chí, vào trang «Tổng hợp ý kiến»',
    repliesFrom: 'các tệp kết quả dự thảo các cơ quan gửi lại (tệp .xlsx hoặc thư mục)',
    repliesOutput: 'tệp .xlsx ghi trang «Tổng hợp ý kiến»',
    diffReplies: 'các tệp kết quả dự thảo có ý kiến gửi lại (tệp .xlsx hoặc thư mục): ghi thay đổi nào theo ý kiến nào',
  },

  /** What the commands report. */
  cli: {
    inputErrorsNoAnnex: 'Dữ liệu có lỗi: chưa ghi tệp phụ lục.',
    inputErrorsNothingFilled: 'Dữ liệu có lỗi: chưa điền gì.',
    matchedLastYear: (matched: number, total: number) => `Khớp với năm trước: ${matched}/${total}`,
    annexesWritten: (file: string) => `Đã ghi các phụ lục vào ${file}`,
    liveScoresCopied: '--live: các trang đầu vào không nằm trong tệp phụ lục, nên điểm được chép vào phụ lục; tỷ lệ, xếp loại, thứ hạng là công thức Excel (tự tính lại khi sửa điểm trong phụ lục).',
    validated: (agencies: number, groups: number, errors: number, others: number) =>
      `${agencies} cơ quan trong ${groups} nhóm; ${errors} lỗi, ${others} cảnh báo và lưu ý.`,
    cellsFilled: (cells: number, file: string) => `Đã điền ${cells} ô vào ${file}`,
    rowsSorted: (sheets: string) => `Đã sắp xếp theo thứ hạng: ${sheets}`,
    notSorted: (where: string, reason: 'formula' | 'merged') =>
      `${where}: bảng có ${reason === 'formula' ? 'công thức' : 'ô gộp'} nên chưa sắp xếp; hãy sắp xếp trong Excel (Dữ liệu → Sắp xếp).`,
    rankChange: 'thứ hạng',
    gradeChange: 'xếp loại',
    agenciesChanged: (count: number) => `${count} cơ quan có thay đổi.`,
    annex: 'Phụ lục',
    tableHead: ['STT', 'Tên cơ quan', 'Điểm đạt', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'],
    inputErrorsNoDraft: 'Dữ liệu có lỗi: chưa ghi kết quả dự thảo.',
    draftsWritten: (count: number, folder: string) => `Đã ghi kết quả dự thảo của ${count} cơ quan vào ${folder}`,
    inputErrorsNoSummary: 'Dữ liệu hoặc ý kiến có lỗi: chưa ghi bảng tổng hợp ý kiến.',
    repliesCollected: (comments: number, agencies: number, file: string) => `Đã tổng hợp ${comments} ý kiến của ${agencies} cơ quan vào ${file}`,
    askedBy: 'theo ý kiến',
  },

  /** Why a command cannot run (exit 2); printed in both languages, before --lang is known. */
  usage: {
    unexpected: 'lỗi không mong đợi',
    fileNotFound: 'không tìm thấy tệp',
    noSuchSheet: 'không có trang tính',
    noSuchRubric: (source: string) => `không có mẫu hay tệp ${source}`,
    noRubricSheet: (source: string) => `không tìm thấy bộ tiêu chí trong ${source}`,
    noAgencies: (source: string) => `không có cơ quan nào trong ${source}`,
    oneWorkbook: 'chỉ một tệp mỗi lần',
    outputIsInput: 'tệp ghi ra phải khác tệp gốc',
    outputAmongInputs: (input: string) => `tệp phụ lục trùng với tệp đầu vào ${input}: hãy chọn tên khác`,
    notResults: (source: string) => `${source} không phải JSON kết quả`,
  },

  /** A file that cannot be read as a workbook. */
  fileRead: {
    'too-large': (limitBytes: number) => `tệp lớn hơn giới hạn ${Math.round(limitBytes / 1048576)} MB`,
    'too-many-sheets': (limit: number) => `tệp có hơn ${limit} trang tính`,
    'too-many-cells': (limit: number) => `tệp có hơn ${limit} ô dữ liệu`,
    'text-too-long': (limit: number) => `một ô có hơn ${limit} ký tự`,
    'not-a-workbook': () => 'không phải tệp Excel .xlsx',
    'old-or-encrypted': () => 'tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu: hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu thành .xlsx',
    unreadable: () => 'không đọc được tệp',
    'not-a-file': () => 'không phải một tệp thường (thiết bị, ống dẫn hay thư mục)',
  },

  /** What the Excel adapter says when the workbook refuses. */
  excel: {
    annexesNotWritten: 'Không ghi được các phụ lục; bảng tính được giữ nguyên.',
    annexesNotSwapped: 'Không thay được các phụ lục cũ; hãy chạy lại.',
    formsNotWritten: 'Không tạo được các phiếu; bảng tính được giữ nguyên.',
    rowTooLarge: (sheet: string) => `Một dòng của trang «${sheet}» lớn hơn mức Excel gửi được một lần.`,
  },
};

export type Words = typeof vi;

const en: Words = {
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  help: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    commands: 'Commands:',
    helpOption: 'display help',
    helpCommand: 'display help for a command',
    program: 'Assessment and ranking of IT application: reads summary tables and self-assessment forms, writes the annexes.',
    inputs: '.xlsx files: summary tables, self-assessment forms, rubrics',
    rubric: (presets: string) => `rubric: an .xlsx file or a built-in preset (${presets})`,
    json: 'write the results as JSON to a file, or - to print them',
    skipSheet: 'leave this sheet of the inputs out (repeatable)',
    skipHidden: 'leave hidden rows out (each is listed in the reading report)',
    lang: 'language of the messages',
    build: 'Write the ranking annexes to an .xlsx file',
    buildOutput: 'annex file to write',
    year: 'year of the assessment, printed in the title',
    title: 'title of the annexes',
    notice: 'the notice the annexes go with, printed under their title: "Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn"',
    live: 'write ratio, grade and rank as Excel formulas (recomputed when a score is corrected)',
    charts: "add a chart of each group's ratios over the grade bands",
    previous: "last year's results (annex .xlsx or --json output): add rank and ratio change columns",
    validate: 'Check the files, write no annex',
    fill: 'Fill STT, Tỷ lệ (%), Xếp loại into an existing table, written to a copy',
    fillOutput: 'copy to write (the original is not changed)',
    sort: 'also put the rows of each table in rank order',
    diff: 'Compare two sets of scores (draft and final): what changed, whose rank or grade moved',
    diffOld: 'old version (.xlsx)',
    diffNew: 'new version (.xlsx)',
    diffOutput: 'write the «Thay đổi» sheet to this .xlsx file',
    diffJson: 'write the changes as JSON',
    forms: 'Make blank self-assessment forms, one .xlsx file per agency, to send out',
    agencies: 'agency list: a .txt file («Tên cơ quan; Nhóm» a line) or an .xlsx file (columns Tên cơ quan, Nhóm)',
    formsOutput: 'folder to write the forms to',
    feedback: "Write each agency's draft appraisal result, one .xlsx file per agency, to send out for comments",
    feedbackOutput: 'folder to write the draft results to',
    deadline: 'last day for comments, printed in the files (e.g. 15/11/2021)',
    sendTo: 'where comments go, printed in the files (an office, an e-mail address)',
    replies: 'Collect the comments written in the returned draft results, by agency and criterion, into a «Tổng hợp ý kiến» sheet',
    repliesFrom: 'the draft results the agencies sent back (.xlsx files or folders)',
    repliesOutput: '.xlsx file to write the «Tổng hợp ý kiến» sheet to',
    diffReplies: 'the draft results sent back with comments (.xlsx files or folders): say which change a comment asked for',
  },
  cli: {
    inputErrorsNoAnnex: 'The inputs have errors: no annex file was written.',
    inputErrorsNothingFilled: 'The inputs have errors: nothing was filled.',
    matchedLastYear: (matched, total) => `Matched with last year: ${matched}/${total}`,
    annexesWritten: (file) => `Annexes written to ${file}`,
    liveScoresCopied: '--live: the input sheets are not in the annex file, so the scores are copied into the annexes; ratio, grade and rank are Excel formulas (they recompute when a score is corrected in the annex).',
    validated: (agencies, groups, errors, others) => `${agencies} agencies in ${groups} groups; ${errors} errors, ${others} warnings and notes.`,
    cellsFilled: (cells, file) => `${cells} cells filled in ${file}`,
    rowsSorted: (sheets) => `Rows put in rank order: ${sheets}`,
    notSorted: (where, reason) =>
      `${where}: the table holds ${reason === 'formula' ? 'a formula' : 'a merged cell'}, so its rows were not sorted; sort it in Excel (Data → Sort).`,
    rankChange: 'rank',
    gradeChange: 'grade',
    agenciesChanged: (count) => `${count} agencies changed.`,
    annex: 'Annex',
    tableHead: ['No.', 'Agency', 'Achieved', 'Standard', 'Ratio (%)', 'Grade'],
    inputErrorsNoDraft: 'The inputs have errors: no draft result was written.',
    draftsWritten: (count, folder) => `Draft results of ${count} agencies written to ${folder}`,
    inputErrorsNoSummary: 'The inputs or the replies have errors: no summary of comments was written.',
    repliesCollected: (comments, agencies, file) => `${comments} comments of ${agencies} agencies collected in ${file}`,
    askedBy: 'as asked',
  },
  usage: {
    unexpected: 'unexpected error',
    fileNotFound: 'file not found',
    noSuchSheet: 'no such sheet',
    noSuchRubric: () => 'no such preset or file',
    noRubricSheet: () => 'no rubric sheet found',
    noAgencies: () => 'no agencies listed',
    oneWorkbook: 'one workbook at a time',
    outputIsInput: 'the output must not be the input',
    outputAmongInputs: (input: string) => `the annex file is the input ${input}: choose another name`,
    notResults: () => 'not results JSON',
  },
  fileRead: {
    'too-large': () => 'the file is larger than the limit',
    'too-many-sheets': (limit) => `the workbook has more than ${limit} sheets`,
    'too-many-cells': (limit) => `the workbook has more than ${limit} cells`,
    'text-too-long': (limit) => `a cell holds more than ${limit} characters`,
    'not-a-workbook': () => 'not an .xlsx workbook',
    'old-or-encrypted': () => 'an Excel 97-2003 (.xls) or password-protected file: open it in Excel, remove the password if any, and save it as .xlsx',
    unreadable: () => 'the file cannot be read',
    'not-a-file': () => 'not a regular file (a device, a pipe or a folder)',
  },
  excel: {
    annexesNotWritten: 'The annexes could not be written; the workbook is unchanged.',
    annexesNotSwapped: 'The old annexes could not be replaced; run it again.',
    formsNotWritten: 'The forms could not be written; the workbook is unchanged.',
    rowTooLarge: (sheet) => `A row of «${sheet}» is larger than Excel can send at once.`,
  },
};

export const WORDS: Record<Language, Words> = { vi, en };

/** One line in both languages, "Vietnamese / English", for messages shown before a language is chosen. */
export function bothLanguages(line: (words: Words) => string): string {
  return `${line(vi)} / ${line(en)}`;
}
