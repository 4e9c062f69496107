/**
 * Writes a file whole or not at all: to a temporary file beside it first, then renamed, so a
 * failure never leaves a half-written workbook where the user expects one.
 *
 * The temporary file is created exclusively (O_CREAT | O_EXCL, mode 0600) under a random name in
 * the target's folder: a symlink or file planted under that name makes the open fail instead of
 * redirecting the write. It is removed on every exit path we can see: an error, the process
 * exiting, SIGINT, SIGTERM or SIGHUP (a SIGKILL cannot be caught; the file is then left, hidden
 * by its leading dot, and holds no more than the output would have).
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import { finished } from 'stream/promises';
import { bothLanguages, Words } from '../../engine/messages/words';

/** A file the command line could not write: one line, Vietnamese / English. */
export class OutputFileError extends Error {
  constructor(
    readonly target: string,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'OutputFileError';
  }
}

const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

function removePending(): void {
  for (const file of pending) fs.rmSync(file, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.exit(128 + SIGNAL_NUMBERS[signal]);
}

/** Clean-up handlers are installed only while a temporary file exists, so they never change how the process ends otherwise. */
function track(file: string): void {
  if (pending.size === 0) {
    process.on('exit', removePending);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  pending.add(file);
}

function untrack(file: string): void {
  pending.delete(file);
  if (pending.size === 0) {
    process.off('exit', removePending);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

export function temporaryPathFor(target: string, random: string = randomBytes(12).toString('hex')): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${random}.tmp`);
}

/** What a new file gets by default (0666 less the umask): the 0600 of the temporary file is for its writing only. */
function defaultMode(): number {
  return 0o666 & ~process.umask();
}

/** The words that say why a file could not be written, by the system's error code. */
const REASONS: Record<string, keyof Words['outputFile']> = {
  EEXIST: 'temporaryExists',
  ENOENT: 'noFolder',
  ENOTDIR: 'notAFolder',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EISDIR: 'isFolder',
  ENAMETOOLONG: 'nameTooLong',
};

function whyNot(target: string, error: unknown): OutputFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = path.dirname(target);
  const reason = REASONS[code ?? ''];
  const why = reason ? bothLanguages((w) => w.outputFile[reason](folder)) : `${bothLanguages((w) => w.outputFile.notWritten())} (${code ?? String(error)})`;
  return new OutputFileError(target, `${target}: ${why}`, error);
}

/**
 * Runs `write` on the descriptor of a fresh temporary file beside `target`, then renames it into
 * place. A target that is a folder is refused before anything is written.
 */
async function withTemporaryFile(target: string, write: (fd: number) => Promise<void>, random?: string): Promise<void> {
  if (isDirectory(target)) throw whyNot(target, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  const temporary = temporaryPathFor(target, random);
  let fd: number;
  try {
    fd = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
  } catch (error) {
    throw whyNot(target, error);
  }
  track(temporary);
  try {
    await write(fd);
    fs.fchmodSync(fd, defaultMode());
    fs.closeSync(fd);
    fd = -1;
    fs.renameSync(temporary, target);
  } catch (error) {
    throw isSystemError(error) ? whyNot(target, error) : error;
  } finally {
    if (fd >= 0) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    untrack(temporary);
  }
}

/** Writes `target` from what `write` sends into the stream it is given (ExcelJS's `xlsx.write`). */
export async function writeFileAtomically(target: string, write: (stream: Writable) => Promise<void>, random?: string): Promise<void> {
  await withTemporaryFile(
    target,
    async (fd) => {
      const stream = fs.createWriteStream('', { fd, autoClose: false });
      try {
        await write(stream);
        if (!stream.writableEnded) stream.end();
      } catch (error) {
        // Let the writes in flight finish before the descriptor is closed under them (destroy()
        // would close it itself, and the clean-up below must own that).
        if (!stream.writableEnded) stream.end();
        await finished(stream).catch(() => undefined);
        throw error;
      }
      await finished(stream);
    },
    random,
  );
}

/** Writes text (JSON results, say) or bytes made whole in memory (a .docx) the same way. */
export async function writeContentAtomically(target: string, content: string | Uint8Array): Promise<void> {
  await withTemporaryFile(target, async (fd) => {
    fs.writeFileSync(fd, content);
  });
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}
