import { assess } from '../../src/engine/assessing/assess';
import { CellValue, Grid, WorkbookGrids } from '../../src/engine/values/grid';
import { Issue } from '../../src/engine/messages/issues';
import { presetRubric } from '../../src/engine/rules/presets';
import { readSummarySheet } from '../../src/engine/reading/summary';
import { readAgencyList } from '../../src/engine/reading/agency-list';
import { groupDisplayName } from '../../src/engine/rules/groups';
import { headerKey, matchSummaryHeader } from '../../src/engine/rules/headers';
import { annexLayout } from '../../src/engine/output/annex';
import { sheetReportLines } from '../../src/engine/messages/reading-report';

const grid = (sheet: string, rows: CellValue[][], extra: Partial<Grid> = {}): Grid => ({ sheet, rows, merges: [], ...extra });
const book = (file: string, ...sheets: Grid[]): WorkbookGrids => ({ file, sheets });
const codes = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
const agencies = (result: ReturnType<typeof assess>) => result.groups.map((g) => [g.name, g.agencies.map((a) => a.name)]);

describe('headers as offices write them', () => {
  it('ignores line breaks, units in brackets, extra spaces and case', () => {
    expect(matchSummaryHeader('Điểm đạt được (điểm)')).toBe('achievedScore');
    expect(matchSummaryHeader('Điểm chuẩn\n(điểm)')).toBe('standardScore');
    expect(matchSummaryHeader('  TỶ LỆ\n(%) ')).toBe('ratio');
    expect(matchSummaryHeader('Điểm tối đa (1000 điểm)')).toBe('standardScore');
    expect(headerKey('Tên   cơ quan,\nđơn vị')).toBe('ten co quan don vi');
  });

  it('knows the variants offices use for achieved, standard and name', () => {
    expect(['Điểm thực tế', 'Điểm đạt'].map((t) => matchSummaryHeader(t))).toEqual(['achievedScore', 'achievedScore']);
    expect(['Điểm tối đa', 'Điểm chuẩn tối đa', 'Tổng điểm chuẩn', 'Thang điểm'].map((t) => matchSummaryHeader(t))).toEqual(Array(4).fill('standardScore'));
    expect(['Tên đơn vị', 'Đơn vị', 'Cơ quan, đơn vị'].map((t) => matchSummaryHeader(t))).toEqual(Array(3).fill('name'));
  });

  it('reads three sheets, one per group, whose headers carry units and line breaks', () => {
    const sheet = (name: string, agency: string) =>
      grid(name, [
        ['STT', 'Tên đơn vị', 'Điểm đạt được\n(điểm)', 'Điểm chuẩn\n(điểm)', 'Tỷ lệ (%)'],
        [1, `${agency} A`, 800, 1000, 80],
        [2, `${agency} B`, '700,5', 1000, 70.05],
      ]);
    const result = assess([book('ba-nhom.xlsx', sheet('Cơ quan chuyên môn', 'Phòng'), sheet('Đơn vị sự nghiệp', 'Trung tâm'), sheet('UBND xã', 'Xã'))]);
    expect(result.issues).toEqual([]);
    expect(agencies(result)).toEqual([
      ['Cơ quan chuyên môn', ['Phòng A', 'Phòng B']],
      ['Đơn vị sự nghiệp', ['Trung tâm A', 'Trung tâm B']],
      ['UBND xã', ['Xã A', 'Xã B']],
    ]);
    const table = result.sheets![1].tables[0];
    expect(table).toMatchObject({ range: 'A1:E3', group: 'Đơn vị sự nghiệp', groupSource: { kind: 'sheet' }, agencyRows: [2, 3], passedOver: [] });
    expect(table.headers.map((h) => `${h.cell}=${h.field}`)).toEqual(['A1=ordinal', 'B1=name', 'C1=achievedScore', 'D1=standardScore', 'E1=ratio']);
  });

  it('reports two columns that could both be the standard score, and reads no row of that table', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Điểm tối đa'],
      [1, 'Sở A', 800, 1000, 1000],
    ];
    const result = assess([book('a.xlsx', grid('S', rows))]);
    expect(codes(result.issues)).toEqual(['ambiguous-header@S!E1']);
    expect(result.issues[0].message).toContain('D1, E1');
    expect(result.sheets![0].tables[0].passedOver).toEqual([{ row: 2, reason: 'ambiguous', text: '1' }]);
  });

  it('matches components under their short names through the preset, so their maxima and sum are checked', () => {
    const rows: CellValue[][] = [
      ['I. CÁC SỞ, BAN, NGÀNH'],
      ['STT', 'Tên cơ quan', 'Hạ tầng', 'Nhân lực', 'Ứng dụng', 'Chính sách', 'Cổng TTĐT', 'ATTT', 'Tổng điểm'],
      [1, 'Sở Nội vụ', 100, 150, 380, 130, 90, 70, 920],
      [2, 'Sở Tư pháp', 130, 150, 380, 130, 90, 70, 950],
      [3, 'Sở Y tế', 100, 150, 380, 130, 90, 70, 900],
    ];
    const result = assess([book('2014.xlsx', grid('KQ', rows))], { rubric: presetRubric('khanh-hoa-2014') });
    expect(codes(result.issues)).toEqual(['total-mismatch@KQ!I5', 'score-above-max@KQ!C4']);
    const headers = result.sheets![0].tables[0].headers.filter((h) => h.field === 'component').map((h) => h.component);
    expect(headers).toEqual(['Hạ tầng CNTT', 'Nhân lực CNTT', 'Sử dụng các phần mềm ứng dụng', 'Chính sách và đầu tư', 'Trang/Cổng thông tin điện tử', 'An toàn thông tin số']);
  });
});

