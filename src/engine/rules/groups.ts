/**
 * Group names: how a section title becomes a group, and how groups are matched to a rubric's.
 */
import { looseKey, normalizeText } from '../values/text';

const FILLER_WORDS = /(^|\s)(đối với|các)(?=\s|$)/giu;
const NUMBERING = /^\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])\s*[.)]\s+/iu;

/**
 * The group a section title names, for display: numbering and the words "đối với", "các"
 * dropped, an all-capitals title put in sentence case, the first letter capitalised:
 * "1. Đối với các cơ quan chuyên môn" → "Cơ quan chuyên môn";
 * "I. CÁC SỞ, BAN, NGÀNH" → "Sở, ban, ngành".
 */
export function groupDisplayName(title: string): string {
  let name = normalizeText(title).replace(NUMBERING, '');
  name = name.replace(FILLER_WORDS, '$1').replace(/\s+/g, ' ').trim();
  name = name.replace(/[:.]+$/, '').trim();
  if (name.length > 1 && name === name.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(name)) {
    name = name.toLocaleLowerCase('vi');
  }
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
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
