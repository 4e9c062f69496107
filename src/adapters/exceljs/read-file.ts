/**
 * .xlsx files on disk to grids, for the command line: the size is checked before the file is read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { WorkbookGrids } from '../../engine/values/grid';
import { DEFAULT_READ_LIMITS, fail, ReadLimits, readWorkbookBuffer } from './read';

export async function readWorkbookFile(filePath: string, limits: Partial<ReadLimits> = {}): Promise<WorkbookGrids> {
  const file = path.basename(filePath);
  let size: number;
  try {
    size = fs.statSync(filePath).size;
  } catch (error) {
    return fail('unreadable', file, undefined, error);
  }
  const max = { ...DEFAULT_READ_LIMITS, ...limits };
  if (size > max.maxFileBytes) fail('too-large', file, max.maxFileBytes);
  return readWorkbookBuffer(fs.readFileSync(filePath), file, max);
}