describe('titles and groups', () => {
  const table = (names: string[]): CellValue[][] => [
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
    ...names.map((name, i) => [i + 1, name, 900 - i * 10, 1000]),
  ];

  it('gives the 2014 layout I / I.1 / II / II.1 two groups, named by the Roman titles, the sub-titles kept as captions', () => {
    const rows: CellValue[][] = [
      ['KẾT QUẢ XẾP HẠNG MỨC ĐỘ ỨNG DỤNG CNTT NĂM 2014'],
      ['I. CÁC SỞ, BAN, NGÀNH'],
      ['I.1. Xếp hạng Mức độ ứng dụng CNTT'],
      ...table(['Sở Nội vụ', 'Sở Tư pháp']),
      [],
      ['II. ỦY BAN NHÂN DÂN CẤP HUYỆN'],
      ['II.1. Xếp hạng Mức độ ứng dụng CNTT'],
      ...table(['UBND TP. Nha Trang', 'UBND huyện Khánh Sơn']),
    ];
    const result = assess([book('2014.xlsx', grid('KQ', rows))]);
    expect(result.issues).toEqual([]);
    expect(agencies(result)).toEqual([
      ['Sở, ban, ngành', ['Sở Nội vụ', 'Sở Tư pháp']],
      ['Ủy ban nhân dân cấp huyện', ['UBND TP. Nha Trang', 'UBND huyện Khánh Sơn']],
    ]);
    const [first, second] = result.sheets![0].tables;
    expect(first).toMatchObject({ range: 'A4:D6', groupSource: { kind: 'title', cell: 'A2' }, caption: { cell: 'A3', text: 'I.1. Xếp hạng Mức độ ứng dụng CNTT' } });
    expect(second).toMatchObject({ range: 'A10:D12', groupSource: { kind: 'title', cell: 'A8', text: 'II. ỦY BAN NHÂN DÂN CẤP HUYỆN' } });
  });

  it('lets sub-titles name the groups where no higher title exists', () => {
    const rows: CellValue[][] = [['1.1 Khối sở'], ...table(['Sở A']), ['1.2 Khối huyện'], ...table(['Huyện B'])];
    expect(agencies(assess([book('a.xlsx', grid('S', rows))]))).toEqual([['Khối sở', ['Sở A']], ['Khối huyện', ['Huyện B']]]);
  });

  it('keeps acronyms and proper names typed in capitals, and drops "các" only where it is no part of a name', () => {
    expect(groupDisplayName('II. UBND CẤP HUYỆN')).toBe('UBND cấp huyện');
    expect(groupDisplayName('a) CÁC SỞ, PHÒNG THUỘC TP. HỒ CHÍ MINH')).toBe('Sở, phòng thuộc TP. Hồ Chí Minh');
    expect(groupDisplayName('2. HĐND VÀ UBND CÁC QUẬN')).toBe('HĐND và UBND quận');
    expect(groupDisplayName('1. Các Sở, Phòng')).toBe('Sở, Phòng');
    expect(groupDisplayName('3. Đối với UBND các xã, thị trấn')).toBe('UBND xã, thị trấn');
    expect(groupDisplayName('Văn phòng các Ban Đảng')).toBe('Văn phòng các Ban Đảng');
  });
});

