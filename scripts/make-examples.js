#!/usr/bin/env node
/**
 * Writes the bundled example workbooks in examples/ (committed; run again after changing this):
 * - khanh-son-2021.xlsx: the Khánh Sơn 2021 notice typed into one sheet as an office would,
 *   three titled tables, rows not in rank order, some scores as text with decimal commas;
 * - vi-du-chi-tiet/bo-tieu-chi.xlsx and vi-du-chi-tiet/phieu-tu-danh-gia.xlsx: a small sample
 *   rubric with two groups and a few filled self-assessment forms, labelled as examples;
 * - quy-dinh/*.xlsx: "Quy định" sheets for rules other provinces publish, for `--rules` (examples,
 *   not presets: no published table of theirs is reproduced by a test);
 * - vi-du-chi-so.xlsx: an index table of made-up provinces ranked on their index.
 */
'use strict';
const ExcelJS = require('exceljs');
const { unzipSync, zipSync } = require('fflate');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const FONT = { name: 'Times New Roman', size: 13 };

function fixedDate(workbook) {
  // Fixed metadata so the files are the same on every run.
  const when = new Date(Date.UTC(2021, 9, 29));
  workbook.created = when;
  workbook.modified = when;
  workbook.creator = 'CNTT';
  workbook.lastModifiedBy = 'CNTT';
}

/**
 * Writes the workbook with fixed zip entry times too (ExcelJS stamps each entry with the time of
 * writing), so running this script again changes no byte of an unchanged example.
 */
async function writeStable(workbook, file) {
  const entries = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const mtime = new Date(Date.UTC(2021, 9, 29));
  const files = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime }];
  fs.writeFileSync(file, zipSync(files, { level: 6 }));
}

function styleAll(sheet) {
  sheet.eachRow((row) => row.eachCell((cell) => (cell.font = { ...FONT, ...(cell.font && cell.font.bold ? { bold: true } : {}) })));
}

