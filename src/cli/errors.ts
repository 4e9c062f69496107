/**
 * The one line for an error no command turned into its own message: a file-system error by its
 * code and file, a computation that ran out of room as such, anything else as unexpected, its
 * first line only.
 */
import { bothLanguages } from '../engine/messages/words';

const FILE_ERRORS = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EROFS', 'EMFILE', 'ENAMETOOLONG', 'EEXIST', 'EBUSY', 'EIO'] as const;
type FileErrorCode = (typeof FILE_ERRORS)[number];

function isFileError(error: unknown): error is NodeJS.ErrnoException & { code: FileErrorCode } {
  return error instanceof Error && FILE_ERRORS.includes((error as NodeJS.ErrnoException).code as FileErrorCode);
}

export function errorLine(error: unknown): string {
  if (isFileError(error)) return bothLanguages((w) => w.fileErrors[error.code](error.path ?? ''));
  // Stack overflow, or a string or array past what the engine can hold.
  if (error instanceof RangeError) return bothLanguages((w) => w.usage.tooLargeToProcess);
  const message = error instanceof Error ? error.message : String(error);
  return `${bothLanguages((w) => w.usage.unexpected)}: ${message.split('\n')[0].slice(0, 300)}`;
}