describe('rows that are not agencies', () => {
  it('passes over total and average rows, labelled or nameless, with a note each', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Phòng A', 800, 1000],
      [2, 'Phòng B', 700, 1000],
      [3, 'Phòng C', 601, 1000],
      [null, 'Tổng cộng', 2101, 3000],
      [null, 'Bình quân', 700.33, 1000],
      [null, 'Điểm trung bình', 700.3, 1000],
      [null, null, 2101, 3000],
      [null, null, 700, 1000],
    ];
    const result = assess([book('a.xlsx', grid('S', rows))]);
    expect(agencies(result)).toEqual([['S', ['Phòng A', 'Phòng B', 'Phòng C']]]);
    expect(codes(result.issues)).toEqual(['row-passed-over@S!A5', 'row-passed-over@S!A6', 'row-passed-over@S!A7', 'row-passed-over@S!A8', 'row-passed-over@S!A9']);
    expect(result.sheets![0].tables[0].passedOver.map((p) => `${p.row}:${p.reason}`)).toEqual(['5:total', '6:average', '7:average', '8:total', '9:average']);
  });

  it('still reports a nameless row whose numbers are no sum or mean', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Phòng A', 800, 1000],
      [2, 'Phòng B', 700, 1000],
      [3, null, 650, 1000],
    ];
    expect(codes(assess([book('a.xlsx', grid('S', rows))]).issues)).toEqual(['missing-name@S!B4']);
  });

  it('ends a table at the notice tail: Nơi nhận, a signature block, a dated place line', () => {
    const rows: CellValue[][] = [
      ['1. Đối với các cơ quan chuyên môn'],
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)', 'Xếp loại'],
      [1, 'Phòng A', 800, 1000, null, null],
      ['Ghi chú: Phòng X đã sáp nhập vào Phòng A.'],
      [],
      ['Nơi nhận:', 'Sở TT&TT', null, null, 'KT. CHỦ TỊCH'],
      ['- Như trên;', 'Lưu: VT', 5, null, 'PHÓ CHỦ TỊCH'],
      [null, 'Nguyễn Văn B', 12, 3],
    ];
    const result = assess([book('a.xlsx', grid('S', rows))]);
    expect(result.issues).toEqual([]);
    expect(agencies(result)).toEqual([['Cơ quan chuyên môn', ['Phòng A']]]);
    const table = result.sheets![0].tables[0];
    expect(table.range).toBe('A2:F4');
    expect(table.passedOver.map((p) => `${p.row}:${p.reason}:${p.text}`)).toEqual(['4:note:Ghi chú: Phòng X đã sáp nhập vào Phòng A.', '6:tail:Nơi nhận:']);
  });

  it('reads the whole Khánh Sơn notice without a word about its preamble, notes or tail', () => {
    // The notice's dated place line sits above the tables: it ends nothing.
    const rows: CellValue[][] = [
      ['Khánh Sơn, ngày 29 tháng 10 năm 2021'],
      ['1. Đối với các cơ quan chuyên môn'],
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      ['01', 'Thanh tra huyện', '720,00', 730],
      ['Khánh Sơn, ngày 29 tháng 10 năm 2021'],
      ['02', 'Phòng Nội vụ', '806,00', 915],
    ];
    const result = assess([book('a.xlsx', grid('S', rows))]);
    expect(agencies(result)).toEqual([['Cơ quan chuyên môn', ['Thanh tra huyện']]]);
    expect(result.sheets![0].tables[0].passedOver).toEqual([{ row: 5, reason: 'tail', text: 'Khánh Sơn, ngày 29 tháng 10 năm 2021' }]);
  });
});

