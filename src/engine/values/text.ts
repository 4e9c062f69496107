/**
 * Text keys for matching what people type: agency names, groups and headers.
 */

/** Unicode NFC, trimmed, runs of white space folded to one space. */
export function normalizeText(text: string): string {
  // Invisible characters pasted from web pages and PDFs (zero-width spaces, soft hyphens, BOMs)
  // would make two spellings that look the same differ.
  return text.normalize('NFC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * The key two agency or group names are compared by: normalised and case-folded, so "Phòng Nội
 * vụ", "phòng nội vụ " and its decomposed (NFD) spelling are one agency.
 */
export function nameKey(text: string): string {
  let key = nameKeys.get(text);
  if (key === undefined) {
    key = normalizeText(text).toLocaleLowerCase('vi');
    // Group labels repeat on every row; agency names do not, so keep the memo bounded.
    if (nameKeys.size > 20000) nameKeys.clear();
    nameKeys.set(text, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

/**
 * The key headers are matched by: case-folded, Vietnamese diacritics and đ removed, punctuation
 * dropped: "Tên cơ quan:" = "TEN CO QUAN" = "tên  cơ quan".
 */
export function looseKey(text: string): string {
  let key = looseKeys.get(text);
  if (key === undefined) {
    key = computeLooseKey(text);
    // Headers and labels repeat across sheets; names do not, so keep the memo bounded.
    if (looseKeys.size > 20000) looseKeys.clear();
    looseKeys.set(text, key);
  }
  return key;
}

const looseKeys = new Map<string, string>();

function computeLooseKey(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
