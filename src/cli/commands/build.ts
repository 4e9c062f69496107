/** `cntt build`: the annex workbook from the inputs, or the issues and exit 1 when they have errors. */
import { Command, Option } from 'commander';
import { annexLayout } from '../../engine/output/annex';
import { liveFormulaLimits } from '../../engine/output/live-formulas';
import { AgencyResult, Assessment, isIndexGroup } from '../../engine/assessing/assess';
import { hasErrors } from '../../engine/messages/issues';
import { bothLanguages, WORDS } from '../../engine/messages/words';
import { matchedCount, previousFromJson, previousFromWorkbook, PreviousResults, resultsJsonProblem } from '../../engine/output/previous';
import { readRegularFile, readWorkbookFile } from '../../adapters/exceljs/read-file';
import { DEFAULT_READ_LIMITS } from '../../adapters/exceljs/read';
import { writeLayoutFile } from '../../adapters/exceljs/write';
import { printAssessment, printIssues } from '../report';
import { checkFilePlan, named, rubricFile } from '../file-plan';
import { documentOptions, documentSettings, DocumentOptions } from '../document-options';
import { settingsSheet } from '../../engine/output/settings';
import { noticeDocument, NoticeDocument } from '../../engine/output/notice';
import { noticeDocxBytes } from '../../adapters/docx/notice';
import { writeContentAtomically } from '../../adapters/exceljs/atomic';
import { agencyCount, CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, fileMustExist, inputCommand, Io, printReadingReport, readAndAssess, reportStream, UsageError, writeResultsJson, yearOption, YearOptions } from '../common';

interface BuildOptions extends CommonOptions, DocumentOptions, YearOptions {
  output?: string;
  title?: string;
  live?: boolean;
  previous?: string;
  charts?: boolean;
  rankColumn?: boolean;
}

export function addBuildCommand(program: Command, { io, help, exit }: CommandContext): void {
  const own = [
    new Option('-o, --output <file>', help.buildOutput).default('phu-luc.xlsx'),
    yearOption(help),
    new Option('--title <text>', help.title),
    new Option('--live', help.live),
    new Option('--charts', help.charts),
    new Option('--rank-column', help.rankColumn),
    new Option('--previous <file>', help.previous),
  ];
  inputCommand(program, help, 'build', help.build, ...documentOptions(help), ...own).action(
    async (inputs: string[], options: BuildOptions) => exit(await build(inputs, options, io)),
  );
}

async function build(inputs: string[], options: BuildOptions, io: Io): Promise<number> {
  const words = WORDS[options.lang].cli;
  const output = options.output ?? 'phu-luc.xlsx';
  checkFilePlan({ reads: [...named('', ...inputs), ...rubricFile(options.rubric), ...named('--previous', options.previous)], writes: [...named('-o', output), ...named('--json', options.json), ...named('--notice-docx', options.noticeDocx)] });
  const { assessment, workbooks } = await readAndAssess(inputs, options, io);
  const report = reportStream(options, io);
  await writeResultsJson(assessment, options.json, io);
  printReadingReport(assessment, options.lang, report);
  if (hasErrors(assessment.issues)) {
    printIssues(assessment.issues, options.lang, io.stderr);
    io.stderr(`${words.inputErrorsNoAnnex}\n`);
    return EXIT_INPUT_ERRORS;
  }
  const previous = options.previous ? await loadPrevious(options.previous) : undefined;
  const annexed = options.live ? scoresCopied(assessment) : assessment;
  const settings = documentSettings(options, workbooks);
  const layout = annexLayout(annexed, { year: options.year, title: options.title, ...settings, live: options.live, previous, charts: options.charts, rankColumn: options.rankColumn });
  // The notice and signature are kept in the annex workbook too, for next year.
  if (settings.notice || settings.signature) layout.sheets.push(settingsSheet(settings));
  await writeLayoutFile(layout, output);
  if (options.noticeDocx) await writeNoticeDocx(options.noticeDocx, noticeDocument(assessment, { year: options.year, title: options.title, ...settings }));
  if (options.live) report(`${words.liveScoresCopied}\n`);
  // An index table's group ranks on its index whatever the rules' basis: its ranks stay values.
  const liveRules = assessment.groups.some(isIndexGroup) ? { ...assessment.rules, rankBasis: 'index' as const } : assessment.rules;
  if (options.live) for (const limit of liveFormulaLimits(liveRules, assessment.rules.grades)) report(`${WORDS[options.lang].rules.liveLimits[limit]}\n`);
  if (previous) report(`${words.matchedLastYear(matchedCount(assessment, previous), agencyCount(assessment))}\n`);
  printAssessment(assessment, options.lang, report);
  printIssues(assessment.issues, options.lang, io.stderr);
  report(`${words.annexesWritten(output)}\n`);
  if (options.noticeDocx) report(`${words.noticeWritten(options.noticeDocx)}\n`);
  return EXIT_OK;
}

/** The notice as a .docx, written whole or not at all. */
async function writeNoticeDocx(file: string, notice: NoticeDocument): Promise<void> {
  await writeContentAtomically(file, await noticeDocxBytes(notice));
}

/**
 * The input sheets are not in the annex file, so a live annex may not refer to them (it would
 * show #REF!): its scores are copied as values, and its ratio, grade and rank stay formulas.
 */
function scoresCopied(assessment: Assessment): Assessment {
  const unlinked = (a: AgencyResult): AgencyResult => ({ ...a, record: { ...a.record, achievedLinkable: false, standardLinkable: false } });
  return { ...assessment, groups: assessment.groups.map((g) => ({ ...g, agencies: g.agencies.map(unlinked) })) };
}

/** Last year's results: an annex workbook (with an optional "Tên cũ | Tên mới" sheet) or results JSON. */
async function loadPrevious(source: string): Promise<PreviousResults> {
  fileMustExist(source, '--previous: ');
  if (!/\.json$/i.test(source)) return previousFromWorkbook(await readWorkbookFile(source));
  // Read as a workbook is: a regular file within the size limit.
  const text = readRegularFile(source, DEFAULT_READ_LIMITS.maxFileBytes).toString('utf8');
  const results = previousFromJson(text);
  if (!results) throw new UsageError(`--previous: ${bothLanguages((w) => w.usage.notResults(source))}${fieldNamed(resultsJsonProblem(text))}`);
  return results;
}

/** ": groups[0].agencies[3].ratio" where the JSON has a wrong field; nothing where it is not JSON at all. */
function fieldNamed(problem: string | undefined): string {
  return problem ? `: ${problem}` : '';
}
