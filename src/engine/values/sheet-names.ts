/**
 * Excel's rules for tab names, in one place for the readers, both writers and the pane's
 * imports: what a tab name may hold, how formulas quote it, how Excel compares two, and the
 * defined names (CNTT_ANNEX_n) that mark a sheet as one the add-in wrote.
 */

/** Excel refuses longer tab names. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** An Excel tab name: at most 31 characters, none of []:*?/\. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, MAX_SHEET_NAME_LENGTH);
}

/** Tab names as Excel compares them: case-insensitively. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** A tab name none of `taken` (keys from sheetNameKey) holds: "Phụ lục I", else "Phụ lục I (2)", … */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(sheetNameKey(wanted))) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(sheetNameKey(name))) return name;
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

const OWNED_MARKER_PATTERN = new RegExp(`^${OWNED_SHEET_MARKER}_(\\d+)$`, 'i');

/** The n-th mark: CNTT_ANNEX_n. */
export function ownedMarkerName(n: number): string {
  return `${OWNED_SHEET_MARKER}_${n}`;
}

/** n for a defined name CNTT_ANNEX_n (any case); undefined for any other name. */
export function ownedMarkerNumber(definedName: string): number | undefined {
  const match = OWNED_MARKER_PATTERN.exec(definedName);
  return match ? Number(match[1]) : undefined;
}
