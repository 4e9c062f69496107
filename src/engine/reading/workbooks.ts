/**
 * Reading whole workbooks: every sheet is a rubric, a form, a summary sheet, an agency list, the
 * add-in's own annex, or nothing, and the reading report says which, table by table.
 */
import { cellAddress, cellAt, cellText, Grid, parseCellAddress, WorkbookGrids } from '../values/grid';
import { findFormHeader, FormRead, readFormSheet } from './forms';
import { EvidenceSeverity } from './evidence';
import { Issue, makeIssue } from '../messages/issues';
import { AgencyRecord } from './records';
import { readRubricSheet, Rubric } from '../rules/rubric';
import { readSummarySheet } from './summary';
import { readAgencyList } from './agency-list';
import { HEADER_SEARCH_ROWS, matchFormLabel, matchNameMappingHeader, matchSummaryHeader, OfficeHeaders } from '../rules/headers';
import { SheetReport, TableReport } from './report';
import { gridWidth } from './table';
import { isBlankOwnForm, isOwnAnnex } from './own-output';
import { isSettingsSheet } from './settings';
import { mergeOfficeHeaders, readOfficeHeaders } from './office-headers';
import { isFeedbackRoundSheet } from './round-sheets';
import { sheetNameKey } from '../values/sheet-names';
import type { Rules } from '../rules/rules';
import { isRulesSheetName, readRulesSheet } from '../rules/rules-sheet';
import { describeRulesSource } from '../rules/presets';
import { appendAll } from '../values/arrays';

export interface ReadOptions {
  /** A rubric from elsewhere (a preset, another file); else the first rubric sheet found. */
  rubric?: Rubric;
  /** Leave hidden rows out instead of reading them with a warning. */
  skipHidden?: boolean;
  /** Read the add-in's own annexes as tables: last year's results are one. */
  ownAnnexes?: boolean;
  /** Sheets to leave out, by tab name (case-insensitive, as Excel compares them): reported as skipped. */
  skipSheets?: readonly string[];
  /** Missing evidence or reasons in forms as warnings (the default) or, where the rules require them, errors. */
  evidenceSeverity?: EvidenceSeverity;
  /** Rules from elsewhere (a preset, another file); else the first "Quy định" sheet found. */
  rules?: Rules;
}

export interface WorkbooksRead {
  records: AgencyRecord[];
  issues: Issue[];
  rubric?: Rubric;
  /** The reading report: one entry per sheet of every input, in order. */
  sheets: SheetReport[];
  /** The rules given, or those of the first "Quy định" sheet. */
  rules?: Rules;
}

/** The first rubric sheet of the workbooks, if any. */
export function findRubric(workbooks: readonly WorkbookGrids[]): { rubric: Rubric; sheet: string; issues: Issue[] } | undefined {
  for (const workbook of workbooks) {
    for (const grid of workbook.sheets) {
      if (findFormHeader(grid) || isOwnAnnex(grid)) continue;
      const read = readRubricSheet(grid, workbook.file);
      if (read) return { ...read, sheet: grid.sheet };
    }
  }
  return undefined;
}

/** Reads every sheet: rubric sheets, forms and summary tables, in workbook order. */
export function readWorkbooks(workbooks: readonly WorkbookGrids[], options: ReadOptions = {}): WorkbooksRead {
  const found = findRubric(workbooks);
  const rubric = options.rubric ?? found?.rubric;
  const out: WorkbooksRead = { records: [], issues: options.rubric ? [] : [...(found?.issues ?? [])], rubric, sheets: [], rules: options.rules };
  for (const workbook of workbooks) {
    const defaultGroup = rubric && rubric.groups.length === 1 ? rubric.groups[0] : workbook.file.replace(/\.[^.]+$/, '');
    const { headers: officeHeaders, issues: conflicts } = mergeOfficeHeaders(workbook.sheets, workbook.file);
    appendAll(out.issues, conflicts);
    const reports = workbook.sheets.map((grid) => readSheet(grid, workbook.file, { ...options, rubric, defaultGroup, officeHeaders }, out));
    out.sheets.push(...reports);
    if (!reports.some((r) => r.kind !== 'nothing')) out.issues.push(makeIssue('nothing-found', { file: workbook.file }, { file: workbook.file }));
  }
  return out;
}