describe('hidden rows and columns', () => {
  const rows: CellValue[][] = [
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Ghi chú'],
    [1, 'Phòng A', 800, 1000, null],
    [2, 'Phòng cũ (đã sáp nhập)', 700, 1000, null],
    [3, 'Phòng C', 650, 1000, null],
  ];
  const hidden = grid('S', rows, { hiddenRows: [2], hiddenColumns: [3] });

  it('reads them, with a warning at the cell of each hidden row read and each hidden column matched', () => {
    const result = assess([book('a.xlsx', hidden)]);
    expect(codes(result.issues)).toEqual(['hidden-column-read@S!D1', 'hidden-row-read@S!B3']);
    expect(agencies(result)[0][1]).toHaveLength(3);
  });

  it('leaves hidden rows out when asked, each listed in the report', () => {
    const result = assess([book('a.xlsx', hidden)], { skipHidden: true });
    expect(agencies(result)).toEqual([['S', ['Phòng A', 'Phòng C']]]);
    expect(result.sheets![0].tables[0].passedOver).toEqual([{ row: 3, reason: 'hidden', text: '2' }]);
  });
});

describe('rows passed over inside a form', () => {
  const form = grid('Phòng A', [
    ['PHIẾU TỰ ĐÁNH GIÁ'],
    ['Tên cơ quan: Phòng A'],
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
    ['1', 'Hạ tầng', 60, 55],
    [null, null, null, null],
    ['2', 'Nhân lực', 40, 30],
    [null, 'Tổng cộng', 100, 85],
    ['Tổng điểm', null, 100, 85],
    ['Ghi chú: điểm tiêu chí 2 gồm cả đào tạo', null, null, null],
    [null, null, null, null],
    [null, null, null, null],
  ]);

  it('lists total rows (by the code or by the title), blank rows inside the table and notes, each with its reason; blank rows below it are not listed', () => {
    const result = assess([book('phieu.xlsx', form)]);
    expect(result.sheets![0].kind).toBe('form');
    expect(result.sheets![0].tables[0].passedOver).toEqual([
      { row: 5, reason: 'blank', text: '' },
      { row: 7, reason: 'total', text: 'Tổng cộng' },
      { row: 8, reason: 'total', text: 'Tổng điểm' },
      { row: 9, reason: 'note', text: 'Ghi chú: điểm tiêu chí 2 gồm cả đào tạo' },
    ]);
    // A total row whose words stand in the title column is no criterion with a bad code.
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.groups[0].agencies[0]).toMatchObject({ name: 'Phòng A', achievedScore: 8500, standardScore: 10000 });
  });

  it('prints them in the reading report as for a summary table', () => {
    const { lines } = sheetReportLines(assess([book('phieu.xlsx', form)]).sheets![0], 'vi');
    expect(lines).toContain('  1 cơ quan (dòng 2)');
    expect(lines).toContain('  Bỏ qua: dòng 5 (dòng trống); dòng 7 «Tổng cộng» (dòng tổng); dòng 8 «Tổng điểm» (dòng tổng); dòng 9 «Ghi chú: điểm tiêu chí 2 gồm cả đào tạo» (ghi chú)');
  });
});

