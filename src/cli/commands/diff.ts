/** `cntt diff`: what changed between the draft and the final scores, and whose rank or grade it moved. */
import { Command } from 'commander';
import { hasErrors } from '../../engine/messages/issues';
import { Words, WORDS } from '../../engine/messages/words';
import { AgencyChange, AskingComment, changesSheet, describeAsking, diffAssessments, withComments } from '../../engine/output/diff';
import { formatPoints } from '../../engine/messages/numbers';
import type { Language } from '../../engine/messages/language';
import { writeLayoutFile } from '../../adapters/exceljs/write';
import { checkFilePlan, named, rubricFile } from '../file-plan';
import { printIssues } from '../report';
import { collectReplies, expandFolders } from './replies';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, Io, langOption, reportStream, rubricOption, run, writeJsonTo } from '../common';

interface DiffOptions extends CommonOptions {
  output?: string;
  replies?: string[];
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
    .option('-r, --replies <files...>', help.diffReplies)
    .addOption(langOption(help))
    .action(async (before: string, after: string, options: DiffOptions) => exit(await diff(before, after, options, io)));
}

async function diff(before: string, after: string, options: DiffOptions, io: Io): Promise<number> {
  const reads = [...named('', before, after), ...rubricFile(options.rubric), ...named('--replies', ...expandFolders(options.replies ?? []))];
  checkFilePlan({ reads, writes: [...named('-o', options.output), ...named('--json', options.json)] });
  const [old, now] = [await run([before], options, io), await run([after], options, io)];
  // The replies answer the draft: read against the old scores.
  const read = options.replies ? await collectReplies(options.replies, old) : undefined;
  const issues = [...old.issues, ...now.issues, ...(read?.issues ?? [])];
  if (hasErrors(issues)) {
    printIssues(issues, options.lang, io.stderr);
    return EXIT_INPUT_ERRORS;
  }
  const changes = read ? withComments(diffAssessments(old, now), read.replies) : diffAssessments(old, now);
  await writeJsonTo(options.json, { changes }, io);
  const words = WORDS[options.lang].cli;
  const report = reportStream(options, io);
  for (const change of changes) report(`${change.annex} ${change.agency}: ${changeLine(change, words, options.lang).join('; ')}\n`);
  report(`${words.agenciesChanged(changes.length)}\n`);
  if (options.output) await writeLayoutFile({ sheets: [changesSheet(changes)] }, options.output);
  return EXIT_OK;
}

/** One agency's changes in words; a rank or grade moved by a comment names it. */
function changeLine(change: AgencyChange, words: Words['cli'], language: Language): string[] {
  const points = (h: number | null) => (h === null ? '—' : formatPoints(h, language));
  const asked = (comments: AskingComment[] | undefined) => (comments && comments.length > 0 ? ` (${words.askedBy}: ${describeAsking(comments)})` : '');
  const parts = change.scores.map((s) => `${s.item} ${points(s.from)} → ${points(s.to)}${s.criterion !== undefined ? asked(s.askedBy) : ''}`);
  const total = change.scores.find((s) => s.criterion === undefined);
  if (change.rank.from !== change.rank.to) parts.push(`${words.rankChange} ${change.rank.from ?? '—'} → ${change.rank.to ?? '—'}${asked(total?.askedBy)}`);
  if (change.grade.from !== change.grade.to) parts.push(`${words.gradeChange} ${change.grade.from ?? '—'} → ${change.grade.to ?? '—'}${asked(total?.askedBy)}`);
  return parts;
}
