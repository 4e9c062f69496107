/**
 * .xlsx files on disk to grids, for the command line: the file is opened once, and what it is
 * (a regular file, not a device or a pipe) and its size are checked on that open file before
 * anything is read, so /dev/zero or a FIFO never gets read without bound.
 */
import * as fs from 'fs';
import * as path from 'path';
import { WorkbookGrids } from '../../engine/values/grid';
import ExcelJS from 'exceljs';
import { DEFAULT_READ_LIMITS, fail, loadWorkbookBytes, ReadLimits, readWorkbookBuffer } from './read';

/** The bytes of a regular file of at most `maxBytes`, read from one descriptor. */
export function readRegularFile(filePath: string, maxBytes: number): Buffer {
  const file = path.basename(filePath);
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO does not wait for a writer before it is refused.
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return fail('unreadable', file, undefined, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) fail('not-a-file', file);
    if (stat.size > maxBytes) fail('too-large', file, maxBytes);
    // Read to the size seen, and one byte more to notice a file that grows while it is read.
    const data = Buffer.alloc(stat.size + 1);
    let length = 0;
    while (length < data.length) {
      const n = fs.readSync(fd, data, length, data.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) fail('too-large', file, maxBytes);
    return data.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

export async function readWorkbookFile(filePath: string, limits: Partial<ReadLimits> = {}): Promise<WorkbookGrids> {
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  return readWorkbookBuffer(readRegularFile(filePath, max.maxFileBytes), path.basename(filePath), max);
}

/** The file as an ExcelJS workbook, read under the same limits as its grids (fill writes a copy of it). */
export async function loadWorkbookFile(filePath: string, limits: Partial<ReadLimits> = {}): Promise<ExcelJS.Workbook> {
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  return loadWorkbookBytes(readRegularFile(filePath, max.maxFileBytes), path.basename(filePath), max);
}
