/**
 * Blank forms the add-in made, read back from the workbook: left out with a note while nothing
 * is typed in them, read as the agency's form as soon as a score (or anything) is.
 */
import { blankForm } from '../../src/engine/output/blank-forms';
import { LayoutSheet } from '../../src/engine/output/layout';
import { readWorkbooks } from '../../src/engine/reading/workbooks';
import { describeSheets } from '../../src/engine/assessing/assess';
import { Grid } from '../../src/engine/values/grid';
import { hasTypedEntries, isBlankOwnForm } from '../../src/engine/reading/own-output';
import { layoutGrid, typeInto } from '../support/layout-grid';
import { TWO_GROUP_RUBRIC_SHEET, twoGroupRubric } from '../fixtures/two-group-rubric';

const RUBRIC = TWO_GROUP_RUBRIC_SHEET;
const rubric = twoGroupRubric();

function markedForm(name: string, group: string): Grid {
  const form = blankForm(rubric, { name, group }) as LayoutSheet;
  return { ...layoutGrid(form), ownForm: true };
}

/** The row of criterion `code` in a form grid. */
const rowOf = (grid: Grid, code: string) => grid.rows.findIndex((row) => row[0] === code);

const read = (...sheets: Grid[]) => readWorkbooks([{ file: 'Sổ làm việc', sheets: [RUBRIC, ...sheets] }]);

describe('blank forms the add-in made, read back', () => {
  it('leaves a form with nothing typed in it out, with a note and a line in the reading report', () => {
    // The commune's form comes with KAD where criterion 2 does not apply to it: that is not typed.
    const result = read(markedForm('Phòng Nội vụ', 'Cơ quan chuyên môn'), markedForm('UBND xã Sơn Bình', 'UBND xã, thị trấn'));
    expect(result.records).toEqual([]);
    expect(result.issues.map((i) => `${i.code}@${i.sheet}:${i.severity}`)).toEqual(['blank-form-skipped@Phòng Nội vụ:info', 'blank-form-skipped@UBND xã Sơn Bình:info']);
    expect(result.sheets.map((s) => s.kind)).toEqual(['rubric', 'blankForm', 'blankForm']);
    expect(describeSheets({ file: 'x', sheets: [markedForm('Phòng Nội vụ', 'Cơ quan chuyên môn')] })[0].kind).toBe('blankForm');
  });

  it('reads a form the clerk filled in as the agency’s form, a part-filled one with its blanks reported', () => {
    const filled = markedForm('Phòng Nội vụ', 'Cơ quan chuyên môn');
    typeInto(filled, rowOf(filled, '1'), 3, 55);
    typeInto(filled, rowOf(filled, '2'), 3, '30,5');
    const part = markedForm('Phòng Tư pháp', 'Cơ quan chuyên môn');
    typeInto(part, rowOf(part, '1'), 3, 40);
    const result = read(filled, part);
    expect(result.records.map((r) => [r.name, r.achievedScore])).toEqual([
      ['Phòng Nội vụ', 8550],
      ['Phòng Tư pháp', 4000],
    ]);
    expect(result.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`)).toContain(`blank-score@Phòng Tư pháp!D${rowOf(part, '2') + 1}`);
    expect(result.sheets.map((s) => s.kind)).toEqual(['rubric', 'form', 'form']);
  });

  it('counts anything typed under the header as filled in: a KAD, evidence, a note in a column of one’s own', () => {
    const cases: [number, string][] = [
      [3, 'KAD'],
      [4, 'Quyết định số 12/QĐ-UBND, ngày 15/3/2021'],
      [5, 'Chưa có'],
      [8, 'xem lại'],
    ];
    for (const [column, text] of cases) {
      const form = markedForm('Phòng Nội vụ', 'Cơ quan chuyên môn');
      expect(hasTypedEntries(form)).toBe(false);
      typeInto(form, rowOf(form, '2'), column, text);
      expect([column, hasTypedEntries(form), isBlankOwnForm(form)]).toEqual([column, true, false]);
    }
  });

  it('reads an unmarked blank form as ever (a form the clerk laid out is theirs), with its missing scores', () => {
    const form = { ...markedForm('Phòng Nội vụ', 'Cơ quan chuyên môn'), ownForm: false };
    const result = read(form);
    expect(result.sheets.map((s) => s.kind)).toEqual(['rubric', 'form']);
    expect(result.issues.filter((i) => i.code === 'blank-score')).toHaveLength(2);
  });
});
