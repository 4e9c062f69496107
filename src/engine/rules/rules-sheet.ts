/**
 * The rules sheet "Quy định" (formats.md §6): two columns, Quy định | Giá trị, one rule a row.
 * Keys are matched without case, accents or spaces; a key left out keeps the default rule. Every
 * unknown key and unreadable value is an error at its cell, never a silent default.
 */
import { cellAddress, cellText, CellValue, Grid, isCellError, WorkbookGrids } from '../values/grid';
import { Issue, makeIssue } from '../messages/issues';
import { looseKey } from '../values/text';
import { MAX_DECIMALS, parseFixedText } from '../values/fixed';
import { GradeBand, GradeBasis, GradeSettings } from './grading';
import { DEFAULT_RULES, RankBasis, Rules } from './rules';
import { RULES_SHEET_KEYS, RulesSheetField, TIE_WORDS } from './rules-text';

/** Sheet names a rules sheet goes by, as looseKey gives them. */
const RULES_SHEET_NAMES = ['quy dinh', 'rules'];

export function isRulesSheetName(name: string): boolean {
  return RULES_SHEET_NAMES.includes(looseKey(name));
}

/** A key as matched: looseKey without spaces ("Xếp hạng theo" → "xephangtheo"). */
const compactKey = (text: string) => looseKey(text).replace(/ /g, '');

// "chỉ số": an index table's index (formats.md §6), for ranks and for bands in the index.
const BASES: Record<string, RankBasis> = { tyle: 'ratio', diem: 'score', chiso: 'index' };
const GRADE_BASES: Record<string, GradeBasis> = { tyle: 'ratio', diem: 'points', chiso: 'index' };
type Field = RulesSheetField;

/** Word → value, as compactKey gives the word. */
const byWord = <T extends string>(words: Record<T, string>) => Object.fromEntries(Object.entries(words).map(([value, word]) => [compactKey(word as string), value])) as Record<string, T>;

const TIES = byWord(TIE_WORDS);
const KEYS = byWord(RULES_SHEET_KEYS);
/** The keys as people write them, for the message on an unknown key. */
const KEY_NAMES = Object.values(RULES_SHEET_KEYS).join(', ');

/** What a value of each key may be, for the message on an unreadable one (vi | en). */
const EXPECTED: Record<Field, [string, string]> = {
  grades: ['các mức từ cao xuống, mỗi mức có cận dưới: «Tốt ≥ 85; Khá ≥ 70; Trung bình ≥ 50; Yếu», hoặc «không»', 'bands from best to worst, each with its lower bound: "Tốt ≥ 85; Khá ≥ 70; Trung bình ≥ 50; Yếu", or "không"'],
  gradeBasis: ['«tỷ lệ», «điểm» hoặc «chỉ số»', '"tỷ lệ" (ratio), "điểm" (points) or "chỉ số" (index)'],
  rankBasis: ['«tỷ lệ», «điểm» hoặc «chỉ số»', '"tỷ lệ" (ratio), "điểm" (score) or "chỉ số" (index)'],
  decimals: ['một số nguyên từ 0 đến 4', 'a whole number from 0 to 4'],
  ties: ['«cùng hạng», «cùng hạng liên tiếp» hoặc «theo thứ tự»', '"cùng hạng" (1, 1, 3), "cùng hạng liên tiếp" (1, 1, 2) or "theo thứ tự" (1, 2, 3)'],
  unranked: ['tên các cơ quan, cách nhau bằng dấu ;', 'agency names separated by ;'],
  groupOrder: ['tên các nhóm, cách nhau bằng dấu ;', 'group names separated by ;'],
};

/** How a key's value is written, in Vietnamese: the sheet the pane writes says it beside each value. */
export function valueHint(field: Field): string {
  return EXPECTED[field][0];
}

interface Entry {
  /** The key as written. */
  key: string;
  value: CellValue;
  cell: { file: string; sheet: string; cell: string };
}

export interface RulesSheetRead {
  rules: Rules;
  issues: Issue[];
}

