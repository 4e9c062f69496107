import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readRegularFile, readWorkbookFile } from '../../../src/adapters/exceljs/read-file';
import { WorkbookReadError } from '../../../src/adapters/exceljs/read';
import { caught } from '../../support/caught';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-read-file-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const readError = (file: string) => caught(WorkbookReadError, () => readWorkbookFile(file));

describe('reading a workbook from disk', () => {
  it('refuses a device that reads without end, such as /dev/zero, before reading it', async () => {
    const error = await readError('/dev/zero');
    expect(error.code).toBe('not-a-file');
    expect(error.message).toBe('zero: không phải một tệp thường (thiết bị, ống dẫn hay thư mục) / not a regular file (a device, a pipe or a folder)');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect((await readError(fifo)).code).toBe('not-a-file');
  });

  it('refuses a folder', async () => {
    expect((await readError(dir)).code).toBe('not-a-file');
  });

  it('refuses a file over the size limit from its size, and reads one under it whole', () => {
    const file = path.join(dir, 'big.xlsx');
    fs.writeFileSync(file, Buffer.alloc(2048, 1));
    expect(() => readRegularFile(file, 2047)).toThrow('big.xlsx: tệp lớn hơn giới hạn');
    expect(readRegularFile(file, 2048)).toEqual(Buffer.alloc(2048, 1));
  });
});
