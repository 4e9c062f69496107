import { assess, describeSheets } from '../../src/engine/assessing/assess';
import { CellValue, Grid, WorkbookGrids } from '../../src/engine/values/grid';
import { officeHeaderRows, PICKABLE_FIELDS } from '../../src/engine/output/office-headers';
import { fieldNamed } from '../../src/engine/rules/headers';

const grid = (sheet: string, rows: CellValue[][]): Grid => ({ sheet, rows, merges: [] });
const book = (...sheets: Grid[]): WorkbookGrids => ({ file: 'a.xlsx', sheets });
const agencies = (result: ReturnType<typeof assess>) => result.groups.flatMap((g) => g.agencies.map((a) => a.name));

/** A table the reader cannot read: no header it knows for the agency's name nor for its score. */
const districts: CellValue[][] = [
  ['Số TT', 'Cơ sở', 'Kết quả', 'Mức chuẩn'],
  [1, 'Xã A', 800, 1000],
  [2, 'Xã B', 700, 1000],
];

describe('the «Cài đặt» rows the pane writes from the clerk’s picks', () => {
  it('names every column offered by a header that reads back as that column', () => {
    for (const field of PICKABLE_FIELDS) {
      const [[, written]] = officeHeaderRows([{ text: 'Cột lạ', field }], false);
      expect(fieldNamed(written)).toBe(field);
    }
  });

  it('starts a new sheet with its header row, writes each header once and none the reader already understands', () => {
    const rows = officeHeaderRows(
      [
        { text: 'Cơ sở', field: 'name' },
        { text: 'Kết quả', field: 'achievedScore' },
        { text: 'Kết  quả', field: 'standardScore' },
        { text: 'Số TT', field: 'ordinal' },
        { text: '=Mức chuẩn', field: 'standardScore' },
      ],
      true,
    );
    expect(rows).toEqual([
      ['Tiêu đề trong bảng', 'Là cột'],
      ['Cơ sở', 'Tên cơ quan'],
      ['Kết quả', 'Điểm đạt được'],
      ['=Mức chuẩn', 'Điểm chuẩn'],
    ]);
    expect(officeHeaderRows([{ text: 'Số TT', field: 'ordinal' }], true)).toEqual([]);
  });

  it('makes the table that was not understood read, once written to the workbook', () => {
    expect(assess([book(grid('Khối xã', districts))]).sheets![0].kind).toBe('nothing');
    const picks = [
      { text: 'Cơ sở', field: 'name' as const },
      { text: 'Kết quả', field: 'achievedScore' as const },
      { text: 'Mức chuẩn', field: 'standardScore' as const },
    ];
    const result = assess([book(grid('Khối xã', districts), grid('Cài đặt', officeHeaderRows(picks, true)))]);
    expect(result.issues).toEqual([]);
    expect(agencies(result)).toEqual(['Xã A', 'Xã B']);
    expect(result.sheets!.map((s) => s.kind)).toEqual(['summary', 'settings']);
  });
});

describe('several «Cài đặt» sheets in one workbook', () => {
  it('merge in sheet order; a header declared again as another column keeps its first meaning, with a warning at the later row', () => {
    const office = grid('Cài đặt', [['Tiêu đề', 'Nghĩa'], ['Cơ sở', 'Tên cơ quan'], ['Kết quả', 'Điểm đạt được']]);
    const pane = grid('Tên cột', [['Tiêu đề trong bảng', 'Là cột'], ['Mức chuẩn', 'Điểm chuẩn'], ['Kết quả', 'Điểm chuẩn'], ['Cơ sở', 'Tên cơ quan']]);
    const result = assess([book(office, grid('Khối xã', districts), pane)]);
    expect(agencies(result)).toEqual(['Xã A', 'Xã B']);
    expect(result.groups[0].agencies.map((a) => [a.achievedScore, a.standardScore])).toEqual([[80000, 100000], [70000, 100000]]);
    const conflicts = result.issues.filter((i) => i.code === 'settings-row-conflict');
    expect(conflicts.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Tên cột!A3']);
    expect(conflicts[0]).toMatchObject({ severity: 'warning' });
    expect(conflicts[0].message).toBe('Tiêu đề «Kết quả» đã được khai báo ở Cài đặt!A3 là điểm đạt được; dòng này (điểm chuẩn) bị bỏ qua.');
    expect(result.sheets!.map((s) => s.kind)).toEqual(['settings', 'summary', 'settings']);
  });
});

describe('the pane’s list of sheets', () => {
  it('says what each sheet was read as, in the reading report’s kinds, with the agencies it gives as an assessment reads them', () => {
    const office = grid('Cài đặt', [['Cơ sở', 'Tên cơ quan'], ['Kết quả', 'Điểm đạt được'], ['Mức chuẩn', 'Điểm chuẩn']]);
    const list = grid('Danh sách', [['Tên cơ quan', 'Nhóm'], ['Xã A', 'UBND xã']]);
    const summary: Grid = { ...grid('Khối xã', [...districts, [3, 'Xã C (đã sáp nhập)', 600, 1000]]), hiddenRows: [3] };
    const workbook = book(office, summary, list, grid('Trống', []));
    expect(describeSheets(workbook)).toEqual([
      { sheet: 'Cài đặt', kind: 'settings', agencies: 0 },
      { sheet: 'Khối xã', kind: 'summary', agencies: 3 },
      { sheet: 'Danh sách', kind: 'agencyList', agencies: 0 },
      { sheet: 'Trống', kind: 'nothing', agencies: 0 },
    ]);
    expect(describeSheets(workbook, { skipHidden: true })[1]).toEqual({ sheet: 'Khối xã', kind: 'summary', agencies: 2 });
  });
});
