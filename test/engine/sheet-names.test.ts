import fc from 'fast-check';
import { freeSheetNames, ownedMarkerName, ownedMarkerNumber, quoteSheetName, sheetName, sheetOfReference } from '../../src/engine/values/sheet-names';

describe('tab names, one rule for both writers and the imports', () => {
  it('cleans a name to what Excel accepts', () => {
    expect(sheetName('Phòng [A]: 1/2?')).toBe('Phòng -A-- 1-2-');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('cuts a long name after a whole word, within 31 characters, never mid-word', () => {
    const name = 'Trung tâm Văn hóa Thông tin và Thể thao huyện Khánh Sơn';
    expect(sheetName(name)).toBe('Trung tâm Văn hóa Thông tin và');
    expect(sheetName('Phòng Tài nguyên - Môi trường huyện Khánh Sơn')).toBe('Phòng Tài nguyên - Môi trường');
    // Decomposed accents (a name pasted from another program) count as Excel counts: composed.
    expect(sheetName(name.normalize('NFD'))).toBe('Trung tâm Văn hóa Thông tin và');
    // One word longer than a tab name can only be cut inside it.
    expect(sheetName('Ủybannhândânxãcủahuyệnmiềnnúirấtxa')).toHaveLength(31);
    // Excel refuses an apostrophe at either end, and a line break is a space.
    expect(sheetName("'Phòng\nNội vụ'")).toBe('Phòng Nội vụ');
  });

  it('keeps two long names that share their first words apart, and the number costs a word, not half of one', () => {
    const a = 'Trung tâm Văn hóa Thông tin và Thể thao huyện Khánh Sơn';
    const b = 'Trung tâm Văn hóa Thông tin và Truyền thông huyện Khánh Sơn';
    expect(freeSheetNames([sheetName(a), sheetName(b)], [])).toEqual(['Trung tâm Văn hóa Thông tin và', 'Trung tâm Văn hóa Thông tin (2)']);
    expect(freeSheetNames(['History'], [])).toEqual(['History (2)']);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }).map((s) => sheetName(`x ${s}`)), { maxLength: 8 }), (names) => {
        const free = freeSheetNames(names, []);
        const keys = free.map((f) => f.toLowerCase());
        return new Set(keys).size === free.length && free.every((f) => f.length <= 31 && f.length > 0 && !/[[\]:*?/\\]/.test(f) && !/^'|'$/.test(f));
      }),
    );
  });

  it('gives each new sheet a free name, Excel comparing case-insensitively, within 31 characters', () => {
    expect(freeSheetNames(['Phụ lục I', 'phụ lục i', 'Phụ lục II'], ['PHỤ LỤC I'])).toEqual(['Phụ lục I (2)', 'phụ lục i (3)', 'Phụ lục II']);
    const long = 'y'.repeat(31);
    expect(freeSheetNames([long], [long])).toEqual([`${'y'.repeat(27)} (2)`]);
  });

  it('quotes a name for a reference and reads it back, apostrophes included', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => sheetOfReference(`=${quoteSheetName(name)}!$A$1`) === name));
    expect(quoteSheetName("Cán bộ's")).toBe("'Cán bộ''s'");
    expect(sheetOfReference('=#REF!$A$1')).toBeUndefined();
  });

  it('marks the add-in’s own sheets with CNTT_ANNEX_n, in any case', () => {
    expect(ownedMarkerName(3)).toBe('CNTT_ANNEX_3');
    expect(ownedMarkerNumber('cntt_annex_12')).toBe(12);
    expect(ownedMarkerNumber('CNTT_ANNEX_')).toBeUndefined();
    expect(ownedMarkerNumber('Print_Area')).toBeUndefined();
  });
});
