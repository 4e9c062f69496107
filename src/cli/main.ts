/**
 * The `cntt` command line: `cntt build` and `cntt validate` (formats.md §5) on the same engine
 * as the add-in. Exit status 0: done; 1: the inputs have errors; 2: the command could not run.
 */
import { Command, CommanderError, Option } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { annexLayout } from '../engine/output/annex';
import { assess, Assessment } from '../engine/assessing/assess';
import { Language } from '../engine/rules/grading';
import { isPresetName, PRESET_NAMES, presetRubric } from '../engine/rules/presets';
import { resultsJson } from '../engine/output/results-json';
import { Rubric, readRubricSheet } from '../engine/rules/rubric';
import { sheetWidth, WorkbookGrids } from '../engine/values/grid';
import { WorkbookReadError } from '../adapters/exceljs/read';
import { readWorkbookFile } from '../adapters/exceljs/read-file';
import { OutputFileError } from '../adapters/exceljs/atomic';
import { writeLayoutFile } from '../adapters/exceljs/write';
import { printAssessment, printIssues } from './report';
import { fillPlan, sortPlans } from '../engine/output/fill';
import { matchedCount, previousFromJson, previousFromWorkbook, PreviousResults } from '../engine/output/previous';
import { changesSheet, diffAssessments } from '../engine/output/diff';
import { formatHundredths } from '../engine/values/decimal';
import { fillCopy } from '../adapters/exceljs/fill';
import { AgencyEntry, blankForm, parseAgencyList } from '../engine/output/blank-forms';
import { readSummarySheet } from '../engine/reading/summary';
import { hasErrors, Issue } from '../engine/messages/issues';

export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;

/** A reason the command cannot run at all: one line, exit 2. */
export class UsageError extends Error {}

interface CommonOptions {
  rubric?: string;
  json?: string;
  lang: Language;
  /** Sheets to leave out of every input (a kept copy of an old annex, say). */
  skipSheet?: string[];
}

interface BuildOptions extends CommonOptions {
  output?: string;
  year?: string;
  title?: string;
  live?: boolean;
  previous?: string;
  charts?: boolean;
}

