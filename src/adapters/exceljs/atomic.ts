/**
 * Writes a file whole or not at all: to a temporary name beside it first, then renamed, so a
 * failure never leaves a half-written workbook where the user expects one.
 */
import * as fs from 'fs';

export async function writeFileAtomically(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await write(temporary);
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
