import { assess } from '../../src/engine/assessing/assess';
import { evidenceReferences, missingCitationPart } from '../../src/engine/reading/evidence';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { Issue } from '../../src/engine/messages/issues';

const RUBRIC: Grid = {
  sheet: 'Bộ tiêu chí',
  merges: [],
  rows: [
    ['Mã', 'Tiêu chí', 'Điểm tối đa'],
    ['1', 'Máy tính', 60],
    ['2', 'Mạng', 40],
    ['3', 'Phần mềm', 100],
    ['4', 'Sự cố (điểm trừ)', -20],
  ],
};

type Row = [code: string, self: CellValue, appraised: CellValue, evidence: string, reason: string];

const form = (rows: Row[], headers = ['Tài liệu kiểm chứng', 'Lý do']): Grid => ({
  sheet: 'Phòng A',
  merges: [],
  rows: [
    ['Tên cơ quan: Phòng A'],
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', ...headers],
    ...rows.map(([code, self, appraised, evidence, reason]) => [code, `Tiêu chí ${code}`, null, self, appraised, evidence, reason]),
  ],
});

const at = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code}@${i.cell}`);

const CITED = 'Kế hoạch số 12/KH-UBND, ngày 15/3/2021';

describe('evidence and reasons in forms', () => {
  it('reads each criterion’s evidence and reason beside its self and appraised scores', () => {
    const result = assess([{ file: 'f.xlsx', sheets: [RUBRIC, form([
      ['1', 60, 50, CITED, 'Thiếu 2 máy tính'],
      ['2', 40, null, 'Ảnh chụp màn hình', ''],
      ['3', 'KAD', 80, 'Quyết định số 05/2021/QĐ-UBND ngày 2 tháng 4 năm 2021', 'Cơ quan có phần mềm'],
      ['4', 0, null, '', ''],
    ])] }]);
    expect(at(result.issues)).toEqual([]);
    const record = result.groups[0].agencies[0].record;
    expect(record.criteria!.map((c) => [c.code, c.score, c.scoredBy, c.selfScore, c.appraisedScore, c.maxScore, c.evidence, c.reason])).toEqual([
      ['1', 5000, 'appraisal', 6000, 5000, 6000, CITED, 'Thiếu 2 máy tính'],
      ['2', 4000, 'self', 4000, null, 4000, 'Ảnh chụp màn hình', ''],
      ['3', 8000, 'appraisal', 'KAD', 8000, 10000, 'Quyết định số 05/2021/QĐ-UBND ngày 2 tháng 4 năm 2021', 'Cơ quan có phần mềm'],
      ['4', 0, 'self', 0, null, -2000, '', ''],
    ]);
    expect(result.groups[0].agencies[0]).toMatchObject({ achievedScore: 17000, standardScore: 20000 });
  });

  it('warns at the cell: a score with no evidence, a changed score with no reason, a document cited without number or date', () => {
    const result = assess([{ file: 'f.xlsx', sheets: [RUBRIC, form([
      ['1', 60, 50, CITED, ''],
      ['2', 40, null, '', ''],
      ['3', 90, null, 'Công văn của UBND huyện; Báo cáo số 7/BC-VP', ''],
      ['4', 0, null, '', ''],
    ])] }]);
    expect(at(result.issues)).toEqual([
      'warning reason-missing@G3',
      'warning evidence-missing@F4',
      'warning evidence-citation-incomplete@F5',
      'warning evidence-citation-incomplete@F5',
    ]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'Điểm thẩm định của tiêu chí 1 khác điểm tự đánh giá nhưng chưa ghi lý do.',
      'Tiêu chí 2 được 40 điểm nhưng chưa ghi tài liệu kiểm chứng.',
      'Tài liệu kiểm chứng «Công văn của UBND huyện» của tiêu chí 3 chưa ghi số hiệu và ngày ban hành văn bản (ghi theo dạng «Số 12/KH-UBND, ngày 15/3/2021»).',
      'Tài liệu kiểm chứng «Báo cáo số 7/BC-VP» của tiêu chí 3 chưa ghi ngày ban hành văn bản (ghi theo dạng «Số 12/KH-UBND, ngày 15/3/2021»).',
    ]);
  });

  it('turns the warnings into errors where the rules require evidence', () => {
    const result = assess([{ file: 'f.xlsx', sheets: [RUBRIC, form([
      ['1', 60, 50, CITED, ''],
      ['2', 40, null, '', ''],
      ['3', 90, null, CITED, ''],
      ['4', 0, null, '', ''],
    ])] }], { evidenceSeverity: 'error' });
    expect(at(result.issues)).toEqual(['error reason-missing@G3', 'error evidence-missing@F4']);
  });

  it('reads the other headers: Minh chứng, Văn bản chứng minh, Ý kiến thẩm định, Ghi chú thẩm định', () => {
    for (const headers of [['Minh chứng', 'Ý kiến thẩm định'], ['Văn bản chứng minh', 'Ghi chú thẩm định'], ['Tài liệu minh chứng', 'Lý do']]) {
      const result = assess([{ file: 'f.xlsx', sheets: [RUBRIC, form([['1', 60, 50, '', 'x'], ['2', 40, 30, 'y', ''], ['3', 0, null, '', ''], ['4', 0, null, '', '']], headers)] }]);
      expect(at(result.issues)).toEqual(['warning evidence-missing@F3', 'warning reason-missing@G4']);
    }
  });

  it('checks nothing where the form has neither column', () => {
    const bare = form([['1', 60, 50, '', ''], ['2', 40, null, '', ''], ['3', 0, null, '', ''], ['4', 0, null, '', '']], []);
    expect(assess([{ file: 'f.xlsx', sheets: [RUBRIC, bare] }]).issues).toEqual([]);
  });
});

describe('document citations', () => {
  it.each([
    ['Kế hoạch số 12/KH-UBND ngày 15/3/2021', undefined],
    ['QĐ 05/2021/QĐ-UBND, ngày 01-02-2021', undefined],
    ['Công văn số 100/UBND-VP ngày 2 tháng 4 năm 2021', undefined],
    ['Ảnh chụp màn hình phần mềm', undefined],
    ['https://sonbinh.khanhson.gov.vn', undefined],
    ['Quyết định của Chủ tịch UBND', 'both'],
    ['Báo cáo ngày 15/3/2021', 'number'],
    ['Kế hoạch 12/KH-UBND', 'date'],
  ])('%s → %s', (text, missing) => {
    expect(missingCitationPart(text)).toBe(missing);
  });

  it('splits a cell into references by line and semicolon, dropping bullets', () => {
    expect(evidenceReferences('- Kế hoạch 1/KH\n+ Báo cáo 2/BC; ảnh chụp\n\n')).toEqual(['Kế hoạch 1/KH', 'Báo cáo 2/BC', 'ảnh chụp']);
  });
});