/** Reads a rules sheet; its rules are the defaults changed by each row read without error. */
export function readRulesSheet(grid: Grid, file = ''): RulesSheetRead {
  const issues: Issue[] = [];
  const at = (row: number, column: number) => ({ file, sheet: grid.sheet, cell: cellAddress(row, column) });
  const header = findHeader(grid);
  if (!header) {
    issues.push(makeIssue('rules-no-header', at(0, 0)));
    return { rules: { ...DEFAULT_RULES, source: { kind: 'sheet', file, sheet: grid.sheet } }, issues };
  }
  const values: Partial<Record<Field, Entry>> = {};
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const keyText = cellText(grid.rows[r]?.[header.column] ?? null).trim();
    if (keyText === '') continue;
    const field = KEYS[compactKey(keyText)];
    if (!field) {
      issues.push(makeIssue('rules-unknown-key', at(r, header.column), { text: keyText, expected: KEY_NAMES }));
      continue;
    }
    if (values[field]) {
      issues.push(makeIssue('rules-duplicate-key', at(r, header.column), { text: keyText, first: values[field]!.cell.cell }));
      continue;
    }
    values[field] = { key: keyText, value: grid.rows[r]?.[header.column + 1] ?? null, cell: at(r, header.column + 1) };
  }
  const rules: Rules = { ...DEFAULT_RULES, source: { kind: 'sheet', file, sheet: grid.sheet } };
  for (const [field, entry] of Object.entries(values) as [Field, Entry][]) {
    const applied = applyField(rules, field, entry.value);
    if (!applied) issues.push(makeIssue('rules-bad-value', entry.cell, { text: cellText(entry.value), key: entry.key, expected: EXPECTED[field][0], expectedEn: EXPECTED[field][1] }));
    else if (field === 'rankBasis') rules.rankBasisCell = entry.cell.cell;
    else if (field === 'unranked' && rules.unranked.length > 0) rules.unrankedCell = entry.cell.cell;
    else if (field === 'groupOrder' && rules.groupOrder.length > 0) rules.groupOrderCell = entry.cell.cell;
  }
  const basis = typeof values.gradeBasis?.value === 'string' ? GRADE_BASES[compactKey(values.gradeBasis.value)] : undefined;
  if (rules.grades && basis) rules.grades = { ...rules.grades, basis };
  return { rules, issues };
}

/** The first rules sheet among the workbooks, read: the one reading the workbooks takes. */
export function findRulesSheet(workbooks: readonly WorkbookGrids[]): RulesSheetRead | undefined {
  for (const workbook of workbooks) {
    const grid = workbook.sheets.find((g) => isRulesSheetName(g.sheet));
    if (grid) return readRulesSheet(grid, workbook.file);
  }
  return undefined;
}

/** The header row: "Quy định" with "Giá trị" to its right, in the first ten rows. */
function findHeader(grid: Grid): { row: number; column: number } | undefined {
  for (let r = 0; r < Math.min(grid.rows.length, 10); r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c + 1 < row.length; c++) {
      if (compactKey(cellText(row[c])) === 'quydinh' && compactKey(cellText(row[c + 1])) === 'giatri') return { row: r, column: c };
    }
  }
  return undefined;
}

/** Sets one rule from its cell; false where the value cannot be read. */
function applyField(rules: Rules, field: Field, value: CellValue): boolean {
  const text = isCellError(value) ? '' : cellText(value).trim();
  switch (field) {
    case 'grades': {
      const grades = compactKey(text) === 'khong' ? null : parseBands(text);
      if (grades === undefined) return false;
      rules.grades = grades;
      return true;
    }
    case 'gradeBasis':
      return GRADE_BASES[compactKey(text)] !== undefined; // applied once the bands are read
    case 'rankBasis':
      return set(BASES[compactKey(text)], (v) => (rules.rankBasis = v));
    case 'ties':
      return set(TIES[compactKey(text)], (v) => (rules.ties = v));
    case 'decimals': {
      const places = typeof value === 'number' ? value : /^\d$/.test(text) ? Number(text) : NaN;
      return set(Number.isInteger(places) && places >= 0 && places <= MAX_DECIMALS ? places : undefined, (v) => (rules.decimals = v));
    }
    case 'unranked':
    case 'groupOrder': {
      // Blank: none (the sheet the pane writes leaves these blank for the office to fill).
      rules[field] = splitList(text);
      return true;
    }
  }
}

function set<T>(value: T | undefined, apply: (value: T) => void): boolean {
  if (value === undefined) return false;
  apply(value);
  return true;
}

function splitList(text: string): string[] {
  return text.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

// "Tốt ≥ 85", "Xuất sắc >= 90 (tối đa 20%)", "Khá > 70,5"; the last band a label alone.
const BAND = /^(.+?)\s*(≥|>=|=>|>)\s*([0-9]+(?:[.,][0-9]+)?)\s*(?:\(\s*(?:tối đa|toi da|max)\s*([0-9]+(?:[.,][0-9]+)?)\s*%\s*\))?$/iu;

/** Bands from best to worst with descending bounds, or undefined where they cannot be read. */
export function parseBands(text: string): GradeSettings | undefined {
  const parts = splitList(text);
  if (parts.length < 2) return undefined;
  const bands: GradeBand[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const match = last ? null : BAND.exec(part);
    if (!last && !match) return undefined;
    const label = last ? part : match![1].trim();
    const bound = match ? parseFixedText(match[3]) : { units: 0, decimals: 0 };
    if (!bound || label === '' || /[≥>]/.test(label) || bands.some((b) => b.labels.vi === label)) return undefined;
    const lowerBound = Number(bound.units) / 10 ** bound.decimals;
    if (bands.length > 0 && !last && !(lowerBound < bands[bands.length - 1].lowerBound)) return undefined;
    const quota = match?.[4] !== undefined ? Number(match[4].replace(',', '.')) : undefined;
    if (quota !== undefined && !(quota > 0 && quota <= 100)) return undefined;
    bands.push({
      key: label,
      lowerBound: last ? 0 : lowerBound,
      ...(match && match[2] === '>' && { inclusive: false }),
      ...(quota !== undefined && { quotaPercent: quota }),
      labels: { vi: label, en: label },
    });
  }
  return { bands, inclusive: true };
}
