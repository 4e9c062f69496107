/**
 * `cntt feedback`: each agency's draft appraisal result (kết quả thẩm định dự thảo), one
 * protected .xlsx file per agency with its reply column open, to send out for comments.
 */
import { Command, Option } from 'commander';
import { draftResults } from '../../engine/output/draft-result';
import { hasErrors } from '../../engine/messages/issues';
import { WORDS } from '../../engine/messages/words';
import { checkFilePlan, named, rubricFile } from '../file-plan';
import { printIssues } from '../report';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, inputCommand, Io, OutputOptions, reportStream, requiredOutput, run, writeAgencyFiles, writeResultsJson, yearOption, YearOptions } from '../common';

interface FeedbackOptions extends CommonOptions, OutputOptions, YearOptions {
  deadline?: string;
  sendTo?: string;
}

export function addFeedbackCommand(program: Command, { io, help, exit }: CommandContext): void {
  const [deadline, sendTo] = [new Option('--deadline <date>', help.deadline), new Option('--send-to <where>', help.sendTo)];
  inputCommand(program, help, 'feedback', help.feedback, requiredOutput(help.feedbackOutput, '<folder>'), yearOption(help), deadline, sendTo).action(
    async (inputs: string[], options: FeedbackOptions) => exit(await feedback(inputs, options, io)),
  );
}

async function feedback(inputs: string[], options: FeedbackOptions, io: Io): Promise<number> {
  const words = WORDS[options.lang].cli;
  const plan = { reads: [...named('', ...inputs), ...rubricFile(options.rubric)], writes: named('--json', options.json) };
  checkFilePlan(plan);
  const assessment = await run(inputs, options, io);
  await writeResultsJson(assessment, options.json, io);
  if (hasErrors(assessment.issues)) {
    printIssues(assessment.issues, options.lang, io.stderr);
    io.stderr(`${words.inputErrorsNoDraft}\n`);
    return EXIT_INPUT_ERRORS;
  }
  const report = reportStream(options, io);
  const drafts = draftResults(assessment, { year: options.year, deadline: options.deadline, sendTo: options.sendTo });
  await writeAgencyFiles(options.output, drafts.map(({ agency, sheet }) => ({ name: agency.name, sheet })), report, plan);
  printIssues(assessment.issues, options.lang, io.stderr);
  report(`${words.draftsWritten(drafts.length, options.output)}\n`);
  return EXIT_OK;
}