async function khanhSon() {
  const tsv = fs.readFileSync(path.join(root, 'test', 'fixtures', 'khanh-son-2021.tsv'), 'utf8').trim().split('\n').slice(1);
  const rows = tsv.map((line) => line.split('\t'));
  const workbook = new ExcelJS.Workbook();
  fixedDate(workbook);
  const sheet = workbook.addWorksheet('Kết quả 2021');
  sheet.addRow(['ỦY BAN NHÂN DÂN HUYỆN KHÁNH SƠN']);
  sheet.addRow(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021']);
  sheet.addRow([]);
  const titles = {
    I: '1. Đối với các cơ quan chuyên môn',
    II: '2. Đối với các đơn vị sự nghiệp',
    III: '3. Đối với UBND các xã, thị trấn',
  };
  let n = 0;
  for (const annex of ['I', 'II', 'III']) {
    const title = sheet.addRow([titles[annex]]);
    title.font = { ...FONT, bold: true };
    const header = sheet.addRow(['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại', 'Ghi chú']);
    header.font = { ...FONT, bold: true };
    // Rows as they came in, not in rank order: odd rows first, then even ones.
    const members = rows.filter((r) => r[0] === annex);
    const order = [...members.filter((_, i) => i % 2 === 1), ...members.filter((_, i) => i % 2 === 0)];
    order.forEach(([, , , name, achieved, standard], i) => {
      n++;
      // Every third score is typed as text with a decimal comma, as pasted from a document.
      const score = n % 3 === 0 ? achieved.replace('.', ',') : Number(achieved);
      sheet.addRow([i + 1, name, score, Number(standard), null, null, null]);
    });
    sheet.addRow([]);
  }
  sheet.getColumn(2).width = 42;
  [1, 3, 4, 5, 6, 7].forEach((c) => (sheet.getColumn(c).width = 13));
  styleAll(sheet);
  await writeStable(workbook, path.join(root, 'examples', 'khanh-son-2021.xlsx'));
}

/** A sample rubric: four components, sub-criteria, one not applicable to communes, a penalty. */
const RUBRIC = [
  ['I', 'Hạ tầng kỹ thuật', null, null, 'Hạ tầng CNTT'],
  ['1', 'Tỷ lệ máy tính trên cán bộ', 60, 60, ''],
  ['2', 'Kết nối mạng, Internet', 40, 40, ''],
  ['II', 'Ứng dụng CNTT trong nội bộ', null, null, 'Ứng dụng CNTT'],
  ['3', 'Quản lý văn bản và điều hành', 100, 100, ''],
  ['3.1', 'Văn bản điện tử gửi nhận trên phần mềm', 60, 60, ''],
  ['3.2', 'Chữ ký số', 40, 40, ''],
  ['4', 'Hệ thống thư điện tử', 50, 50, ''],
  ['III', 'Dịch vụ công trực tuyến', null, null, 'DVC trực tuyến'],
  ['5', 'Thủ tục mức độ 3, 4', 150, 'KAD', ''],
  ['6', 'Cổng/Trang thông tin điện tử', 100, 100, 'Trang TTĐT'],
  ['IV', 'An toàn thông tin', null, null, ''],
  ['7', 'Phương án bảo đảm an toàn thông tin', 50, 50, ''],
  ['8', 'Sự cố mất an toàn thông tin (điểm trừ)', -20, -20, ''],
];

/** The document an example form cites for a criterion, numbered and dated as documents are. */
function citation(code, form) {
  const kinds = { 1: ['Báo cáo', 'BC'], 2: ['Hợp đồng', 'HĐ'], 3.1: ['Quyết định', 'QĐ'], 3.2: ['Quyết định', 'QĐ'], 4: ['Công văn', 'CV'], 5: ['Kế hoạch', 'KH'], 6: ['Quyết định', 'QĐ'], 7: ['Kế hoạch', 'KH'], 8: ['Báo cáo', 'BC'] };
  const [kind, short] = kinds[code];
  return `${kind} số ${10 + form * 7 + Math.round(Number(code) * 3)}/${short}-UBND, ngày ${5 + form}/10/2021`;
}

/** Why the example appraisal scored a criterion lower than the agency did. */
const REASONS = {
  1: 'Một số máy tính quá 5 năm sử dụng',
  2: 'Chưa có đường truyền dự phòng',
  3.1: 'Tỷ lệ văn bản điện tử thấp hơn báo cáo',
  3.2: 'Chưa ký số văn bản đi của lãnh đạo phòng',
  4: 'Một số cán bộ chưa dùng thư công vụ',
  5: 'Số hồ sơ trực tuyến thấp hơn báo cáo',
  6: 'Trang chưa cập nhật đủ thông tin bắt buộc',
  7: 'Phương án chưa được phê duyệt',
  8: 'Có sự cố chưa báo cáo',
};

async function detailed() {
  const dir = path.join(root, 'examples', 'vi-du-chi-tiet');
  fs.mkdirSync(dir, { recursive: true });
  const rubricBook = new ExcelJS.Workbook();
  fixedDate(rubricBook);
  const rubric = rubricBook.addWorksheet('Bộ tiêu chí');
  rubric.addRow(['BỘ TIÊU CHÍ ĐÁNH GIÁ (VÍ DỤ)']).font = { ...FONT, bold: true };
  rubric.addRow([]);
  rubric.addRow(['Mã', 'Tiêu chí', 'Điểm tối đa (Cơ quan chuyên môn)', 'Điểm tối đa (UBND xã, thị trấn)', 'Tên khác']).font = { ...FONT, bold: true };
  for (const [code, title, a, b, alias] of RUBRIC) rubric.addRow([code, title, a, b, alias]);
  rubric.getColumn(2).width = 44;
  [3, 4].forEach((c) => (rubric.getColumn(c).width = 18));
  styleAll(rubric);
  await writeStable(rubricBook, path.join(dir, 'bo-tieu-chi.xlsx'));

  // Self and appraised scores by criterion code; "KAD" where a criterion does not apply.
  const forms = [
    ['Phòng Nội vụ (ví dụ)', 'Cơ quan chuyên môn',
      { 1: 55, 2: 40, 3.1: 58, 3.2: 40, 4: 45, 5: 140, 6: 90, 7: 50, 8: 0 },
      { 1: 55, 2: 35, 3.1: 55, 3.2: 40, 4: 45, 5: 130, 6: 90, 7: 45, 8: 0 }],
    ['Phòng Tư pháp (ví dụ)', 'Cơ quan chuyên môn',
      { 1: 60, 2: 40, 3.1: 60, 3.2: 40, 4: 50, 5: 150, 6: 100, 7: 50, 8: 0 },
      { 1: 58, 2: 40, 3.1: 60, 3.2: 38, 4: 48, 5: 145, 6: 95, 7: 50, 8: 0 }],
    ['Văn phòng HĐND và UBND (ví dụ)', 'Cơ quan chuyên môn',
      { 1: 50, 2: '30,5', 3.1: 50, 3.2: 30, 4: 40, 5: 120, 6: 80, 7: 40, 8: -10 },
      { 1: 50, 2: '30,5', 3.1: 50, 3.2: 30, 4: 40, 5: 120, 6: 80, 7: 40, 8: -10 }],
    ['UBND xã Sơn Trung (ví dụ)', 'UBND xã, thị trấn',
      { 1: 45, 2: 30, 3.1: 50, 3.2: 30, 4: 40, 5: 'KAD', 6: 70, 7: 45, 8: 0 },
      { 1: 45, 2: 30, 3.1: 45, 3.2: 30, 4: 40, 5: 'KAD', 6: 70, 7: 40, 8: 0 }],
    ['UBND xã Sơn Bình (ví dụ)', 'UBND xã, thị trấn',
      { 1: 40, 2: 35, 3.1: 55, 3.2: 35, 4: 45, 5: 'KAD', 6: 80, 7: 40, 8: 0 },
      { 1: 40, 2: 35, 3.1: 55, 3.2: 35, 4: 45, 5: 'KAD', 6: 80, 7: 40, 8: 0 }],
  ];
  const formBook = new ExcelJS.Workbook();
  fixedDate(formBook);
  const number = (v) => (typeof v === 'string' ? Number(v.replace(',', '.')) : v);
  forms.forEach(([name, group, self, appraised], f) => {
    const sheet = formBook.addWorksheet(`Phiếu ${f + 1}`);
    sheet.addRow(['PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CNTT (VÍ DỤ)']).font = { ...FONT, bold: true };
    sheet.addRow([`Tên cơ quan: ${name}`]);
    sheet.addRow(['Nhóm:', group]);
    sheet.addRow([]);
    sheet.addRow(['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Lý do']).font = { ...FONT, bold: true };
    for (const [code, title, a, b] of RUBRIC) {
      const max = group === 'Cơ quan chuyên môn' ? a : b;
      if (/^[IV]+$/.test(code)) {
        sheet.addRow([code, title]).font = { ...FONT, bold: true };
      } else if (code === '3') {
        // A parent row holds the sum of its sub-criteria as a formula, as forms usually do.
        const r = sheet.rowCount + 1;
        sheet.addRow([code, title, max,
          { formula: `D${r + 1}+D${r + 2}`, result: number(self[3.1]) + number(self[3.2]) },
          { formula: `E${r + 1}+E${r + 2}`, result: number(appraised[3.1]) + number(appraised[3.2]) }]);
      } else {
        const changed = number(self[code]) !== number(appraised[code]);
        sheet.addRow([code, title, max, self[code], appraised[code], self[code] === 'KAD' ? '' : citation(code, f), changed ? REASONS[code] : '']);
      }
    }
    sheet.getColumn(2).width = 44;
    [3, 4, 5].forEach((c) => (sheet.getColumn(c).width = 14));
    sheet.getColumn(6).width = 36;
    sheet.getColumn(7).width = 30;
    styleAll(sheet);
  });
  await writeStable(formBook, path.join(dir, 'phieu-tu-danh-gia.xlsx'));
}

/** Rule sets without a published table to test them against: examples for `--rules`. */
const RULE_EXAMPLES = {
  // Three bands on 500 points, ranks on the score.
  'diem-500.xlsx': [
    ['Xếp loại', 'Tốt ≥ 430; Khá ≥ 350; Trung bình'],
    ['Xếp loại theo', 'điểm'],
    ['Xếp hạng theo', 'điểm'],
  ],
  // Four bands, the best capped at 20 % of each group; ties share a rank without a gap.
  'bon-muc-gioi-han-20.xlsx': [
    ['Xếp loại', 'Xuất sắc ≥ 90 (tối đa 20%); Tốt ≥ 70; Hoàn thành ≥ 50; Không hoàn thành'],
    ['Hạng bằng nhau', 'cùng hạng liên tiếp'],
  ],
};

async function ruleExamples() {
  const dir = path.join(root, 'examples', 'quy-dinh');
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, rows] of Object.entries(RULE_EXAMPLES)) {
    const workbook = new ExcelJS.Workbook();
    fixedDate(workbook);
    const sheet = workbook.addWorksheet('Quy định');
    sheet.addRow(['Quy định', 'Giá trị']).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.getColumn(1).width = 18;
    sheet.getColumn(2).width = 80;
    styleAll(sheet);
    await writeStable(workbook, path.join(dir, file));
  }
}

