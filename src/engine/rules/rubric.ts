/**
 * The rubric (bộ tiêu chí): criteria with maxima per group, components and aliases, read from a
 * rubric sheet or taken from a built-in preset (formats.md §3).
 */
import { readScoreCell } from '../reading/cells';
import { fromHundredths, Hundredths } from '../values/decimal';
import { cellAddress, cellAt, cellText, Grid } from '../values/grid';
import { groupDisplayName, groupKey } from './groups';
import { HEADER_SEARCH_ROWS, matchFormHeader, matchRubricHeader, RubricColumn } from './headers';
import { Issue, makeIssue } from '../messages/issues';
import { gridWidth } from '../reading/table';
import { normalizeText } from '../values/text';

export interface Criterion {
  /** "1", "1.2", "1.2.3", or a Roman numeral "II" for a component. */
  code: string;
  title: string;
  /** Other names of a component in summary sheets. */
  aliases: string[];
  /** Maximum per group key; null where the criterion does not apply to that group (KAD). */
  maxByGroup: Map<string, Hundredths | null>;
  parentCode: string | null;
  childCodes: string[];
}

export interface Rubric {
  name: string;
  /** The groups with their own maxima, for display; empty when one maximum serves every group. */
  groups: string[];
  criteria: Criterion[];
}

/** Group key under which a one-column rubric keeps its maxima. */
export const ANY_GROUP = '*';

const ROMAN = /^[IVXLC]+$/;
const DOTTED = /^\d+(\.\d+)*$/;

export function criterionByCode(rubric: Rubric): Map<string, Criterion> {
  return new Map(rubric.criteria.map((c) => [c.code, c]));
}

/** Top-level criteria: the components that get their own rankings. */
export function components(rubric: Rubric): Criterion[] {
  return rubric.criteria.filter((c) => c.parentCode === null);
}

export function isLeaf(criterion: Criterion): boolean {
  return criterion.childCodes.length === 0;
}

/** The rubric's group key matching a group name, or undefined when it has no such group. */
export function rubricGroupKey(rubric: Rubric, group: string): string | undefined {
  if (rubric.groups.length === 0) return ANY_GROUP;
  const key = groupKey(group);
  return rubric.groups.map(groupKey).find((k) => k === key);
}

/** A criterion's maximum for a group key: null where it does not apply. */
export function maxFor(criterion: Criterion, key: string): Hundredths | null {
  return criterion.maxByGroup.get(key) ?? criterion.maxByGroup.get(ANY_GROUP) ?? null;
}

/** Sum of a criterion's applicable leaf maxima for a group, penalties left out. */
export function standardOf(rubric: Rubric, criterion: Criterion, key: string, byCode = criterionByCode(rubric)): Hundredths {
  if (isLeaf(criterion)) {
    const maxScore = maxFor(criterion, key);
    return maxScore !== null && maxScore > 0 ? maxScore : 0;
  }
  return criterion.childCodes.reduce((sum, code) => sum + standardOf(rubric, byCode.get(code)!, key, byCode), 0);
}

/** The standard score of a group: the sum of every applicable leaf maximum. */
export function rubricStandard(rubric: Rubric, key: string): Hundredths {
  const byCode = criterionByCode(rubric);
  return components(rubric).reduce((sum, c) => sum + standardOf(rubric, c, key, byCode), 0);
}

/** The parent of a code: "1.2.3" → "1.2"; "1" → the open Roman component, if any. */
function parentOf(code: string, openComponent: string | null): string | null {
  if (ROMAN.test(code)) return null;
  const dot = code.lastIndexOf('.');
  if (dot >= 0) return code.slice(0, dot);
  return openComponent;
}

/** A criterion code as typed: "1.2", 1.2 (a number), " II " → "1.2", "II"; undefined if none. */
export function normalizeCode(text: string): string | undefined {
  const code = normalizeText(text).replace(/\.$/, '');
  if (code === '') return undefined;
  return ROMAN.test(code.toUpperCase()) && !/\d/.test(code) ? code.toUpperCase() : code;
}

export function isCriterionCode(code: string): boolean {
  return ROMAN.test(code) || DOTTED.test(code);
}

export interface CriterionRow {
  code: string;
  title: string;
  aliases: string[];
  maxByGroup: Map<string, Hundredths | null>;
  cell: string;
}

/**
 * Links rows into a tree (parents by code) and checks it: duplicate codes, parents whose maximum
 * is not the sum of their children's. A parent row's own maximum is replaced by that sum.
 */
