/**
 * A "Quy định" sheet pre-filled with the rules in force (formats.md §6), for an office to edit:
 * the cells as plain data, which the Excel adapter writes in one batch. Reading the sheet back
 * (rules/rules-sheet.ts) gives the same rules.
 */
import { CellValue } from '../values/grid';
import { valueHint } from '../rules/rules-sheet';
import { BASIS_WORDS, bandsText, NO_GRADES_WORD, RULES_SHEET_KEYS, RulesSheetField, TIE_WORDS } from '../rules/rules-text';
import { DEFAULT_RATIO_DECIMALS, Rules } from '../rules/rules';
import { describeRulesSource } from '../rules/presets';
import { WORDS } from '../messages/words';

/** The name the pane gives the sheet it writes. */
export const RULES_SHEET_NAME = 'Quy định';

/** The header row's index: below a title, the line saying where the rules came from, and a blank. */
export const RULES_SHEET_HEADER_ROW = 3;

/** Widths of Quy định | Giá trị | Cách ghi, in characters. */
export const RULES_SHEET_COLUMN_WIDTHS = [18, 60, 60];

/** Each key's value as the sheet writes it; undefined leaves the row out (a rule no word says). */
function values(rules: Rules): Record<RulesSheetField, CellValue | undefined> {
  const indexed = rules.rankBasis === 'index' || rules.grades?.basis === 'index';
  return {
    grades: rules.grades ? bandsText(rules.grades) : NO_GRADES_WORD,
    gradeBasis: rules.grades ? BASIS_WORDS[rules.grades.basis ?? 'ratio'] : undefined,
    rankBasis: BASIS_WORDS[rules.rankBasis],
    // An index is kept as written where the rules give no places: no number says that.
    decimals: rules.decimals ?? (indexed ? undefined : DEFAULT_RATIO_DECIMALS),
    ties: TIE_WORDS[rules.ties],
    // Blank where there are none: the office fills them in.
    unranked: rules.unranked.join('; '),
    groupOrder: rules.groupOrder.join('; '),
  };
}

/**
 * The sheet's rows: a title, where the rules came from, a blank row, then the header
 * Quy định | Giá trị | Cách ghi and one rule a row. Every cell is text but the places.
 */
export function rulesSheetRows(rules: Rules): CellValue[][] {
  const words = WORDS.vi.rules;
  const rows: CellValue[][] = [
    [words.sheetTitle, '', ''],
    [words.sheetFrom(describeRulesSource(rules.source, 'vi')), '', ''],
    ['', '', ''],
    ['Quy định', 'Giá trị', words.sheetHint],
  ];
  // rows[RULES_SHEET_HEADER_ROW] is the header.
  for (const [field, value] of Object.entries(values(rules)) as [RulesSheetField, CellValue | undefined][]) {
    if (value !== undefined) rows.push([RULES_SHEET_KEYS[field], value, valueHint(field)]);
  }
  return rows;
}
