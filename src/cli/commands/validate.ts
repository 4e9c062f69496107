/** `cntt validate`: every issue of the inputs and a one-line count; no annex is written. */
import { Command } from 'commander';
import { WORDS } from '../../engine/messages/words';
import { checkFilePlan, named, rubricFile } from '../file-plan';
import { printIssueKinds, printIssues } from '../report';
import { agencyCount, CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, inputCommand, Io, printReadingReport, reportStream, run, writeResultsJson } from '../common';

export function addValidateCommand(program: Command, { io, help, exit }: CommandContext): void {
  inputCommand(program, help, 'validate', help.validate).action(async (inputs: string[], options: CommonOptions) =>
    exit(await validate(inputs, options, io)),
  );
}

async function validate(inputs: string[], options: CommonOptions, io: Io): Promise<number> {
  checkFilePlan({ reads: [...named('', ...inputs), ...rubricFile(options.rubric)], writes: named('--json', options.json) });
  const assessment = await run(inputs, options, io);
  await writeResultsJson(assessment, options.json, io);
  printReadingReport(assessment, options.lang, reportStream(options, io));
  printIssues(assessment.issues, options.lang, io.stderr);
  const errors = assessment.issues.filter((i) => i.severity === 'error').length;
  const others = assessment.issues.length - errors;
  reportStream(options, io)(`${WORDS[options.lang].cli.validated(agencyCount(assessment), assessment.groups.length, errors, others)}\n`);
  printIssueKinds(assessment.issues, options.lang, reportStream(options, io));
  return errors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
}
