/**
 * Live annexes: the native formulas written into the annex (ROUND ratio, IF ladder, COUNTIFS
 * rank) are evaluated by HyperFormula, a spreadsheet engine, on the same inputs, and must give
 * what the engine gives, boundary cases included.
 */
import { HyperFormula } from 'hyperformula';
import { annexLayout } from '../../src/engine/output/annex';
import { assess } from '../../src/engine/assessing/assess';
import { fromHundredths } from '../../src/engine/values/decimal';
import { CellValue, Grid } from '../../src/engine/values/grid';
import { LayoutSheet } from '../../src/engine/output/layout';
import { noticeGrid } from '../fixtures/notice-grid';
import { DEFAULT_RULES, Rules } from '../../src/engine/rules/rules';
import { parseBands } from '../../src/engine/rules/rules-sheet';
import { fixedToNumber } from '../../src/engine/values/fixed';
import { liveFormulaLimits } from '../../src/engine/output/live-formulas';

type Plain = string | number | boolean | null;
const plain = (v: CellValue): Plain => (v === null || typeof v === 'object' ? null : v);

/** Evaluates the live annex sheets with HyperFormula beside the input sheets. */
function evaluate(inputs: Grid[], sheets: LayoutSheet[]) {
  const data: Record<string, Plain[][]> = {};
  for (const grid of inputs) data[grid.sheet] = grid.rows.map((row) => row.map(plain));
  // Text cells are written as text by the writers; HyperFormula takes a leading apostrophe for that.
  const text = (value: Plain) => (typeof value === 'string' && value.startsWith('=') ? `'${value}` : value);
  for (const sheet of sheets) data[sheet.name] = sheet.rows.map((row) => row.map((cell) => cell.formula ?? text(cell.value)));
  // Excel evaluates SUMPRODUCT's arguments as arrays (COUNTIF(R,R) inside it gives one count per
  // cell); HyperFormula does so with array arithmetic on.
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  return (name: string) => hf.getSheetValues(hf.getSheetId(name)!);
}

function compare(inputs: Grid[], rules?: Rules) {
  const assessment = assess([{ file: 'in.xlsx', sheets: inputs }], { rules });
  expect(assessment.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const layout = annexLayout(assessment, { live: true, linkFile: 'in.xlsx' });
  const values = evaluate(inputs, layout.sheets);
  for (const [g, group] of assessment.groups.entries()) {
    const sheet = layout.sheets[g];
    const evaluated = values(sheet.name);
    group.agencies.forEach((agency, i) => {
      const row = evaluated[sheet.headerRow + 1 + i];
      expect({ name: row[1], achieved: row[2], standard: row[3], ratio: row[4], grade: row[5], rank: row[7] ?? null }).toEqual({
        name: agency.name,
        achieved: fromHundredths(agency.achievedScore!),
        standard: fromHundredths(agency.standardScore!),
        ratio: fixedToNumber(agency.roundedRatio!),
        grade: agency.grade,
        rank: agency.rank,
      });
    });
  }
  return layout;
}

describe('live annexes evaluated as a spreadsheet would', () => {
  it('give the engine’s ratios, grades and ranks at the thresholds', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Đúng 85', 850, 1000],
      [2, 'Làm tròn lên 85', 849.95, 1000],
      [3, 'Dưới 85', 849.94, 1000],
      [4, 'Đúng 50 sau làm tròn', 499.95, 1000],
      [5, 'Rất thấp', 1.53, 680],
      [6, 'Bằng nhau A', 975, 1000],
      [7, 'Bằng nhau B', 975, 1000],
      [8, 'Bằng nhau C', 975, 1000],
      [9, 'Sau nhóm bằng nhau', 967, 1000],
      [10, '=HYPERLINK("x")', 700, 1000],
    ];
    const layout = compare([{ sheet: 'Tổng hợp', rows, merges: [] }]);
    const first = layout.sheets[0].rows[layout.sheets[0].headerRow + 1];
    expect(first[2].formula).toBe("='Tổng hợp'!C7");
    expect(first[4].formula).toMatch(/^=ROUND\(ROUND\(C6\/D6\*100,8\),2\)$/);
    expect(first[7].formula).toMatch(/^=COUNTIFS\(\$E\$6:\$E\$15,">"&E6\)\+1$/);
    // The name that looks like a formula is a value, not a formula.
    expect(layout.sheets[0].rows.flat().filter((c) => c.formula?.includes('HYPERLINK'))).toEqual([]);
  });

  it('refer to an input sheet whose name holds an apostrophe', () => {
    const rows: CellValue[][] = [
      ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
      [1, 'Phòng A', 850, 1000],
      [2, 'Phòng B', 700, 915],
    ];
    const layout = compare([{ sheet: "Kết quả 'mới'", rows, merges: [] }]);
    const first = layout.sheets[0].rows[layout.sheets[0].headerRow + 1];
    expect(first[2].formula).toBe("='Kết quả ''mới'''!C2");
  });

  it('give the published Khánh Sơn 2021 annexes, scores typed as text copied as values', () => {
    const layout = compare([noticeGrid({ numbersEvery: 2 })]);
    const cells = layout.sheets[0].rows.flat();
    expect(cells.some((c) => c.formula?.startsWith("='Thông báo'!C"))).toBe(true);
  });
});

describe('live annexes follow the rules, as a spreadsheet evaluates them', () => {
  const rows: CellValue[][] = [
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
    [1, 'A', 900, 1000],
    [2, 'B', 850, 1000],
    [3, 'C', 900, 1000],
    [4, 'D', 849.5, 1000],
    [5, 'E', 430, 500],
    [6, 'F', 429.99, 500],
    [7, 'G', 985, 1000],
  ];
  const rules = (changes: Partial<Rules>): Rules => ({ ...DEFAULT_RULES, ...changes });

  it.each([
    ['ties shared without a gap, one place', rules({ ties: 'shared-without-gap', decimals: 1 })],
    ['ties in order, ranks on the score', rules({ ties: 'in-order', rankBasis: 'score' })],
    ['no places, an exclusive bound', rules({ decimals: 0, grades: parseBands('Tốt > 85; Khá ≥ 70; Yếu')! })],
    ['bands on points', rules({ rankBasis: 'score', grades: { ...parseBands('Tốt ≥ 430; Khá ≥ 350; Trung bình')!, basis: 'points' } })],
    ['an unranked agency', rules({ unranked: ['G'], ties: 'shared-without-gap' })],
  ])('%s', (_name, r) => {
    const layout = compare([{ sheet: 'Tổng hợp', rows, merges: [] }], r);
    expect(liveFormulaLimits(r, r.grades)).toEqual([]);
    expect(layout.sheets[0].rows.flat().filter((c) => c.formula).length).toBeGreaterThan(rows.length * 2);
  });

  it('says which rules cannot be formulas: a band with a quota', () => {
    const r = rules({ grades: parseBands('Xuất sắc ≥ 90 (tối đa 20%); Tốt ≥ 70; Đạt')! });
    expect(liveFormulaLimits(r, r.grades)).toEqual(['quota']);
    // The grades keep the engine's values; ratio and rank are still formulas.
    const layout = compare([{ sheet: 'Tổng hợp', rows, merges: [] }], r);
    const first = layout.sheets[0].rows[layout.sheets[0].headerRow + 1];
    expect([first[4].formula !== undefined, first[5].formula, first[7].formula !== undefined]).toEqual([true, undefined, true]);
  });
});