/**
 * An index table (formats.md §6) shaped like the ministry's national ranking of provinces, with
 * made-up provinces and indices (labelled as an example): names and an index only, some typed as
 * numbers and some as text with a decimal comma, two provinces tied at 0,633 (ranks 17, 17, 19),
 * and a "Quy định" sheet that ranks on the index without grades.
 */
async function indexTable() {
  const indices = ['0,912', 0.887, '0,871', 0.864, '0,851', '0,842', 0.833, '0,820', '0,815', '0,802', 0.799, '0,781', '0,770', 0.752, '0,741', '0,730', '0,633', 0.633, '0,630', '0,598'];
  const names = ['An Hòa', 'Bình Sơn', 'Cát Lâm', 'Đông Giang', 'Gia Phú', 'Hòa Bình Nam', 'Kim Sơn', 'Lạc Thủy', 'Minh Châu', 'Nam Hà',
    'Phú Lâm', 'Quang Trung', 'Sơn Hà', 'Tân Phú', 'Thanh Bình', 'Trung Sơn', 'Vĩnh An', 'Xuân Lộc', 'Yên Hòa', 'Đức Phổ'];
  const workbook = new ExcelJS.Workbook();
  fixedDate(workbook);
  const sheet = workbook.addWorksheet('Chỉ số 2024');
  sheet.addRow(['BẢNG XẾP HẠNG CHỈ SỐ ỨNG DỤNG CNTT CỦA CÁC TỈNH (VÍ DỤ: TÊN VÀ SỐ LIỆU ĐỀU BỊA RA)']).font = { ...FONT, bold: true };
  sheet.addRow([]);
  sheet.addRow(['I. CÁC TỈNH, THÀNH PHỐ']).font = { ...FONT, bold: true };
  sheet.addRow(['STT', 'Tỉnh, thành phố', 'Chỉ số']).font = { ...FONT, bold: true };
  // Rows as a clerk pasted them: alphabetical, not in rank order.
  names.forEach((name, i) => sheet.addRow([i + 1, `Tỉnh ${name} (ví dụ)`, indices[(i * 7) % indices.length]]));
  sheet.getColumn(2).width = 34;
  sheet.getColumn(3).width = 12;
  styleAll(sheet);
  const rules = workbook.addWorksheet('Quy định');
  rules.addRow(['Quy định', 'Giá trị']).font = { bold: true };
  rules.addRow(['Xếp hạng theo', 'chỉ số']);
  rules.addRow(['Xếp loại', 'không']);
  rules.addRow(['Hạng bằng nhau', 'cùng hạng']);
  rules.getColumn(1).width = 18;
  rules.getColumn(2).width = 30;
  styleAll(rules);
  await writeStable(workbook, path.join(root, 'examples', 'vi-du-chi-so.xlsx'));
}

(async () => {
  await khanhSon();
  await detailed();
  await ruleExamples();
  await indexTable();
  process.stdout.write('examples/ written\n');
})();
