/**
 * What the commands share: exit codes, the streams they write to, the options every input
 * command takes, and reading and assessing the input workbooks.
 */
import { Command, Option } from 'commander';
import * as fs from 'fs';
import { assess, Assessment } from '../engine/assessing/assess';
import type { Language } from '../engine/messages/language';
import { bothLanguages, Words } from '../engine/messages/words';
import { isPresetName, PRESET_NAMES, presetRubric, RULES_PRESET_NAMES, rulesPreset } from '../engine/rules/presets';
import { isRulesSheetName, readRulesSheet, RulesSheetRead } from '../engine/rules/rules-sheet';
import { resultsJson } from '../engine/output/results-json';
import { Rubric, readRubricSheet } from '../engine/rules/rubric';
import { WorkbookGrids } from '../engine/values/grid';
import { readWorkbookFile } from '../adapters/exceljs/read-file';
import { writeContentAtomically } from '../adapters/exceljs/atomic';
import { checkFilePlan, FilePlan, makeFolder, named } from './file-plan';
import { sheetNameKey } from '../engine/values/sheet-names';
import { writeLayoutFile } from '../adapters/exceljs/write';
import { LayoutSheet } from '../engine/output/layout';
import { Issue } from '../engine/messages/issues';
import { agencyFileName } from '../engine/output/file-names';
import * as path from 'path';
import { readingReportLines } from '../engine/messages/reading-report';


export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;

/** A reason the command cannot run at all: one line, exit 2. */
export class UsageError extends Error {}

/** Streams the command writes to, so tests can capture them. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What a command module needs to declare itself: where to write, the help's words, where its exit code goes. */
export interface CommandContext {
  io: Io;
  help: Words['help'];
  exit: (code: number) => void;
}

export interface CommonOptions {
  rubric?: string;
  /** A rules preset, or a workbook with a "Quy định" sheet. */
  rules?: string;
  json?: string;
  lang: Language;
  /** Sheets to leave out of every input (a kept copy of an old annex, say). */
  skipSheet?: string[];
  /** Leave hidden rows out instead of reading them with a warning. */
  skipHidden?: boolean;
  /** The evidence checks of forms (a score without evidence, …) are errors, not warnings. */
  requireEvidence?: boolean;
}

export function rubricOption(help: Words['help']): [string, string] {
  return ['--rubric <file|preset>', help.rubric(PRESET_NAMES.join(', '))];
}

export function langOption(help: Words['help']): Option {
  return new Option('--lang <lang>', help.lang).choices(['vi', 'en']).default('vi');
}

/** An option that may be given several times: its values in order. */
export const repeatable = (value: string, list: string[] = []): string[] => [...list, value];

/** What `-o, --output` gives the commands that cannot run without it. */
export interface OutputOptions {
  output: string;
}

/** `-o, --output`: the file or folder a command writes, without which it does not run. */
export function requiredOutput(description: string, placeholder: '<file>' | '<folder>'): Option {
  return new Option(`-o, --output ${placeholder}`, description).makeOptionMandatory();
}

export interface YearOptions {
  year?: string;
}

/** `--year`: the assessment year, printed in titles. */
export function yearOption(help: Words['help']): Option {
  return new Option('--year <year>', help.year);
}

/** The inputs and options of every command that reads and assesses workbooks (build, validate, fill, …). */
export function withInputOptions(command: Command, help: Words['help']): Command {
  return command
    .argument('<inputs...>', help.inputs)
    .option(...rubricOption(help))
    .option('--rules <file|preset>', help.rules(RULES_PRESET_NAMES.join(', ')))
    .option('--json <file|->', help.json)
    .option('--skip-sheet <name>', help.skipSheet, repeatable)
    .option('--skip-hidden', help.skipHidden)
    .option('--require-evidence', help.requireEvidence)
    .addOption(langOption(help));
}

/** A command of the inputs: its name and description, the inputs' options, then its own options. */
export function inputCommand(program: Command, help: Words['help'], name: string, description: string, ...own: Option[]): Command {
  const command = withInputOptions(program.command(name).description(description), help);
  for (const option of own) command.addOption(option);
  return command;
}

/** Where the report goes: stderr when the JSON takes stdout. */
export function reportStream(options: { json?: string }, io: Io): (text: string) => void {
  return options.json === '-' ? io.stderr : io.stdout;
}

export function fileMustExist(file: string, option = ''): void {
  if (!fs.existsSync(file)) throw new UsageError(`${option}${bothLanguages((w) => w.usage.fileNotFound)}: ${file}`);
}

export async function run(inputs: string[], options: CommonOptions, io: Io): Promise<Assessment> {
  return (await readAndAssess(inputs, options, io)).assessment;
}

