/** `cntt diff`: what changed between the draft and the final scores, and whose rank or grade it moved. */
import { Command } from 'commander';
import { hasErrors } from '../../engine/messages/issues';
import { WORDS } from '../../engine/messages/words';
import { changesSheet, diffAssessments } from '../../engine/output/diff';
import { formatHundredths } from '../../engine/values/decimal';
import { writeLayoutFile } from '../../adapters/exceljs/write';
import { printIssues } from '../report';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, Io, langOption, reportStream, rubricOption, run, writeJsonTo } from '../common';

interface DiffOptions extends CommonOptions {
  output?: string;
}

export function addDiffCommand(program: Command, { io, help, exit }: CommandContext): void {
  program
    .command('diff')
    .description(help.diff)
    .argument('<old>', help.diffOld)
    .argument('<new>', help.diffNew)
    .option(...rubricOption(help))
    .option('-o, --output <file>', help.diffOutput)
    .option('--json <file|->', help.diffJson)
    .addOption(langOption(help))
    .action(async (before: string, after: string, options: DiffOptions) => exit(await diff(before, after, options, io)));
}

async function diff(before: string, after: string, options: DiffOptions, io: Io): Promise<number> {
  const [old, now] = [await run([before], options, io), await run([after], options, io)];
  const issues = [...old.issues, ...now.issues];
  if (hasErrors(issues)) {
    printIssues(issues, options.lang, io.stderr);
    return EXIT_INPUT_ERRORS;
  }
  const changes = diffAssessments(old, now);
  writeJsonTo(options.json, { changes }, io);
  const words = WORDS[options.lang].cli;
  const report = reportStream(options, io);
  const points = (h: number | null) => (h === null ? '—' : formatHundredths(h, ','));
  for (const change of changes) {
    const parts = change.scores.map((s) => `${s.item} ${points(s.from)} → ${points(s.to)}`);
    if (change.rank.from !== change.rank.to) parts.push(`${words.rankChange} ${change.rank.from ?? '—'} → ${change.rank.to ?? '—'}`);
    if (change.grade.from !== change.grade.to) parts.push(`${words.gradeChange} ${change.grade.from ?? '—'} → ${change.grade.to ?? '—'}`);
    report(`${change.annex} ${change.agency}: ${parts.join('; ')}\n`);
  }
  report(`${words.agenciesChanged(changes.length)}\n`);
  if (options.output) await writeLayoutFile({ sheets: [changesSheet(changes)] }, options.output);
  return EXIT_OK;
}
