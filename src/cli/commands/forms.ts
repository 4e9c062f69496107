/** `cntt forms`: one blank self-assessment form per agency, each its own .xlsx file. */
import { Command } from 'commander';
import * as fs from 'fs';
import { AgencyEntry, blankForm, parseAgencyList } from '../../engine/output/blank-forms';
import { hasErrors } from '../../engine/messages/issues';
import { bothLanguages } from '../../engine/messages/words';
import { readSummarySheet } from '../../engine/reading/summary';
import { readAgencyList } from '../../engine/reading/agency-list';
import { readWorkbookFile } from '../../adapters/exceljs/read-file';
import { named, rubricFile } from '../file-plan';
import { printIssues } from '../report';
import { CommandContext, EXIT_INPUT_ERRORS, EXIT_OK, fileMustExist, Io, loadRubric, OutputOptions, requiredOutput, rubricOption, UsageError, writeAgencyFiles, yearOption, YearOptions } from '../common';

interface FormsOptions extends OutputOptions, YearOptions {
  rubric: string;
  agencies: string;
}

export function addFormsCommand(program: Command, { io, help, exit }: CommandContext): void {
  program
    .command('forms')
    .description(help.forms)
    .requiredOption(...rubricOption(help))
    .requiredOption('--agencies <file>', help.agencies)
    .addOption(requiredOutput(help.formsOutput, '<folder>'))
    .addOption(yearOption(help))
    .action(async (options: FormsOptions) => exit(await forms(options, io)));
}

async function readAgencies(source: string): Promise<AgencyEntry[]> {
  fileMustExist(source, '--agencies: ');
  if (!/\.xlsx$/i.test(source)) return parseAgencyList(fs.readFileSync(source, 'utf8'));
  const workbook = await readWorkbookFile(source);
  // A list (Tên cơ quan | Nhóm, with or without STT), or a summary table whose agencies are named.
  return workbook.sheets.flatMap((grid) => readAgencyList(grid)?.entries ?? readSummarySheet(grid, { file: workbook.file }).records.map((r) => ({ name: r.name, group: r.group })));
}

async function forms(options: FormsOptions, io: Io): Promise<number> {
  const rubric = await loadRubric(options.rubric);
  const agencies = await readAgencies(options.agencies);
  if (agencies.length === 0) throw new UsageError(`--agencies: ${bothLanguages((w) => w.usage.noAgencies(options.agencies))}`);
  const forms = agencies.map((agency) => ({ name: agency.name, sheet: blankForm(rubric, agency, { year: options.year, sheet: 'Phiếu tự đánh giá' }) }));
  const issues = await writeAgencyFiles(options.output, forms, io.stdout, { reads: [...rubricFile(options.rubric), ...named('--agencies', options.agencies)], writes: [] });
  printIssues(issues, 'vi', io.stderr);
  return hasErrors(issues) ? EXIT_INPUT_ERRORS : EXIT_OK;
}
