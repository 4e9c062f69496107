import { agencyFileName, cutToBytes } from '../../src/engine/output/file-names';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('file names for one file per agency', () => {
  it('cuts a long Vietnamese name to 255 bytes on a character boundary, in either Unicode form', () => {
    const long = 'Trung tâm Công nghệ thông tin và Truyền thông thuộc Sở Thông tin và Truyền thông tỉnh Khánh Hòa '.repeat(4);
    for (const name of [long.normalize('NFC'), long.normalize('NFD')]) {
      const file = agencyFileName(name, new Set());
      expect(bytes(file)).toBeLessThanOrEqual(255);
      expect(file.endsWith('.xlsx')).toBe(true);
      expect(name.startsWith(file.slice(0, -'.xlsx'.length))).toBe(true);
      // No letter left without the accent that followed it.
      expect(/\p{M}/u.test(name[file.length - '.xlsx'.length])).toBe(false);
    }
  });

  it('numbers two long names that are cut to the same start, within the byte limit', () => {
    const used = new Set<string>();
    const start = 'Ủy ban nhân dân '.repeat(20);
    const first = agencyFileName(`${start}xã Sơn Bình`, used);
    const second = agencyFileName(`${start}xã Sơn Hiệp`, used);
    expect(second).not.toBe(first);
    expect(second.endsWith(' (2).xlsx')).toBe(true);
    expect(bytes(second)).toBeLessThanOrEqual(255);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(cutToBytes('ab😀', 5)).toBe('ab');
    expect(cutToBytes('ab😀', 6)).toBe('ab😀');
  });
});
