/**
 * Before a command reads anything: every file it will write is checked against every file it
 * reads and every other file it writes, by identity (device and inode, links resolved), so no
 * spelling (a symlinked folder, `./`, a hard link) lets it write over an input. A write target
 * that is a folder is refused; a missing folder is created, the same for every command.
 */
import * as fs from 'fs';
import * as path from 'path';
import { bothLanguages } from '../engine/messages/words';
import { isPresetName } from '../engine/rules/presets';
import { UsageError } from './common';

/** A file and the option that names it ("-o", "--json", "--previous", "" for an input). */
export interface NamedFile {
  option: string;
  file: string;
}

export interface FilePlan {
  reads: NamedFile[];
  writes: NamedFile[];
}

/** Where the file is: its device and inode where it exists, else its real folder and name. */
function identity(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `inode:${stat.dev}:${stat.ino}`;
  } catch {
    return `path:${realFolder(path.dirname(path.resolve(file)))}/${path.basename(file)}`;
  }
}

/** The folder with its links resolved, as far up as it exists. */
function realFolder(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    const parent = path.dirname(folder);
    return parent === folder ? folder : path.join(realFolder(parent), path.basename(folder));
  }
}

const label = ({ option, file }: NamedFile) => (option ? `${option} ${file}` : file);

/** A file is named twice where one of the two is written. */
function clash(plan: FilePlan): [NamedFile, NamedFile] | undefined {
  const seen = new Map<string, NamedFile>();
  for (const read of plan.reads) seen.set(identity(read.file), read);
  for (const write of plan.writes) {
    const key = identity(write.file);
    const earlier = seen.get(key);
    if (earlier) return [write, earlier];
    seen.set(key, write);
  }
  return undefined;
}

/** Refuses the plan in one line where a write would land on another named file or on a folder; makes the writes' missing folders. */
export function checkFilePlan(plan: FilePlan): void {
  const writes = plan.writes.filter((w) => w.file !== '-');
  const found = clash({ reads: plan.reads.filter((r) => r.file !== '-'), writes });
  if (found) throw new UsageError(bothLanguages((w) => w.usage.writesOver(label(found[0]), label(found[1]))));
  for (const write of writes) {
    if (isFolder(write.file)) throw new UsageError(`${write.option}: ${bothLanguages((w) => w.usage.outputIsFolder(write.file))}`);
    makeFolder(path.dirname(path.resolve(write.file)), write.option);
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function makeFolder(folder: string, option: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`${option}: ${bothLanguages((w) => w.usage.folderNotMade(folder, code))}`);
  }
}

/** The named files of an option given, or none. */
export function named(option: string, ...files: (string | undefined)[]): NamedFile[] {
  return files.filter((file): file is string => file !== undefined).map((file) => ({ option, file }));
}

/** The rubric's file, unless it names a built-in preset. */
export function rubricFile(rubric: string | undefined): NamedFile[] {
  return rubric !== undefined && !isPresetName(rubric) ? named('--rubric', rubric) : [];
}
