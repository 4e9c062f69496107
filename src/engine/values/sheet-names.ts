/**
 * Excel's rules for tab names, in one place for the readers, both writers and the pane's
 * imports: what a tab name may hold, how formulas quote it, how Excel compares two, and the
 * defined names (CNTT_ANNEX_n) that mark a sheet as one the add-in wrote.
 */

/** Excel refuses longer tab names. */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * An Excel tab name: at most 31 characters, none of []:*?/\, no apostrophe at either end, cut
 * after a whole word where one fits ("Trung tâm Văn hóa Thông tin và Thể thao" → "Trung tâm Văn
 * hóa Thông tin và"), mid-word only for a first word longer than that.
 */
export function sheetName(name: string): string {
  const clean = name.normalize('NFC').replace(/[[\]:*?/\\]/g, '-').replace(/\s+/g, ' ');
  return trimEnds(cutAtWord(trimEnds(clean), MAX_SHEET_NAME_LENGTH));
}

/** Without spaces or apostrophes at either end: Excel refuses a tab name that starts or ends with one. */
function trimEnds(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, '');
}

/** At most `max` characters, cut at the last space that keeps a whole word; a lone long word is cut where it must be. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  // A space in the first half would leave too little of the name: cut mid-word instead.
  const cut = space >= max / 2 ? text.slice(0, space) : text.slice(0, max);
  // "Phòng Tài nguyên -" would end on the dash the cut left behind.
  return cut.replace(/[\s,;.\-–(]+$/u, '') || text.slice(0, max);
}

/** Tab names as Excel compares them: case-insensitively. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Excel keeps this tab name for itself (the change history of a shared workbook). */
const RESERVED_SHEET_NAME = sheetNameKey('History');

/**
 * A tab name none of `taken` (keys from sheetNameKey) holds: "Phụ lục I", else "Phụ lục I (2)", …;
 * a long name makes room for the number by losing whole words.
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const free = (name: string) => !taken.has(sheetNameKey(name)) && sheetNameKey(name) !== RESERVED_SHEET_NAME;
  if (free(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = trimEnds(cutAtWord(wanted, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    if (free(name)) return name;
  }
}

/** Tab names for new sheets, in order: each free among `existing` tab names and the ones before it. */
export function freeSheetNames(wanted: readonly string[], existing: Iterable<string>): string[] {
  const taken = new Set([...existing].map(sheetNameKey));
  return wanted.map((name) => {
    const free = freeSheetName(name, taken);
    taken.add(sheetNameKey(free));
    return free;
  });
}

/** A tab name as formulas and defined names write it: 'Kết quả 2021', an apostrophe doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a reference points at: "='Phụ lục I'!$A$1" → "Phụ lục I"; undefined for #REF!. */
export function sheetOfReference(reference: string): string | undefined {
  const text = reference.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet === '#REF' ? undefined : sheet;
}

/** Marks the sheets the add-in writes, so it replaces only its own: a workbook-level name prefix. */
export const OWNED_SHEET_MARKER = 'CNTT_ANNEX';

/**
 * What a mark says the sheet is: an annex (CNTT_ANNEX_n, replaced by every rebuild) or a blank
 * form (CNTT_FORM_n: left out of reading and replaced by the next run only while nothing is typed in it).
 */
export type SheetMark = 'annex' | 'form';

const MARK_PREFIXES: Record<SheetMark, string> = { annex: OWNED_SHEET_MARKER, form: 'CNTT_FORM' };

/** The n-th mark: CNTT_ANNEX_n, or CNTT_FORM_n. */
export function ownedMarkerName(n: number, mark: SheetMark = 'annex'): string {
  return `${MARK_PREFIXES[mark]}_${n}`;
}

/** The number the next mark of this kind takes: one past the highest among `definedNames`, 1 where there is none. */
export function nextOwnedMarkerNumber(definedNames: readonly string[], mark: SheetMark = 'annex'): number {
  return definedNames.reduce((most, name) => Math.max(most, ownedMarkerNumber(name, mark) ?? 0), 0) + 1;
}

/** n for a defined name CNTT_ANNEX_n (or CNTT_FORM_n), in any case; undefined for any other name. */
export function ownedMarkerNumber(definedName: string, mark: SheetMark = 'annex'): number | undefined {
  const match = new RegExp(`^${MARK_PREFIXES[mark]}_(\\d+)$`, 'i').exec(definedName);
  return match ? Number(match[1]) : undefined;
}
