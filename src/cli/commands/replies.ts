/**
 * `cntt replies`: the comments written into the returned draft results, listed by agency and
 * criterion in a "Tổng hợp ý kiến" sheet beside the current scores, for the appraisal team to answer.
 */
import { Command, Option } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { commentsSheet } from '../../engine/output/comments';
import { hasErrors, Issue } from '../../engine/messages/issues';
import { WORDS } from '../../engine/messages/words';
import { readReplies, Reply } from '../../engine/reading/replies';
import { Assessment } from '../../engine/assessing/assess';
import { readWorkbookFile } from '../../adapters/exceljs/read-file';
import { writeLayoutFile } from '../../adapters/exceljs/write';
import { checkFilePlan, named, rubricFile } from '../file-plan';
import { printIssues } from '../report';
import { CommandContext, CommonOptions, EXIT_INPUT_ERRORS, EXIT_OK, fileMustExist, inputCommand, Io, OutputOptions, reportStream, requiredOutput, run } from '../common';

interface RepliesOptions extends CommonOptions, OutputOptions {
  replies: string[];
}

export function addRepliesCommand(program: Command, { io, help, exit }: CommandContext): void {
  const from = new Option('-r, --replies <files...>', help.repliesFrom).makeOptionMandatory();
  inputCommand(program, help, 'replies', help.replies, from, requiredOutput(help.repliesOutput, '<file>')).action(
    async (inputs: string[], options: RepliesOptions) => exit(await replies(inputs, options, io)),
  );
}

/** The .xlsx files named, a folder standing for the .xlsx files in it (Excel's "~$" lock files left out). */
export function expandFolders(sources: string[]): string[] {
  return sources.flatMap((source) => {
    fileMustExist(source);
    if (!fs.statSync(source).isDirectory()) return [source];
    return fs.readdirSync(source).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort().map((f) => path.join(source, f));
  });
}

/** Reads the returned draft results against the current scores. */
export async function collectReplies(sources: string[], assessment: Assessment): Promise<{ replies: Reply[]; issues: Issue[] }> {
  const workbooks = [];
  for (const file of expandFolders(sources)) workbooks.push(await readWorkbookFile(file));
  return readReplies(workbooks, assessment);
}

async function replies(inputs: string[], options: RepliesOptions, io: Io): Promise<number> {
  const words = WORDS[options.lang].cli;
  const reads = [...named('', ...inputs), ...rubricFile(options.rubric), ...named('--replies', ...expandFolders(options.replies))];
  checkFilePlan({ reads, writes: [...named('-o', options.output), ...named('--json', options.json)] });
  const assessment = await run(inputs, options, io);
  const read = await collectReplies(options.replies, assessment);
  const issues = [...assessment.issues, ...read.issues];
  printIssues(issues, options.lang, io.stderr);
  if (hasErrors(issues)) {
    io.stderr(`${words.inputErrorsNoSummary}\n`);
    return EXIT_INPUT_ERRORS;
  }
  await writeLayoutFile({ sheets: [commentsSheet(read.replies, assessment)] }, options.output);
  const agencies = new Set(read.replies.map((r) => `${r.group}\u0000${r.agency}`)).size;
  reportStream(options, io)(`${words.repliesCollected(read.replies.length, agencies, options.output)}\n`);
  return EXIT_OK;
}
