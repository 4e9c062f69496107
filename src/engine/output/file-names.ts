/**
 * File names for what is written one file per agency (blank forms, draft results), and the
 * agency a returned file was written for.
 */
import { nameKey } from '../values/text';

/** A file name from an agency's name: the characters file systems refuse replaced. */
function fileNameFor(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+/, '').slice(0, 120) || 'phieu'}.xlsx`;
}

/** One .xlsx file name per agency, unique in the folder (case-insensitively, as on Windows); adds it to `used`. */
export function agencyFileName(name: string, used: Set<string>): string {
  let file = fileNameFor(name);
  for (let i = 2; used.has(file.toLowerCase()); i++) file = fileNameFor(`${name} (${i})`);
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
