import fc from 'fast-check';
import { freeSheetNames, ownedMarkerName, ownedMarkerNumber, quoteSheetName, sheetName, sheetOfReference } from '../../src/engine/values/sheet-names';

describe('tab names, one rule for both writers and the imports', () => {
  it('cleans a name to what Excel accepts', () => {
    expect(sheetName('Phòng [A]: 1/2?')).toBe('Phòng -A-- 1-2-');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
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