/** Streams the command writes to, so tests can capture them. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('cntt')
    .description('Đánh giá, xếp hạng mức độ ứng dụng CNTT: đọc bảng tổng hợp và phiếu tự đánh giá, lập các phụ lục.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  const common = (command: Command) =>
    command
      .argument('<inputs...>', 'các tệp .xlsx: bảng tổng hợp, phiếu tự đánh giá, bộ tiêu chí')
      .option('--rubric <file|preset>', `bộ tiêu chí: tệp .xlsx hoặc mẫu có sẵn (${PRESET_NAMES.join(', ')})`)
      .option('--json <file|->', 'ghi kết quả dạng JSON vào tệp, hoặc - để in ra')
      .option('--skip-sheet <name>', 'bỏ qua trang tính này trong các tệp (dùng lại được nhiều lần)', (name: string, list: string[] = []) => [...list, name])
      .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'));

  common(program.command('build').description('Lập các phụ lục xếp hạng vào một tệp .xlsx'))
    .option('-o, --output <file>', 'tệp phụ lục cần ghi', 'phu-luc.xlsx')
    .option('--year <year>', 'năm đánh giá, in trong tiêu đề')
    .option('--title <text>', 'tiêu đề của các phụ lục')
    .option('--live', 'ghi tỷ lệ, xếp loại, thứ hạng bằng công thức Excel (tự tính lại khi sửa điểm)')
    .option('--charts', 'thêm biểu đồ tỷ lệ của từng nhóm, có các mức xếp loại')
    .option('--previous <file>', 'kết quả năm trước (tệp phụ lục .xlsx hoặc JSON của --json): thêm cột thay đổi thứ hạng và tỷ lệ')
    .action(async (inputs: string[], options: BuildOptions) => {
      exitCode = await build(inputs, options, io);
    });

  common(program.command('validate').description('Kiểm tra các tệp, không ghi phụ lục')).action(
    async (inputs: string[], options: CommonOptions) => {
      exitCode = await validate(inputs, options, io);
    },
  );

  common(program.command('fill').description('Điền STT, Tỷ lệ (%), Xếp loại vào bảng có sẵn, ghi ra một bản sao'))
    .requiredOption('-o, --output <file>', 'bản sao cần ghi (tệp gốc không bị sửa)')
    .option('--sort', 'sắp xếp các dòng của mỗi bảng theo thứ hạng / also put the rows in rank order')
    .action(async (inputs: string[], options: CommonOptions & { output: string; sort?: boolean }) => {
      exitCode = await fill(inputs, options, io);
    });

  program
    .command('diff')
    .description('So sánh hai bản điểm (dự thảo và cuối cùng): thay đổi nào, thứ hạng và xếp loại của ai thay đổi')
    .argument('<old>', 'bản cũ (.xlsx)')
    .argument('<new>', 'bản mới (.xlsx)')
    .option('--rubric <file|preset>', `bộ tiêu chí: tệp .xlsx hoặc mẫu có sẵn (${PRESET_NAMES.join(', ')})`)
    .option('-o, --output <file>', 'ghi trang «Thay đổi» vào tệp .xlsx này')
    .option('--json <file|->', 'ghi các thay đổi dạng JSON')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .action(async (before: string, after: string, options: CommonOptions & { output?: string }) => {
      exitCode = await diff(before, after, options, io);
    });

  program
    .command('forms')
    .description('Tạo phiếu tự đánh giá trống, mỗi cơ quan một tệp .xlsx, để gửi đi')
    .requiredOption('--rubric <file|preset>', `bộ tiêu chí: tệp .xlsx hoặc mẫu có sẵn (${PRESET_NAMES.join(', ')})`)
    .requiredOption('--agencies <file>', 'danh sách cơ quan: tệp .txt («Tên cơ quan; Nhóm» mỗi dòng) hoặc .xlsx (cột Tên cơ quan, Nhóm)')
    .requiredOption('-o, --output <folder>', 'thư mục ghi các phiếu')
    .option('--year <year>', 'năm đánh giá, in trong tiêu đề')
    .action(async (options: { rubric: string; agencies: string; output: string; year?: string }) => {
      exitCode = await forms(options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT_OK : EXIT_CANNOT_RUN;
    }
    if (error instanceof UsageError || error instanceof WorkbookReadError || error instanceof OutputFileError) {
      io.stderr(`cntt: ${error.message}\n`);
      return EXIT_CANNOT_RUN;
    }
    io.stderr(`cntt: lỗi không mong đợi / unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CANNOT_RUN;
  }
  return exitCode;
}

async function run(inputs: string[], options: CommonOptions, io: Io): Promise<Assessment> {
  return (await readAndAssess(inputs, options, io)).assessment;
}

async function readAndAssess(inputs: string[], options: CommonOptions, io: Io): Promise<{ assessment: Assessment; workbooks: WorkbookGrids[] }> {
  const rubric = options.rubric ? await loadRubric(options.rubric) : undefined;
  const workbooks: WorkbookGrids[] = [];
  const found = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    if (!fs.existsSync(input)) throw new UsageError(`không tìm thấy tệp / file not found: ${input}`);
    if (inputs.length > 3) io.stderr(`[${index + 1}/${inputs.length}] ${input}\n`);
    workbooks.push(withoutSkipped(await readWorkbookFile(input), options.skipSheet ?? [], found));
  }
  const missing = (options.skipSheet ?? []).filter((name) => !found.has(name));
  if (missing.length > 0) throw new UsageError(`--skip-sheet: không có trang tính / no such sheet: ${missing.join(', ')}`);
  return { assessment: assess(workbooks, { rubric }), workbooks };
}

/** The workbook without the sheets named (tab names match case-insensitively, as in Excel); adds the names met to `found`. */
function withoutSkipped(workbook: WorkbookGrids, names: string[], found: Set<string>): WorkbookGrids {
  if (names.length === 0) return workbook;
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const wanted = new Map(names.map((n) => [key(n), n]));
  const sheets = workbook.sheets.filter((g) => {
    const name = wanted.get(key(g.sheet));
    if (name !== undefined) found.add(name);
    return name === undefined;
  });
  return { ...workbook, sheets };
}

async function loadRubric(source: string): Promise<Rubric> {
  if (isPresetName(source)) return presetRubric(source);
  if (!fs.existsSync(source)) {
    throw new UsageError(`--rubric: không có mẫu hay tệp ${source} / no such preset or file (presets: ${PRESET_NAMES.join(', ')})`);
  }
  const workbook = await readWorkbookFile(source);
  for (const grid of workbook.sheets) {
    const read = readRubricSheet(grid, workbook.file);
    if (read) return read.rubric;
  }
  throw new UsageError(`--rubric: không tìm thấy bộ tiêu chí trong ${source} / no rubric sheet found`);
}

