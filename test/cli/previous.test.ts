import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { cntt } from './run-cntt';

const example = path.join(__dirname, '..', '..', 'examples', 'khanh-son-2021.xlsx');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-previous-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The annex rows of a sheet: [STT, name, …, rank change, ratio change]. */
async function annexRows(file: string, sheet: string) {
  const grid = (await readWorkbookFile(file)).sheets.find((s) => s.sheet === sheet)!;
  return grid.rows.filter((r) => typeof r[0] === 'string' && /^\d\d$/.test(r[0] as string));
}

describe('cntt build --previous', () => {
  it('adds the rank and ratio change against last year’s results JSON, "mới" for new agencies', async () => {
    const previous = path.join(dir, '2020.json');
    fs.writeFileSync(
      previous,
      JSON.stringify({
        groups: [
          { annex: 'I', name: 'Cơ quan chuyên môn', agencies: [
            { name: 'Phòng Nội vụ', rank: 1, ratio: 95 },
            { name: 'thanh tra huyện', rank: 4, ratio: 90.5 },
            { name: 'Phòng Dân tộc', rank: 3, ratio: 97.26 },
          ] },
        ],
        issues: [],
      }),
    );
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', example, '-o', output, '--previous', previous);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Khớp với năm trước: 3/26');
    const rows = await annexRows(output, 'Phụ lục I');
    const byName = new Map(rows.map((r) => [r[1], r.slice(7)]));
    expect(byName.get('Thanh tra huyện')).toEqual(['▲ 3', 8.13]);
    expect(byName.get('Phòng Dân tộc')).toEqual(['=', 0]);
    expect(byName.get('Phòng Nội vụ')).toEqual(['▼ 11', -6.91]);
    expect(byName.get('Phòng Tư pháp')?.[0]).toBe('mới');
    expect(byName.get('Phòng Tư pháp')?.[1] ?? null).toBeNull();
  });

  it('takes a results JSON with agencies scored but not ranked last year (rank null), as --json writes them: "mới" for them', async () => {
    const previous = path.join(dir, '2020.json');
    const agencies = [
      { name: 'Phòng Nội vụ', rank: 1, ratio: 95 },
      { name: 'Thanh tra huyện', rank: null, ratio: 98.63 },
    ];
    fs.writeFileSync(previous, JSON.stringify({ groups: [{ annex: 'I', name: 'Cơ quan chuyên môn', agencies }], issues: [] }));
    const output = path.join(dir, 'phu-luc.xlsx');
    const result = await cntt('build', example, '-o', output, '--previous', previous);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const byName = new Map((await annexRows(output, 'Phụ lục I')).map((r) => [r[1], r[7]]));
    expect(byName.get('Thanh tra huyện')).toBe('mới');
    expect(byName.get('Phòng Nội vụ')).not.toBe('mới');
  });

  it('reads last year’s annex workbook and its sheet of renamed agencies', async () => {
    const lastYear = path.join(dir, 'phu-luc-2020.xlsx');
    expect((await cntt('build', example, '-o', lastYear)).code).toBe(0);
    // Last year the office was called differently: a "Tên cũ | Tên mới" sheet maps it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(lastYear);
    const annex = workbook.getWorksheet('Phụ lục I')!;
    annex.eachRow((row) => {
      if (row.getCell(2).value === 'Phòng Văn hóa và Thông tin') row.getCell(2).value = 'Phòng Văn hóa - Thông tin';
    });
    workbook.addWorksheet('Đổi tên').addRows([['Tên cũ', 'Tên mới'], ['Phòng Văn hóa - Thông tin', 'Phòng Văn hóa và Thông tin']]);
    await workbook.xlsx.writeFile(lastYear);
    const output = path.join(dir, 'phu-luc-2021.xlsx');
    const result = await cntt('build', example, '-o', output, '--previous', lastYear);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Khớp với năm trước: 26/26');
    const rows = await annexRows(output, 'Phụ lục I');
    expect(rows.every((r) => r[7] === '=' && r[8] === 0)).toBe(true);
  });
});

describe('cntt build --charts', () => {
  it('puts a chart image of each group’s ratios below its table, with the colours explained in a cell', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    expect((await cntt('build', example, '-o', output, '--charts')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    for (const name of ['Phụ lục I', 'Phụ lục II', 'Phụ lục III']) {
      const sheet = workbook.getWorksheet(name)!;
      const images = sheet.getImages();
      expect(images).toHaveLength(1);
      const image = workbook.getImage(Number(images[0].imageId));
      expect(image.extension).toBe('png');
      const bytes = Buffer.from(image.buffer as unknown as Uint8Array);
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      const legend = sheet.getSheetValues().flat().find((v) => typeof v === 'string' && v.startsWith('Biểu đồ tỷ lệ'));
      expect(legend).toBe('Biểu đồ tỷ lệ (%) theo STT: nền xanh lá Tốt (từ 85 %), xanh lam Khá (từ 70 %), vàng Trung bình (từ 50 %), hồng Yếu.');
    }
  });

  it('draws no grade bands on the percent scale where the rules grade on points, and says so', async () => {
    const output = path.join(dir, 'phu-luc.xlsx');
    const rules = path.join(__dirname, '..', '..', 'examples', 'quy-dinh', 'diem-500.xlsx');
    expect((await cntt('build', example, '--rules', rules, '-o', output, '--charts')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet('Phụ lục I')!;
    expect(sheet.getImages()).toHaveLength(1);
    const legend = sheet.getSheetValues().flat().find((v) => typeof v === 'string' && v.startsWith('Biểu đồ tỷ lệ'));
    expect(legend).toBe('Biểu đồ tỷ lệ (%) theo STT; các mức xếp loại tính theo điểm, không vẽ trên thang tỷ lệ.');
  });
});