export async function readAndAssess(inputs: string[], options: CommonOptions, io: Io): Promise<{ assessment: Assessment; workbooks: WorkbookGrids[] }> {
  const rubric = options.rubric ? await loadRubric(options.rubric) : undefined;
  const rules = options.rules ? await loadRules(options.rules) : undefined;
  const workbooks: WorkbookGrids[] = [];
  for (const [index, input] of inputs.entries()) {
    fileMustExist(input);
    if (inputs.length > 3) io.stderr(`[${index + 1}/${inputs.length}] ${input}\n`);
    workbooks.push(await readWorkbookFile(input));
  }
  const skipSheets = options.skipSheet ?? [];
  const present = new Set(workbooks.flatMap((w) => w.sheets.map((g) => sheetNameKey(g.sheet))));
  const missing = skipSheets.filter((name) => !present.has(sheetNameKey(name)));
  if (missing.length > 0) throw new UsageError(`--skip-sheet: ${bothLanguages((w) => w.usage.noSuchSheet)}: ${missing.join(', ')}`);
  const evidenceSeverity = options.requireEvidence ? 'error' : 'warning';
  const assessment = assess(workbooks, { rubric, rules: rules?.rules, skipSheets, skipHidden: options.skipHidden, evidenceSeverity });
  // The rules file's own problems come first, at their cells, and count like any other.
  if (rules) assessment.issues = [...rules.issues, ...assessment.issues];
  return { assessment, workbooks };
}

/** A rules preset by name, or the "Quy định" sheet of a workbook, with that sheet's problems. */
export async function loadRules(source: string): Promise<RulesSheetRead> {
  const preset = rulesPreset(source);
  if (preset) return { rules: preset.rules, issues: [] };
  if (!fs.existsSync(source)) {
    throw new UsageError(`--rules: ${bothLanguages((w) => w.usage.noSuchRubric(source))} (presets: ${RULES_PRESET_NAMES.join(', ')})`);
  }
  const workbook = await readWorkbookFile(source);
  const grid = workbook.sheets.find((g) => isRulesSheetName(g.sheet));
  if (!grid) throw new UsageError(`--rules: ${bothLanguages((w) => w.usage.noRulesSheet(source))}`);
  return readRulesSheet(grid, workbook.file);
}

export async function loadRubric(source: string): Promise<Rubric> {
  if (isPresetName(source)) return presetRubric(source);
  if (!fs.existsSync(source)) {
    throw new UsageError(`--rubric: ${bothLanguages((w) => w.usage.noSuchRubric(source))} (presets: ${PRESET_NAMES.join(', ')})`);
  }
  const workbook = await readWorkbookFile(source);
  for (const grid of workbook.sheets) {
    const read = readRubricSheet(grid, workbook.file);
    if (read) return read.rubric;
  }
  throw new UsageError(`--rubric: ${bothLanguages((w) => w.usage.noRubricSheet(source))}`);
}

/** JSON to a file, or to stdout for "-"; nothing without a target. */
export async function writeJsonTo(target: string | undefined, value: unknown, io: Io): Promise<void> {
  if (!target) return;
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (target === '-') io.stdout(text);
  else await writeContentAtomically(target, text);
}

export async function writeResultsJson(assessment: Assessment, target: string | undefined, io: Io): Promise<void> {
  if (target) await writeJsonTo(target, resultsJson(assessment), io);
}

/** The reading report: what every sheet of the inputs was read as, table by table. */
export function printReadingReport(assessment: Assessment, language: Language, write: (text: string) => void): void {
  if (assessment.sheets) write(`${readingReportLines(assessment.sheets, language).join('\n')}\n`);
}

export function agencyCount(assessment: Assessment): number {
  return assessment.groups.reduce((n, g) => n + g.agencies.length, 0);
}


/**
 * Writes one .xlsx file per agency into `folder` (made if missing), named after the agency, and
 * prints each path; an agency whose sheet could not be laid out gives its issue instead. Every
 * name is checked against the files the command reads (and its other outputs) before the first
 * file is written.
 */
export async function writeAgencyFiles(
  folder: string,
  items: { name: string; sheet: LayoutSheet | Issue }[],
  print: (text: string) => void,
  others: FilePlan,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const used = new Set<string>();
  const planned: { file: string; sheet: LayoutSheet }[] = [];
  for (const { name, sheet } of items) {
    if ('code' in sheet) issues.push(sheet);
    else planned.push({ file: path.join(folder, agencyFileName(name, used)), sheet });
  }
  makeFolder(folder, '-o');
  checkFilePlan({ reads: others.reads, writes: [...others.writes, ...named('-o', ...planned.map((p) => p.file))] });
  for (const { file, sheet } of planned) {
    await writeLayoutFile({ sheets: [sheet] }, file);
    print(`${file}\n`);
  }
  return issues;
}