function writeJson(assessment: Assessment, target: string | undefined, io: Io): void {
  if (!target) return;
  const text = `${JSON.stringify(resultsJson(assessment), null, 2)}\n`;
  if (target === '-') io.stdout(text);
  else fs.writeFileSync(target, text);
}

async function build(inputs: string[], options: BuildOptions, io: Io): Promise<number> {
  const assessment = await run(inputs, options, io);
  const report = options.json === '-' ? io.stderr : io.stdout;
  writeJson(assessment, options.json, io);
  if (hasErrors(assessment.issues)) {
    printIssues(assessment.issues, options.lang, io.stderr);
    io.stderr(options.lang === 'en' ? 'The inputs have errors: no annex file was written.\n' : 'Dữ liệu có lỗi: chưa ghi tệp phụ lục.\n');
    return EXIT_INPUT_ERRORS;
  }
  const output = options.output ?? 'phu-luc.xlsx';
  const previous = options.previous ? await loadPrevious(options.previous) : undefined;
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  await writeLayoutFile(annexLayout(assessment, { year: options.year, title: options.title, live: options.live, previous, charts: options.charts }), output);
  if (previous) report(`${options.lang === 'en' ? 'Matched with last year' : 'Khớp với năm trước'}: ${matchedCount(assessment, previous)}/${assessment.groups.reduce((n, g) => n + g.agencies.length, 0)}\n`);
  printAssessment(assessment, options.lang, report);
  printIssues(assessment.issues, options.lang, io.stderr);
  report(options.lang === 'en' ? `Annexes written to ${output}\n` : `Đã ghi các phụ lục vào ${output}\n`);
  return EXIT_OK;
}

async function validate(inputs: string[], options: CommonOptions, io: Io): Promise<number> {
  const assessment = await run(inputs, options, io);
  writeJson(assessment, options.json, io);
  printIssues(assessment.issues, options.lang, io.stderr);
  const errors = assessment.issues.filter((i) => i.severity === 'error').length;
  const agencies = assessment.groups.reduce((n, g) => n + g.agencies.length, 0);
  const report = options.json === '-' ? io.stderr : io.stdout;
  report(
    options.lang === 'en'
      ? `${agencies} agencies in ${assessment.groups.length} groups; ${errors} errors, ${assessment.issues.length - errors} warnings and notes.\n`
      : `${agencies} cơ quan trong ${assessment.groups.length} nhóm; ${errors} lỗi, ${assessment.issues.length - errors} cảnh báo và lưu ý.\n`,
  );
  return errors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
}

async function readAgencies(source: string): Promise<AgencyEntry[]> {
  if (!fs.existsSync(source)) throw new UsageError(`--agencies: không tìm thấy tệp / file not found: ${source}`);
  if (!/\.xlsx$/i.test(source)) return parseAgencyList(fs.readFileSync(source, 'utf8'));
  const workbook = await readWorkbookFile(source);
  return workbook.sheets.flatMap((grid) => readSummarySheet(grid, { file: workbook.file }).records.map((r) => ({ name: r.name, group: r.group })));
}