export function buildRubric(name: string, groups: string[], rows: CriterionRow[], where: { file?: string; sheet?: string }): { rubric: Rubric; issues: Issue[] } {
  const issues: Issue[] = [];
  const criteria: Criterion[] = [];
  const byCode = new Map<string, Criterion>();
  const statedMax = new Map<string, CriterionRow>();
  let openComponent: string | null = null;
  for (const row of rows) {
    if (byCode.has(row.code)) {
      issues.push(makeIssue('duplicate-criterion', { ...where, cell: row.cell }, { criterion: row.code }));
      continue;
    }
    const parentCode = parentOf(row.code, openComponent);
    if (ROMAN.test(row.code)) openComponent = row.code;
    const criterion: Criterion = { ...row, parentCode: parentCode && byCode.has(parentCode) ? parentCode : null, childCodes: [] };
    if (criterion.parentCode) byCode.get(criterion.parentCode)!.childCodes.push(row.code);
    byCode.set(row.code, criterion);
    criteria.push(criterion);
    statedMax.set(row.code, row);
  }
  const rubric: Rubric = { name, groups, criteria };
  const keys = groups.length === 0 ? [ANY_GROUP] : groups.map(groupKey);
  for (const criterion of criteria) {
    if (isLeaf(criterion)) continue;
    const maxByGroup = new Map<string, Hundredths | null>();
    for (const key of keys) {
      const sum = standardOf(rubric, criterion, key, byCode);
      const stated = statedMax.get(criterion.code)!.maxByGroup.get(key);
      if (stated !== undefined && stated !== null && stated !== sum) {
        issues.push(
          makeIssue('rubric-parent-mismatch', { ...where, cell: statedMax.get(criterion.code)!.cell }, {
            criterion: criterion.code,
            value: fromHundredths(stated),
            expected: fromHundredths(sum),
          }),
        );
      }
      maxByGroup.set(key, sum);
    }
    criterion.maxByGroup = maxByGroup;
  }
  return { rubric, issues };
}

/** Whether a grid looks like a rubric sheet: a header with code, title and a maximum column. */
export function findRubricHeader(grid: Grid, maxRows = HEADER_SEARCH_ROWS): { row: number; columns: Map<RubricColumn, number>; groupColumns: [string, number][] } | undefined {
  const width = gridWidth(grid);
  for (let r = 0; r < Math.min(grid.rows.length, maxRows); r++) {
    const columns = new Map<RubricColumn, number>();
    const groupColumns: [string, number][] = [];
    for (let c = 0; c < width; c++) {
      const match = matchRubricHeader(cellText(cellAt(grid, r, c)));
      if (!match) continue;
      if (match.group) groupColumns.push([groupDisplayName(match.group), c]);
      else if (!columns.has(match.column)) columns.set(match.column, c);
    }
    // A form has self-score columns; a rubric has none, only maxima.
    if (columns.has('code') && columns.has('title') && (columns.has('maxScore') || groupColumns.length > 0)) {
      const hasSelfScore = [...Array(width).keys()].some((c) => matchFormHeader(cellText(cellAt(grid, r, c))) === 'selfScore');
      if (!hasSelfScore) return { row: r, columns, groupColumns };
    }
  }
  return undefined;
}

/** Reads a rubric sheet; undefined when the grid is not one. */
export function readRubricSheet(grid: Grid, file?: string): { rubric: Rubric; issues: Issue[] } | undefined {
  const header = findRubricHeader(grid);
  if (!header) return undefined;
  const where = { file, sheet: grid.sheet };
  const issues: Issue[] = [];
  const rows: CriterionRow[] = [];
  const codeColumn = header.columns.get('code')!;
  const titleColumn = header.columns.get('title')!;
  const aliasColumn = header.columns.get('aliases');
  const maxColumns: [string, number][] =
    header.groupColumns.length > 0 ? header.groupColumns.map(([g, c]) => [groupKey(g), c]) : [[ANY_GROUP, header.columns.get('maxScore')!]];
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const codeText = cellText(cellAt(grid, r, codeColumn));
    const title = cellText(cellAt(grid, r, titleColumn));
    if (codeText === '' && title === '') continue;
    const code = normalizeCode(codeText);
    if (!code || !isCriterionCode(code)) {
      issues.push(makeIssue('invalid-criterion-code', { ...where, cell: cellAddress(r, codeColumn) }, { text: codeText }));
      continue;
    }
    const maxByGroup = new Map<string, Hundredths | null>();
    for (const [key, column] of maxColumns) {
      const cell = readScoreCell(cellAt(grid, r, column), () => ({ ...where, cell: cellAddress(r, column) }));
      if (cell.kind === 'score') maxByGroup.set(key, cell.value);
      else if (cell.kind === 'invalid') issues.push(cell.issue);
      else maxByGroup.set(key, null);
    }
    const aliases = aliasColumn === undefined ? [] : splitAliases(cellText(cellAt(grid, r, aliasColumn)));
    rows.push({ code, title, aliases, maxByGroup, cell: cellAddress(r, codeColumn) });
  }
  const built = buildRubric(grid.sheet, header.groupColumns.map(([g]) => g), rows, where);
  return { rubric: built.rubric, issues: [...issues, ...built.issues] };
}

function splitAliases(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
