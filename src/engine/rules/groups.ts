/**
 * Group names: how a section title becomes a group, and how groups are matched to a rubric's.
 */
import { looseKey, normalizeText } from '../values/text';

/**
 * A numbered title: "1. …", "II. …", "I.1. …", "1.1 …", "a) …". Roman numerals are upper case
 * (a lower-case single letter is a letter item); a dotted number may go without a final dot.
 */
const NUMBERED_TITLE = /^((?:[IVXLC]+|\d{1,2})(?:\.\d{1,2})*|[a-zđ])(?:\s*[.)]|(?<=\.\d{1,2})(?=\s))\s*(\S.*)$/u;

export interface NumberedTitle {
  /** "I", "I.1", "2", "a". */
  number: string;
  /** 1 for Roman numerals, 2 for numbers, one more per dotted part, 6 for letters. */
  level: number;
  /** The title without its numbering. */
  text: string;
}

/** The numbering of a title and its level, or undefined for text that is not a numbered title. */
export function numberedTitle(value: string): NumberedTitle | undefined {
  const match = NUMBERED_TITLE.exec(normalizeText(value));
  if (!match) return undefined;
  const number = match[1];
  const parts = number.split('.');
  const level = /^[a-zđ]$/.test(number) ? 6 : (/^[IVXLC]+$/.test(parts[0]) ? 1 : 2) + (parts.length - 1) * 2;
  return { number, level, text: match[2].trim() };
}

/**
 * Words a title typed in capitals keeps in capitals: acronyms of Vietnamese administration.
 * Any other word that is not a Vietnamese syllable ("UBND", "HĐND", "TP") is kept too.
 */
const ACRONYMS = new Set(['UBND', 'HĐND', 'MTTQ', 'CNTT', 'TTĐT', 'ATTT', 'TP', 'TX', 'TT', 'VP', 'BQL', 'KCN', 'KKT', 'TW', 'TƯ', 'VHTT', 'TT&TT', 'PTNT']);
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]+(?:ch|ng|nh|[cmnpt])?$/u;
/** After these, the words up to the next comma are a place's name: "TP. Hồ Chí Minh". */
const PLACE_PREFIX = /^(?:tp|tx|tỉnh|thành phố|thị xã|huyện|quận)\.?$/u;

/** An all-capitals title in sentence case, its acronyms and place names kept. */
function sentenceCase(title: string): string {
  let properName = false;
  return title
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s+$/.test(word)) return word;
      const bare = word.replace(/[.,:;()]+$/u, '').replace(/^[(]+/u, '');
      const lower = word.toLocaleLowerCase('vi');
      const keep = ACRONYMS.has(bare) || (bare !== '' && !VIETNAMESE_SYLLABLE.test(bare.toLocaleLowerCase('vi')) && /\p{L}/u.test(bare));
      const out = keep ? word : properName ? capitalise(lower) : lower;
      if (/[,;:]$/.test(word)) properName = false;
      else if (PLACE_PREFIX.test(bare.toLocaleLowerCase('vi'))) properName = /\.$/.test(word) || bare === 'TP' || bare === 'TX' || properName;
      return out;
    })
    .join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The group a section title names, for display: numbering, the leading words "đối với" and
 * "các" (and "các" before a common noun) dropped, an all-capitals title put in sentence case with its acronyms and place names
 * kept, the first letter capitalised:
 * "1. Đối với các cơ quan chuyên môn" → "Cơ quan chuyên môn";
 * "I. CÁC SỞ, BAN, NGÀNH" → "Sở, ban, ngành"; "II. UBND CẤP HUYỆN" → "UBND cấp huyện".
 */
export function groupDisplayName(title: string): string {
  let name = normalizeText(title);
  name = numberedTitle(name)?.text ?? name;
  name = name.replace(/[:.]+$/, '').trim();
  if (name.length > 1 && name === name.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(name)) name = sentenceCase(name);
  // "các" goes at the start and before a common noun ("UBND các xã"), never before a proper
  // name ("Ban Quản lý các Công trình").
  name = name.replace(/^(?:đối với\s+)?(?:các\s+)?/iu, '').replace(/(\s)các\s+(?=\p{Ll})/gu, '$1').trim();
  return capitalise(name);
}

/** The key groups are matched by: display rules, then case, diacritics and punctuation ignored. */
export function groupKey(name: string): string {
  let key = groupKeys.get(name);
  if (key === undefined) {
    // "Ủy ban nhân dân" is written "UBND" as often as not.
    key = looseKey(groupDisplayName(name)).replace(/\buy ban nhan dan\b/g, 'ubnd');
    if (groupKeys.size > 10000) groupKeys.clear();
    groupKeys.set(name, key);
  }
  return key;
}

const groupKeys = new Map<string, string>();
