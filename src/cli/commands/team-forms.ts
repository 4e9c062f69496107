/**
 * `cntt team-forms`: the appraisal team's form (phiếu thẩm định) for every filled self-assessment
 * form of the inputs, one .xlsx file per agency, only the appraised score and reason open.
 */
import { Command } from 'commander';
import { teamForm } from '../../engine/output/team-forms';
import { hasErrors } from '../../engine/messages/issues';
import { bothLanguages } from '../../engine/messages/words';
import { named, rubricFile } from '../file-plan';
import { printIssues } from '../report';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, inputCommand, Io, OutputOptions, readAndAssess, requiredOutput, UsageError, writeAgencyFiles, yearOption, YearOptions } from '../common';

type TeamFormsOptions = CommonOptions & OutputOptions & YearOptions;

export function addTeamFormsCommand(program: Command, { io, help, exit }: CommandContext): void {
  inputCommand(program, help, 'team-forms', help.teamForms, requiredOutput(help.formsOutput, '<folder>'), yearOption(help)).action(
    async (inputs: string[], options: TeamFormsOptions) => exit(await teamForms(inputs, options, io)),
  );
}

async function teamForms(inputs: string[], options: TeamFormsOptions, io: Io): Promise<number> {
  const { assessment } = await readAndAssess(inputs, options, io);
  const rubric = assessment.rubric;
  if (!rubric) throw new UsageError(bothLanguages((w) => w.usage.noRubricForTeamForms));
  // Every form read, those whose scores have errors too: the team's form is where they get checked.
  const forms = (assessment.records ?? []).filter((r) => r.source === 'form');
  if (forms.length === 0) throw new UsageError(bothLanguages((w) => w.usage.noFilledForms));
  const sheets = forms.map((record) => ({ name: record.name, sheet: teamForm(rubric, record, { year: options.year, sheet: 'Phiếu thẩm định' }) }));
  const issues = await writeAgencyFiles(options.output, sheets, io.stdout, { reads: [...named('', ...inputs), ...rubricFile(options.rubric)], writes: [] });
  printIssues([...assessment.issues, ...issues], options.lang, io.stderr);
  return hasErrors(issues) ? EXIT_INPUT_ERRORS : EXIT_OK;
}
