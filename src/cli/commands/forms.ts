/** `cntt forms`: one blank self-assessment form per agency, each its own .xlsx file. */
import { Command } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { AgencyEntry, blankForm, parseAgencyList } from '../../engine/output/blank-forms';
import { hasErrors, Issue } from '../../engine/messages/issues';
import { bothLanguages } from '../../engine/messages/words';
import { readSummarySheet } from '../../engine/reading/summary';
import { readAgencyList } from '../../engine/reading/agency-list';
import { readWorkbookFile } from '../../adapters/exceljs/read-file';
import { writeLayoutFile } from '../../adapters/exceljs/write';
import { printIssues } from '../report';
import { agencyFileName, CommandContext, EXIT_INPUT_ERRORS, EXIT_OK, fileMustExist, Io, loadRubric, rubricOption, UsageError } from '../common';

interface FormsOptions {
  rubric: string;
  agencies: string;
  output: string;
  year?: string;
}

export function addFormsCommand(program: Command, { io, help, exit }: CommandContext): void {
  program
    .command('forms')
    .description(help.forms)
    .requiredOption(...rubricOption(help))
    .requiredOption('--agencies <file>', help.agencies)
    .requiredOption('-o, --output <folder>', help.formsOutput)
    .option('--year <year>', help.year)
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
  fs.mkdirSync(options.output, { recursive: true });
  const issues: Issue[] = [];
  const used = new Set<string>();
  for (const agency of agencies) {
    const form = blankForm(rubric, agency, { year: options.year, sheet: 'Phiếu tự đánh giá' });
    if ('code' in form) {
      issues.push(form);
      continue;
    }
    const file = agencyFileName(agency.name, used);
    await writeLayoutFile({ sheets: [form] }, path.join(options.output, file));
    io.stdout(`${path.join(options.output, file)}\n`);
  }
  printIssues(issues, 'vi', io.stderr);
  return hasErrors(issues) ? EXIT_INPUT_ERRORS : EXIT_OK;
}
