/**
 * No command writes over a file it reads, however the two are named (the same path, `./`, a
 * symlinked folder, a hard link, the default -o), nor two of its outputs over each other: exit 2,
 * one line, and the input byte for byte as it was. Outputs to a folder or a missing folder get
 * the same answer from every command.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cntt } from './run-cntt';

let dir: string;
let input: string;
let before: Buffer;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-overwrite-'));
  input = path.join(dir, 'tong-hop.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Tổng hợp').addRows([
    ['STT', 'Tên cơ quan', 'Điểm đạt được', 'Điểm chuẩn'],
    [1, 'Phòng Nội vụ', 806, 915],
    [2, 'Phòng Tư pháp', 870, 915],
  ]);
  await workbook.xlsx.writeFile(input);
  before = fs.readFileSync(input);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refused(...argv: string[]): Promise<string> {
  const result = await cntt(...argv);
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(fs.readFileSync(input)).toEqual(before);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return result.stderr;
}

describe('no command writes over what it reads', () => {
  it('refuses --json onto the input it validates', async () => {
    const line = await refused('validate', input, '--json', input);
    expect(line).toContain(`--json ${input} là cùng một tệp với ${input}`);
  });

  it('refuses --notice-docx onto the input it builds from, and onto its own -o', async () => {
    const line = await refused('build', input, '-o', path.join(dir, 'phu-luc.xlsx'), '--notice-docx', input);
    expect(line).toContain(`--notice-docx ${input} là cùng một tệp với ${input}`);
    await refused('build', input, '-o', path.join(dir, 'phu-luc.xlsx'), '--notice-docx', path.join(dir, 'phu-luc.xlsx'));
  });

  it('refuses a diff whose -o is one of the two workbooks', async () => {
    await refused('diff', input, input, '-o', input);
  });

  it('refuses fill into the input through a symlinked folder', async () => {
    fs.symlinkSync(dir, path.join(dir, 'same'));
    await refused('fill', input, '-o', path.join(dir, 'same', 'tong-hop.xlsx'));
  });

  it('refuses build onto a hard link of its input', async () => {
    const link = path.join(dir, 'link.xlsx');
    fs.linkSync(input, link);
    await refused('build', input, '-o', link);
  });

  it('refuses the default -o phu-luc.xlsx where it is last year’s annexes given as --previous', async () => {
    const previous = path.join(dir, 'phu-luc.xlsx');
    expect((await cntt('build', input, '-o', previous)).code).toBe(0);
    const last = fs.readFileSync(previous);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const line = await refused('build', 'tong-hop.xlsx', '--previous', 'phu-luc.xlsx');
      expect(line).toContain('-o phu-luc.xlsx là cùng một tệp với --previous phu-luc.xlsx');
    } finally {
      process.chdir(cwd);
    }
    expect(fs.readFileSync(previous)).toEqual(last);
  });

  it('refuses the rubric as an output, and two outputs on one file', async () => {
    await refused('build', input, '--rubric', input, '-o', path.join(dir, 'x.xlsx'), '--json', input);
    const line = await refused('build', input, '-o', path.join(dir, 'x.xlsx'), '--json', path.join(dir, 'x.xlsx'));
    expect(line).toContain('--json');
  });

  it('says in one line that -o is a folder, for every command', async () => {
    for (const argv of [['build', input, '-o', dir], ['fill', input, '-o', dir], ['diff', input, input, '-o', dir], ['validate', input, '--json', dir]]) {
      const line = await refused(...argv);
      expect(line).toContain(`${dir} là một thư mục, cần một tên tệp / ${dir} is a folder: give a file name`);
    }
  });

  it('makes a missing folder for -o and --json alike', async () => {
    const json = path.join(dir, 'ket-qua', 'nam-2021', 'results.json');
    expect((await cntt('validate', input, '--json', json)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).groups).toHaveLength(1);
    const filled = path.join(dir, 'ban-sao', 'tong-hop.xlsx');
    expect((await cntt('fill', input, '-o', filled)).code).toBe(0);
    expect(fs.existsSync(filled)).toBe(true);
  });

  it('forms checks every file name before writing any, and refuses one that is its agency list', async () => {
    const list = path.join(dir, 'danh-sach.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Danh sách').addRows([
      ['Tên cơ quan', 'Nhóm'],
      ['Phòng Nội vụ', 'Cơ quan chuyên môn'],
      ['danh-sach', 'Cơ quan chuyên môn'],
    ]);
    await workbook.xlsx.writeFile(list);
    const listBefore = fs.readFileSync(list);
    const rubric = path.join(__dirname, '..', '..', 'examples', 'vi-du-chi-tiet', 'bo-tieu-chi.xlsx');
    const line = await refused('forms', '--rubric', rubric, '--agencies', list, '-o', dir);
    expect(line).toContain(`là cùng một tệp với --agencies ${list}`);
    expect(fs.readFileSync(list)).toEqual(listBefore);
    expect(fs.existsSync(path.join(dir, 'Phòng Nội vụ.xlsx'))).toBe(false);
  });
});

describe('--previous results JSON', () => {
  it.each([
    ['{"groups": 5}', 'groups'],
    ['{"groups": [{"agencies": 5}]}', 'groups[0].agencies'],
    ['{"groups": [{"agencies": [{"name": "Phòng Nội vụ", "rank": 1, "ratio": 1e308}]}]}', 'groups[0].agencies[0].ratio'],
    ['{"groups": [{"agencies": [{"name": "Phòng Nội vụ", "rank": 1.5, "ratio": 88}]}]}', 'groups[0].agencies[0].rank'],
    ['{"groups": [{"agencies": [{"name": 7, "rank": 1, "ratio": 88}]}]}', 'groups[0].agencies[0].name'],
  ])('refuses %s naming the field %s, and writes nothing', async (json, field) => {
    const previous = path.join(dir, 'nam-truoc.json');
    fs.writeFileSync(previous, json);
    const output = path.join(dir, 'phu-luc.xlsx');
    const line = await refused('build', input, '--previous', previous, '-o', output);
    expect(line).toBe(`cntt: --previous: ${previous} không phải JSON kết quả / not results JSON: ${field}\n`);
    expect(fs.existsSync(output)).toBe(false);
  });

  it('refuses a device as --previous before reading it', async () => {
    const zero = path.join(dir, 'zero.json');
    fs.symlinkSync('/dev/zero', zero);
    const line = await refused('build', input, '--previous', zero, '-o', path.join(dir, 'x.xlsx'));
    expect(line).toContain('zero.json: không phải một tệp thường');
  });
});
