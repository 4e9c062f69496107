/** `cntt explain`: how one agency's achieved and standard scores, ratio, grade and rank were formed. */
import { Command, Option } from 'commander';
import { hasErrors } from '../../engine/messages/issues';
import { WORDS } from '../../engine/messages/words';
import { explainAgency, explanationLines, findAgencies } from '../../engine/output/explain';
import { printIssues } from '../report';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, inputCommand, Io, reportStream, run, UsageError } from '../common';

interface ExplainOptions extends CommonOptions {
  agency: string;
  group?: string;
}

export function addExplainCommand(program: Command, { io, help, exit }: CommandContext): void {
  const agency = new Option('--agency <name>', help.explainAgency).makeOptionMandatory();
  inputCommand(program, help, 'explain', help.explain, agency, new Option('--group <name>', help.explainGroup)).action(
    async (inputs: string[], options: ExplainOptions) => exit(await explain(inputs, options, io)),
  );
}

async function explain(inputs: string[], options: ExplainOptions, io: Io): Promise<number> {
  const words = WORDS[options.lang].explain;
  const assessment = await run(inputs, options, io);
  printIssues(assessment.issues, options.lang, io.stderr);
  const found = findAgencies(assessment, options.agency, options.group);
  if (found.length === 0) throw new UsageError(`--agency: ${words.noSuchAgency(options.agency)}`);
  if (found.length > 1) throw new UsageError(`--agency: ${words.manyAgencies(options.agency, found.map((f) => f.group.name).join('; '))}`);
  const [{ group, agency }] = found;
  const report = reportStream(options, io);
  for (const line of explanationLines(explainAgency(assessment, group, agency), options.lang)) report(`${line}\n`);
  return hasErrors(assessment.issues) ? EXIT_INPUT_ERRORS : EXIT_OK;
}
