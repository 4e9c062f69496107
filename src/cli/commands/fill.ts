/** `cntt fill`: STT, Tỷ lệ (%) and Xếp loại into a copy of the office's own annex, rows sorted on request. */
import { Command, Option } from 'commander';
import { hasErrors } from '../../engine/messages/issues';
import { bothLanguages, WORDS } from '../../engine/messages/words';
import { fillPlan, sortPlans } from '../../engine/output/fill';
import { sheetWidth } from '../../engine/values/grid';
import { fillCopy } from '../../adapters/exceljs/fill';
import { checkFilePlan, named, rubricFile } from '../file-plan';
import { printIssues } from '../report';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, inputCommand, Io, OutputOptions, readAndAssess, reportStream, requiredOutput, UsageError, writeResultsJson } from '../common';

interface FillOptions extends CommonOptions, OutputOptions {
  sort?: boolean;
}

export function addFillCommand(program: Command, { io, help, exit }: CommandContext): void {
  inputCommand(program, help, 'fill', help.fill, requiredOutput(help.fillOutput, '<file>'), new Option('--sort', help.sort)).action(
    async (inputs: string[], options: FillOptions) => exit(await fill(inputs, options, io)),
  );
}

async function fill(inputs: string[], options: FillOptions, io: Io): Promise<number> {
  if (inputs.length !== 1) throw new UsageError(`fill: ${bothLanguages((w) => w.usage.oneWorkbook)}`);
  const [input] = inputs;
  checkFilePlan({ reads: [...named('', input), ...rubricFile(options.rubric)], writes: [...named('-o', options.output), ...named('--json', options.json)] });
  const words = WORDS[options.lang].cli;
  const { assessment, workbooks } = await readAndAssess(inputs, options, io);
  await writeResultsJson(assessment, options.json, io);
  if (hasErrors(assessment.issues)) {
    printIssues(assessment.issues, options.lang, io.stderr);
    io.stderr(`${words.inputErrorsNothingFilled}\n`);
    return EXIT_INPUT_ERRORS;
  }
  const changes = fillPlan(assessment);
  const plans = options.sort ? sortPlans(assessment, (sheet) => sheetWidth(workbooks.flatMap((w) => w.sheets), sheet)) : [];
  const { sorted, unsorted } = await fillCopy(input, options.output, changes, plans);
  const report = reportStream(options, io);
  report(`${words.cellsFilled(changes.length, options.output)}\n`);
  if (sorted.length > 0) report(`${words.rowsSorted(sorted.join(', '))}\n`);
  for (const { sheet, cell, reason } of unsorted) io.stderr(`${words.notSorted(`${sheet}!${cell}`, reason)}\n`);
  return EXIT_OK;
}
