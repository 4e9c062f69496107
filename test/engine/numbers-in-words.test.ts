import { assess } from '../../src/engine/assessing/assess';
import { issueMessage } from '../../src/engine/messages/issues';
import { IssueCode, MESSAGES, renderMessage } from '../../src/engine/messages/messages';
import { formatNumber, formatPoints } from '../../src/engine/messages/numbers';
import { explainAgency, explanationLines, findAgencies } from '../../src/engine/output/explain';
import { printAssessment } from '../../src/cli/report';
import { grade } from '../../src/functions/functions';
import { Grid } from '../../src/engine/values/grid';

describe('numbers in sentences: a decimal comma in Vietnamese, a point in English', () => {
  it('writes a number with the decimal mark of the language and no thousands separator', () => {
    expect([formatNumber(91.03, 'vi'), formatNumber(91.03, 'en')]).toEqual(['91,03', '91.03']);
    expect([formatNumber(-5.5, 'vi'), formatNumber(-5.5, 'en')]).toEqual(['-5,5', '-5.5']);
    // "1.000" would read as one thousand in Vietnamese and as one in English: no separator at all.
    expect([formatNumber(1000, 'vi'), formatNumber(1000, 'en'), formatNumber(12345.5, 'vi')]).toEqual(['1000', '1000', '12345,5']);
    expect([formatNumber({ units: 9100, decimals: 2 }, 'vi'), formatNumber({ units: 633, decimals: 3 }, 'en')]).toEqual(['91,00', '0.633']);
    expect([formatPoints(83290, 'vi'), formatPoints(83290, 'en'), formatPoints(-500, 'vi')]).toEqual(['832,90', '832.90', '-5,00']);
  });

  it('puts no message of the catalogue in the other language’s writing', () => {
    const numbers = { value: 91.03, max: 1050.5, expected: { units: 9103, decimals: 2 }, first: 'B5', text: 'x', agency: 'Phòng A', criterion: '1.2' };
    for (const code of Object.keys(MESSAGES) as IssueCode[]) {
      const vi = renderMessage(code, numbers, 'vi');
      const en = renderMessage(code, numbers, 'en');
      expect({ code, vi: /91\.03|1050\.5/.test(vi), en: /91,03|1050,5/.test(en) }).toEqual({ code, vi: false, en: false });
    }
  });

  const sheet: Grid = {
    sheet: 'Tổng hợp',
    merges: [],
    rows: [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn', 'Tỷ lệ (%)'],
      [1, 'Phòng A', 832.9, 915, 91.5],
      [2, 'Phòng B', 1050.5, 1000, 105.05],
    ],
  };
  const assessment = assess([{ file: 'bang.xlsx', sheets: [sheet] }]);
  const said = (code: string) => {
    const issue = assessment.issues.find((i) => i.code === code)!;
    return [issue.message, issueMessage(issue, 'en')];
  };

  it('says the figures of a checked table in each language', () => {
    expect(said('ratio-mismatch')).toEqual(['Tỷ lệ ghi trong bảng là 91,5, tính lại được 91,03.', 'The sheet says ratio 91.5; computed, it is 91.03.']);
    expect(said('achieved-above-standard')).toEqual(['Điểm đạt được 1050,5 lớn hơn điểm chuẩn 1000.', 'Achieved score 1050.5 is above the standard score 1000.']);
  });

  it('prints the command line’s annex table and an explanation in the language asked for', () => {
    const fine = assess([{ file: 'bang.xlsx', sheets: [{ ...sheet, rows: sheet.rows.slice(0, 2).map((r) => r.slice(0, 4)) }] }]);
    const table = (language: 'vi' | 'en') => {
      let text = '';
      printAssessment(fine, language, (t) => (text += t));
      return text;
    };
    expect(table('vi')).toMatch(/Phòng A\s+832,90\s+915\s+91,03\s+Tốt/);
    expect(table('en')).toMatch(/Phòng A\s+832\.90\s+915\s+91\.03\s+Tốt/);
    const [{ group, agency }] = findAgencies(fine, 'Phòng A');
    expect(explanationLines(explainAgency(fine, group, agency), 'vi')).toContain('Tỷ lệ: 832,90 / 915,00 × 100 = 91,03 % → Tốt (từ 85 %)');
    expect(explanationLines(explainAgency(fine, group, agency), 'en')).toContain('Ratio: 832.90 / 915.00 × 100 = 91.03 % → Tốt (from 85 %)');
  });

  it('quotes a cell function’s number argument in Vietnamese writing', () => {
    let message = '';
    try {
      grade(120.5, null);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Tỷ lệ 120,5 vượt 100 %');
  });
});
