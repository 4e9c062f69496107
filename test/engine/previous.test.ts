import { assess } from '../../src/engine/assessing/assess';
import { Grid } from '../../src/engine/values/grid';
import { previousFromWorkbook, rankChange } from '../../src/engine/output/previous';
import { nameKey } from '../../src/engine/values/text';

const summary = (sheet: string, rows: [string, number][]): Grid => ({
  sheet,
  rows: [['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'], ...rows.map(([name, score], i) => [i + 1, name, score, 1000])],
  merges: [],
});

describe('last year’s results', () => {
  const lastYear = {
    file: '2020.xlsx',
    sheets: [
      summary('Phụ lục I', [
        ['Phòng Kinh tế', 700],
        ['Phòng Hạ tầng', 900],
        ['Phòng Tài chính', 800],
        ['phòng  nội vụ', 600],
      ]),
      { sheet: 'Đổi tên', rows: [['Tên cũ', 'Tên mới'], ['Phòng Kinh tế', 'Phòng Kinh tế và Hạ tầng'], ['Phòng Hạ tầng', 'Phòng Kinh tế và Hạ tầng']], merges: [] },
    ],
  };

  // Last year: Hạ tầng 1, Tài chính 2, Kinh tế 3, Nội vụ 4; Kinh tế and Hạ tầng then merged.
  it('match this year’s agencies by normalised name, through renames and mergers (the better rank kept)', () => {
    const previous = previousFromWorkbook(lastYear);
    const thisYear = assess([{ file: '2021.xlsx', sheets: [summary('Phụ lục I', [['Phòng Kinh tế và Hạ tầng', 750], ['Phòng Nội vụ', 950], ['Phòng Tài chính', 800], ['Phòng Tư pháp', 500]])] }]);
    const changes = thisYear.groups[0].agencies.map((a) => [a.name, rankChange(a.rank, previous.get(nameKey(a.name)))]);
    expect(changes).toEqual([
      ['Phòng Nội vụ', '▲ 3'],
      ['Phòng Tài chính', '='],
      ['Phòng Kinh tế và Hạ tầng', '▼ 2'],
      ['Phòng Tư pháp', 'mới'],
    ]);
  });
});