/** Reads one sheet into `out` and says what it was read as. */
function readSheet(grid: Grid, file: string, options: ReadOptions & { defaultGroup: string; officeHeaders?: OfficeHeaders }, out: WorkbooksRead): SheetReport {
  const report = (kind: SheetReport['kind'], tables: TableReport[] = []): SheetReport => ({ file, sheet: grid.sheet, kind, tables });
  if (options.skipSheets?.some((name) => sheetNameKey(name) === sheetNameKey(grid.sheet))) return report('skipped');
  if (!options.ownAnnexes && isOwnAnnex(grid)) {
    out.issues.push(makeIssue('own-output-skipped', { file, sheet: grid.sheet }, { sheetName: grid.sheet }));
    return report('ownAnnex');
  }
  if (isBlankOwnForm(grid)) {
    out.issues.push(makeIssue('blank-form-skipped', { file, sheet: grid.sheet }, { sheetName: grid.sheet }));
    return report('blankForm');
  }
  if (isSettingsSheet(grid)) return report('settings');
  if (isFeedbackRoundSheet(grid)) return report('feedbackRound');
  const office = readOfficeHeaders(grid, file);
  if (office) {
    out.issues.push(...office.issues);
    return report('settings', [office.table]);
  }
  if (grid.mergesUnread) out.issues.push(makeIssue('merges-not-read', { file, sheet: grid.sheet }));
  if (isRulesSheetName(grid.sheet)) {
    takeRulesSheet(grid, file, out);
    return report('rules');
  }
  const form = readFormSheet(grid, { file, rubric: options.rubric, defaultGroup: options.defaultGroup, evidenceSeverity: options.evidenceSeverity });
  if (form) {
    out.records.push(form.record);
    appendAll(out.issues, form.issues);
    return report('form', [formTable(grid, form)]);
  }
  if (readRubricSheet(grid, file)) return report('rubric');
  const summary = readSummarySheet(grid, { file, rubric: options.rubric, skipHidden: options.skipHidden, officeHeaders: options.officeHeaders });
  if (summary.tables.length > 0) {
    appendAll(out.records, summary.records);
    appendAll(out.issues, summary.issues);
    return report('summary', summary.tables);
  }
  const list = readAgencyList(grid);
  if (list) return report('agencyList', [list.table]);
  if (isNameMapping(grid)) return report('nameMapping');
  return nothingRead(grid, file, out.issues);
}


/** The rules of a "Quy định" sheet where none are in force yet; else a note that it is not used. */
function takeRulesSheet(grid: Grid, file: string, out: WorkbooksRead): void {
  if (out.rules) {
    out.issues.push(makeIssue('rules-sheet-not-used', { file, sheet: grid.sheet }, { rules: describeRulesSource(out.rules.source) }));
    return;
  }
  const read = readRulesSheet(grid, file);
  appendAll(out.issues, read.issues);
  out.rules = read.rules;
}

/** A form's one table: its header cells, the agency it names and the group it gives. */
function formTable(grid: Grid, { record, passedOver }: FormRead): TableReport {
  const header = findFormHeader(grid)!;
  const headers = [...header.columns].map(([field, c]) => ({ cell: cellAddress(header.row, c), text: cellText(cellAt(grid, header.row, c)), field }));
  const label = findLabel(grid, header.row, 'group');
  const groupSource = label ? { kind: 'label' as const, ...label } : { kind: 'default' as const };
  const right = Math.max(...header.columns.values());
  // The agency's row is its name's ("Tên cơ quan: …"), where the form has one.
  const agencyRows = [(parseCellAddress(record.cell)?.row ?? 0) + 1];
  return { range: `A${header.row + 1}:${cellAddress(grid.rows.length - 1, right)}`, group: record.group, groupSource, headers, unread: [], agencyRows, passedOver };
}

function findLabel(grid: Grid, below: number, label: 'name' | 'group'): { cell: string; text: string } | undefined {
  for (let r = 0; r < below; r++) {
    for (const [c, value] of (grid.rows[r] ?? []).entries()) {
      const text = cellText(value);
      if (matchFormLabel(text)?.label === label) return { cell: cellAddress(r, c), text };
    }
  }
  return undefined;
}

function isNameMapping(grid: Grid): boolean {
  return grid.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => row.filter((v) => matchNameMappingHeader(cellText(v))).length === 2);
}

/**
 * A sheet read as nothing. Where it holds numbers it may be a table whose headers were not
 * understood: warn, naming what was missing and the header cells seen, so the clerk can rename.
 */
function nothingRead(grid: Grid, file: string, issues: Issue[]): SheetReport {
  const report: SheetReport = { file, sheet: grid.sheet, kind: 'nothing', tables: [] };
  let numbers = 0;
  for (const row of grid.rows) for (const value of row) if (typeof value === 'number') numbers++;
  if (numbers < 3) return report;
  const width = gridWidth(grid);
  let best: string[] = [];
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const texts: string[] = [];
    for (let c = 0; c < width; c++) {
      const value = cellAt(grid, r, c);
      if (typeof value === 'string' && value.trim() !== '') texts.push(value.trim().replace(/\s+/g, ' '));
    }
    if (texts.length > best.length) best = texts;
  }
  report.headersSeen = best;
  const lacking = best.some((t) => matchSummaryHeader(t) === 'name') ? 'score' : 'name';
  issues.push(makeIssue('sheet-not-read', { file, sheet: grid.sheet }, { lacking, seen: best.map((t) => `«${t}»`).join(', ') }));
  return report;
}

