/**
 * File names for what is written one file per agency (blank forms, draft results), and the
 * agency a returned file was written for.
 */
import { nameKey } from '../values/text';

/** File systems allow 255 bytes in a name (ext4, APFS; NTFS 255 UTF-16 units, never fewer than bytes' worth). */
const MAX_NAME_BYTES = 255;
const EXTENSION = '.xlsx';
/** Room for " (99999)", the largest copy number a folder of forms will need. */
const COPY_ROOM = 8;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` within `maxBytes` of UTF-8 that ends on a character boundary (a letter keeps its accents). */
export function cutToBytes(text: string, maxBytes: number): string {
  const points = [...text];
  let bytes = 0;
  let end = 0;
  for (; end < points.length; end++) {
    bytes += utf8Length(points[end]);
    if (bytes > maxBytes) break;
  }
  // A cut between a letter and its combining accents drops the letter too.
  while (end > 0 && end < points.length && /\p{M}/u.test(points[end])) end--;
  return points.slice(0, end).join('');
}

/** A file name from an agency's name: the characters file systems refuse replaced, cut to fit in 255 bytes with a copy number. */
function fileNameFor(name: string, copy?: number): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-').replace(/^[.\s]+/, '');
  const base = cutToBytes(cleaned, MAX_NAME_BYTES - EXTENSION.length - COPY_ROOM) || 'phieu';
  return `${base}${copy === undefined ? '' : ` (${copy})`}${EXTENSION}`;
}

/** One .xlsx file name per agency, unique in the folder (case-insensitively, as on Windows); adds it to `used`. */
export function agencyFileName(name: string, used: Set<string>): string {
  let file = fileNameFor(name);
  for (let i = 2; used.has(file.toLowerCase()); i++) file = fileNameFor(name, i);
  used.add(file.toLowerCase());
  return file;
}

/**
 * Whether a file's name (its base name, any folder left off) is the one written for the agency,
 * allowing the " (2)" a second agency of the same name gets and the " (1)" a browser adds to a
 * downloaded copy.
 */
export function isFileOf(file: string, agency: string): boolean {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '').replace(/\s*\(\d+\)$/, '');
  return nameKey(`${base}.xlsx`) === nameKey(fileNameFor(agency));
}
