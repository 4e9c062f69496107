/**
 * The `cntt` command line: `cntt build` and `cntt validate` (formats.md §5) on the same engine
 * as the add-in, and fill, forms and diff; one module a command under commands/. Exit status 0:
 * done; 1: the inputs have errors; 2: the command could not run.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Language } from '../engine/messages/language';
import { Words, WORDS } from '../engine/messages/words';
import { WorkbookReadError } from '../adapters/exceljs/read';
import { OutputFileError } from '../adapters/exceljs/atomic';
import { CommandContext, EXIT_CANNOT_RUN, EXIT_OK, Io, UsageError } from './common';
import { terminalSafe } from './terminal';
import { errorLine } from './errors';
import { addBuildCommand } from './commands/build';
import { addDiffCommand } from './commands/diff';
import { addExplainCommand } from './commands/explain';
import { addFeedbackCommand } from './commands/feedback';
import { addFillCommand } from './commands/fill';
import { addRepliesCommand } from './commands/replies';
import { addTeamFormsCommand } from './commands/team-forms';
import { addFormsCommand } from './commands/forms';
import { addValidateCommand } from './commands/validate';

export { EXIT_CANNOT_RUN, EXIT_INPUT_ERRORS, EXIT_OK, UsageError } from './common';
export type { Io } from './common';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The help speaks the language asked for with --lang (Vietnamese unless English is asked for). */
function helpLanguage(argv: string[]): Language {
  const at = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'vi';
}

/**
 * An option's description with commander's "(choices: …, default: …)" in the help's language;
 * like commander, a default is shown only for an option that takes a value.
 */
function optionDescription(help: Words['help']): (option: Option) => string {
  return (option) => {
    const quoted = (value: unknown) => JSON.stringify(value);
    const extra: string[] = [];
    if (option.argChoices) extra.push(`${help.choices}: ${option.argChoices.map(quoted).join(', ')}`);
    if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`${help.defaultValue}: ${option.defaultValueDescription ?? quoted(option.defaultValue)}`);
    return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
  };
}

function program(context: CommandContext, io: Io): Command {
  const { help } = context;
  const titles: Record<string, string> = { 'Usage:': help.usage, 'Arguments:': help.arguments, 'Options:': help.options, 'Commands:': help.commands };
  const cntt = new Command('cntt')
    .description(help.program)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .configureHelp({ styleTitle: (title) => titles[title] ?? title, optionDescription: optionDescription(help) })
    .helpOption('-h, --help', help.helpOption)
    .helpCommand('help [command]', help.helpCommand)
    .showHelpAfterError();
  for (const add of [addBuildCommand, addValidateCommand, addFillCommand, addDiffCommand, addFormsCommand, addFeedbackCommand, addRepliesCommand, addExplainCommand, addTeamFormsCommand]) add(cntt, context);
  return cntt;
}

export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  const io: Io = { stdout: (text) => rawIo.stdout(terminalSafe(text)), stderr: (text) => rawIo.stderr(terminalSafe(text)) };
  let exitCode = EXIT_OK;
  const context: CommandContext = { io, help: WORDS[helpLanguage(argv)].help, exit: (code) => (exitCode = code) };
  try {
    await program(context, io).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT_OK : EXIT_CANNOT_RUN;
    }
    if (error instanceof UsageError || error instanceof WorkbookReadError || error instanceof OutputFileError) {
      io.stderr(`cntt: ${error.message}\n`);
      return EXIT_CANNOT_RUN;
    }
    io.stderr(`cntt: ${errorLine(error)}\n`);
    return EXIT_CANNOT_RUN;
  }
  return exitCode;
}
