import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { caught } from '../../support/caught';
import { OutputFileError, temporaryPathFor, writeFileAtomically, writeContentAtomically } from '../../../src/adapters/exceljs/atomic';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-atomic-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const leftovers = () => fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));

const refusal = (run: () => Promise<void>) => caught(OutputFileError, run);

describe('writing a file whole or not at all', () => {
  it('writes the file with the usual permissions and leaves no temporary file', async () => {
    const target = path.join(dir, 'phu-luc.xlsx');
    await writeFileAtomically(target, async (stream) => {
      stream.write('PK');
      stream.write(Buffer.from([3, 4]));
    });
    expect(fs.readFileSync(target)).toEqual(Buffer.from([0x50, 0x4b, 3, 4]));
    expect(fs.statSync(target).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(leftovers()).toEqual([]);
  });

  it('leaves the old file as it was and no temporary file when the writing fails', async () => {
    const target = path.join(dir, 'results.json');
    fs.writeFileSync(target, 'last run');
    const failing = writeFileAtomically(target, async (stream) => {
      stream.write('half');
      throw new Error('the workbook could not be rendered');
    });
    await expect(failing).rejects.toThrow('the workbook could not be rendered');
    expect(fs.readFileSync(target, 'utf8')).toBe('last run');
    expect(leftovers()).toEqual([]);
  });

  it('creates the temporary file readable by its owner only while it is written', async () => {
    const target = path.join(dir, 'out.json');
    let mode = 0;
    await writeFileAtomically(target, async () => {
      mode = fs.statSync(leftovers().map((name) => path.join(dir, name))[0]).mode & 0o777;
    });
    expect(mode).toBe(0o600);
  });

  it('refuses a link planted under the temporary name, and the file it points to is untouched', async () => {
    const target = path.join(dir, 'phu-luc.xlsx');
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    fs.symlinkSync(victim, temporaryPathFor(target, 'planted'));
    const error = await refusal(() => writeFileAtomically(target, async (stream) => void stream.write('evil'), 'planted'));
    expect(error.message).toMatch(/phu-luc\.xlsx: tệp tạm đã có sẵn.*planted link/);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('says in one line that the output is a folder, or that its folder is missing', async () => {
    const folder = await refusal(() => writeContentAtomically(dir, '{}'));
    expect(folder.message).toBe(`${dir}: là một thư mục, cần một tên tệp / is a folder: give a file name`);
    const missing = path.join(dir, 'nowhere', 'out.json');
    expect((await refusal(() => writeContentAtomically(missing, '{}'))).message).toBe(`${missing}: không có thư mục ${path.join(dir, 'nowhere')} / no such folder`);
  });

  it('removes the temporary file when the process is stopped by a signal mid-write', async () => {
    // The module is compiled alone (it needs only Node, and the catalogue of words, which is pure and
    // compiled into a folder of its own) and run in a child that never finishes writing.
    const compile = (file: string) =>
      ts.transpileModule(fs.readFileSync(path.join(__dirname, '../../../src', file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
    const words = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-words-')), 'words.js');
    fs.writeFileSync(words, compile('engine/messages/words.ts'));
    fs.writeFileSync(path.join(dir, 'atomic.js'), compile('adapters/exceljs/atomic.ts').replace('"../../engine/messages/words"', JSON.stringify(words)));
    const script = `require(${JSON.stringify(path.join(dir, 'atomic.js'))}).writeFileAtomically(${JSON.stringify(path.join(dir, 'big.xlsx'))},
      (stream) => { stream.write('PK'); process.stdout.write('writing\\n'); return new Promise(() => setInterval(() => {}, 1000)); });`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(leftovers()).toHaveLength(1);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(128 + 15);
    expect(fs.readdirSync(dir).sort()).toEqual(['atomic.js']);
    fs.rmSync(path.dirname(words), { recursive: true, force: true });
  });
});