describe('what each sheet was read as', () => {
  it('leaves out its own annex, marked or by its layout, with a note', () => {
    const input = grid('Tổng hợp', [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Phòng A', 800, 1000],
    ]);
    const first = assess([book('a.xlsx', input)]);
    const annex = annexLayout(first).sheets.map((s) => grid(s.name, s.rows.map((r) => r.map((c) => c.value))));
    const again = assess([book('a.xlsx', input), book('phu-luc.xlsx', ...annex), book('marked.xlsx', { ...input, sheet: 'Bản sao', ownMark: true })]);
    expect(agencies(again)).toEqual([['Tổng hợp', ['Phòng A']]]);
    expect(again.sheets!.map((s) => `${s.file}/${s.sheet}:${s.kind}`)).toEqual(['a.xlsx/Tổng hợp:summary', 'phu-luc.xlsx/Phụ lục I:ownAnnex', 'marked.xlsx/Bản sao:ownAnnex']);
    expect(codes(again.issues)).toEqual(['own-output-skipped@Phụ lục I!undefined', 'own-output-skipped@Bản sao!undefined']);
    // A renamed copy of an annex is the office's own sheet from then on.
    expect(assess([book('b.xlsx', { ...annex[0], sheet: 'Phụ lục I (bản cũ)' })]).sheets![0].kind).toBe('summary');
  });

  it('warns of a sheet with numbers read as nothing, naming the header it lacked and the cells seen', () => {
    const rows: CellValue[][] = [
      ['Số TT', 'Cơ sở', 'Kết quả', 'Mức chuẩn'],
      [1, 'Phòng A', 800, 1000],
      [2, 'Phòng B', 700, 1000],
    ];
    const result = assess([book('a.xlsx', grid('Tổng hợp', [['STT', 'Tên cơ quan', 'Điểm'], [1, 'Phòng A', 800]]), grid('Khối huyện', rows))]);
    const warning = result.issues.find((i) => i.code === 'sheet-not-read')!;
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'Khối huyện' });
    expect(warning.message).toContain('cột tên cơ quan');
    expect(warning.message).toContain('«Số TT», «Cơ sở», «Kết quả», «Mức chuẩn»');
    expect(result.sheets![1]).toMatchObject({ kind: 'nothing', headersSeen: ['Số TT', 'Cơ sở', 'Kết quả', 'Mức chuẩn'] });
  });

  it('takes the office’s own header words from its «Cài đặt» sheet, for that workbook only', () => {
    const rows: CellValue[][] = [
      ['Số TT', 'Cơ sở', 'Kết quả', 'Mức chuẩn'],
      [1, 'Phòng A', 800, 1000],
      [2, 'Phòng B', 700, 1000],
    ];
    const settings = grid('Cài đặt', [['Tiêu đề trong bảng', 'Nghĩa'], ['Cơ sở', 'Tên cơ quan'], ['Kết quả', 'achievedScore'], ['Mức chuẩn', 'Điểm chuẩn'], ['Người chấm', 'Ai chấm']]);
    const result = assess([book('a.xlsx', settings, grid('Khối huyện', rows)), book('b.xlsx', grid('Khối xã', rows))]);
    expect(agencies(result)).toEqual([['Khối huyện', ['Phòng A', 'Phòng B']]]);
    expect(codes(result.issues)).toEqual(['settings-row-unknown@Cài đặt!B5', 'sheet-not-read@Khối xã!undefined', 'nothing-found@undefined!undefined']);
    expect(result.sheets![0]).toMatchObject({ kind: 'settings', tables: [{ headers: [{ cell: 'A2', field: 'name' }, { cell: 'A3', field: 'achievedScore' }, { cell: 'A4', field: 'standardScore' }] }] });
    expect(result.sheets![1].tables[0].headers.map((h) => `${h.cell}=${h.field}`)).toEqual(['A1=ordinal', 'B1=name', 'C1=achievedScore', 'D1=standardScore']);
  });

  it('reads an agency list, Tên cơ quan | Nhóm, with or without STT', () => {
    const withOrdinal = readAgencyList(grid('DS', [['STT', 'Tên cơ quan', 'Nhóm'], [1, 'Phòng Nội vụ', 'Cơ quan chuyên môn'], [2, 'UBND xã Sơn Bình', 'UBND xã, thị trấn']]))!;
    expect(withOrdinal.entries).toEqual([{ name: 'Phòng Nội vụ', group: 'Cơ quan chuyên môn' }, { name: 'UBND xã Sơn Bình', group: 'UBND xã, thị trấn' }]);
    expect(withOrdinal.table.range).toBe('B1:C3');
    const bare = readAgencyList(grid('DS', [['Tên cơ quan', 'Nhóm'], ['Phòng Nội vụ', 'Cơ quan chuyên môn']]))!;
    expect(bare.entries).toHaveLength(1);
    expect(assess([book('ds.xlsx', grid('DS', [['Tên cơ quan', 'Nhóm'], ['Phòng Nội vụ', 'Cơ quan chuyên môn']]))]).sheets![0].kind).toBe('agencyList');
  });

  it('has a line for every sheet of every input', () => {
    const result = assess([book('a.xlsx', grid('Trống', []), grid('S', [['STT', 'Tên cơ quan', 'Điểm'], [1, 'A', 5]]))]);
    expect(result.sheets!.map((s) => s.kind)).toEqual(['nothing', 'summary']);
    expect(readSummarySheet(grid('Trống', [])).tables).toEqual([]);
  });
});