/** A file name from an agency's name: the characters file systems refuse replaced. */
function fileNameFor(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+/, '').slice(0, 120) || 'phieu'}.xlsx`;
}

async function forms(options: { rubric: string; agencies: string; output: string; year?: string }, io: Io): Promise<number> {
  const rubric = await loadRubric(options.rubric);
  const agencies = await readAgencies(options.agencies);
  if (agencies.length === 0) throw new UsageError(`--agencies: không có cơ quan nào trong ${options.agencies} / no agencies listed`);
  fs.mkdirSync(options.output, { recursive: true });
  const issues: Issue[] = [];
  const used = new Set<string>();
  for (const agency of agencies) {
    const form = blankForm(rubric, agency, { year: options.year, sheet: 'Phiếu tự đánh giá' });
    if ('code' in form) {
      issues.push(form);
      continue;
    }
    let file = fileNameFor(agency.name);
    for (let i = 2; used.has(file.toLowerCase()); i++) file = fileNameFor(`${agency.name} (${i})`);
    used.add(file.toLowerCase());
    await writeLayoutFile({ sheets: [form] }, path.join(options.output, file));
    io.stdout(`${path.join(options.output, file)}\n`);
  }
  printIssues(issues, 'vi', io.stderr);
  return hasErrors(issues) ? EXIT_INPUT_ERRORS : EXIT_OK;
}

async function fill(inputs: string[], options: CommonOptions & { output: string; sort?: boolean }, io: Io): Promise<number> {
  if (inputs.length !== 1) throw new UsageError('fill: chỉ một tệp mỗi lần / one workbook at a time');
  const [input] = inputs;
  if (path.resolve(input) === path.resolve(options.output)) throw new UsageError('fill: tệp ghi ra phải khác tệp gốc / the output must not be the input');
  const { assessment, workbooks } = await readAndAssess(inputs, options, io);
  writeJson(assessment, options.json, io);
  if (hasErrors(assessment.issues)) {
    printIssues(assessment.issues, options.lang, io.stderr);
    io.stderr(options.lang === 'en' ? 'The inputs have errors: nothing was filled.\n' : 'Dữ liệu có lỗi: chưa điền gì.\n');
    return EXIT_INPUT_ERRORS;
  }
  const changes = fillPlan(assessment);
  const plans = options.sort ? sortPlans(assessment, (sheet) => sheetWidth(workbooks.flatMap((w) => w.sheets), sheet)) : [];
  const { sorted, unsorted } = await fillCopy(input, options.output, changes, plans);
  const en = options.lang === 'en';
  const report = options.json === '-' ? io.stderr : io.stdout;
  report(en ? `${changes.length} cells filled in ${options.output}\n` : `Đã điền ${changes.length} ô vào ${options.output}\n`);
  if (sorted.length > 0) report(en ? `Rows put in rank order: ${sorted.join(', ')}\n` : `Đã sắp xếp theo thứ hạng: ${sorted.join(', ')}\n`);
  for (const { sheet, cell, reason } of unsorted) {
    const what = en ? (reason === 'formula' ? 'a formula' : 'a merged cell') : reason === 'formula' ? 'công thức' : 'ô gộp';
    io.stderr(en ? `${sheet}!${cell}: the table holds ${what}, so its rows were not sorted; sort it in Excel (Data → Sort).\n` : `${sheet}!${cell}: bảng có ${what} nên chưa sắp xếp; hãy sắp xếp trong Excel (Dữ liệu → Sắp xếp).\n`);
  }
  return EXIT_OK;
}

async function diff(before: string, after: string, options: CommonOptions & { output?: string }, io: Io): Promise<number> {
  const [old, now] = [await run([before], options, io), await run([after], options, io)];
  const issues = [...old.issues, ...now.issues];
  if (hasErrors(issues)) {
    printIssues(issues, options.lang, io.stderr);
    return EXIT_INPUT_ERRORS;
  }
  const changes = diffAssessments(old, now);
  if (options.json) {
    const text = `${JSON.stringify({ changes }, null, 2)}\n`;
    if (options.json === '-') io.stdout(text);
    else fs.writeFileSync(options.json, text);
  }
  const report = options.json === '-' ? io.stderr : io.stdout;
  const points = (h: number | null) => (h === null ? '—' : formatHundredths(h, ','));
  for (const change of changes) {
    const parts = change.scores.map((s) => `${s.item} ${points(s.from)} → ${points(s.to)}`);
    if (change.rank.from !== change.rank.to) parts.push(`thứ hạng ${change.rank.from ?? '—'} → ${change.rank.to ?? '—'}`);
    if (change.grade.from !== change.grade.to) parts.push(`xếp loại ${change.grade.from ?? '—'} → ${change.grade.to ?? '—'}`);
    report(`${change.annex} ${change.agency}: ${parts.join('; ')}\n`);
  }
  report(options.lang === 'en' ? `${changes.length} agencies changed.\n` : `${changes.length} cơ quan có thay đổi.\n`);
  if (options.output) await writeLayoutFile({ sheets: [changesSheet(changes)] }, options.output);
  return EXIT_OK;
}

/** Last year's results: an annex workbook (with an optional "Tên cũ | Tên mới" sheet) or results JSON. */
async function loadPrevious(source: string): Promise<PreviousResults> {
  if (!fs.existsSync(source)) throw new UsageError(`--previous: không tìm thấy tệp / file not found: ${source}`);
  if (!/\.json$/i.test(source)) return previousFromWorkbook(await readWorkbookFile(source));
  const results = previousFromJson(fs.readFileSync(source, 'utf8'));
  if (!results) throw new UsageError(`--previous: ${source} không phải JSON kết quả / not results JSON`);
  return results;
}
