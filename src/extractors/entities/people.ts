import cues from '../../../data/entities/cues.json';
import { allHan, entity, isHan, isHanAt, type Doc, type EntityCandidate } from './doc.js';
import { NOT_PERSON, SURNAMES, TITLES, transliterated } from './cues.js';
import { endingWith, openingWith } from '../../text/alternation.js';
import { SuffixList } from './suffixes.js';
import { FULL_NAME_TAG, NO_TAG, PERSON_TAGS, TagSet, TRANSLITERATED_NAME_TAG, UNKNOWN_WORD_TAG } from './tags.js';

const COMPOUND_SURNAMES = new Set(cues.compoundSurnames);
const HONORIFICS = [...cues.personHonorifics].sort((a, b) => b.length - a.length);
/** honorifics by their last unit, for a name word ending with one (林先生) */
const HONORIFIC_ENDINGS = new SuffixList(HONORIFICS);
/** honorifics and titles of two units or more, which a surname may open a word with (江主席, 王总经理) */
const TITLES_AFTER_SURNAME = new SuffixList([...HONORIFICS, ...TITLES].filter((w) => w.length >= 2));
/** tags of a token that can be the given name after a one-character surname */
const GIVEN_TAGS = new TagSet(['nr', 'nrfg', 'ng', 'n', 'nz', 'a', 'an', 'j', 'vg', 'ag', 'z', 'x', 'b', 'tg', 'g']);
/** a noun after a surname and a given name makes them a noun phrase (沈 + 被章 + noun), not a name */
const NOUN_TAGS = new TagSet(['n', 'nr', 'ns', 'nt', 'nz', 'vn']);
/** a word the segmenter knows as a name or does not know at all */
const NAME_OR_UNKNOWN_TAGS = new TagSet(['nr', 'nrfg', 'nrt', 'x']);
const NAME_DOT = new RegExp(`[${cues.nameDots}]`);

/** what may stand next to a bare name: punctuation, a title, a speech or listing word, the text's edge */
const BEFORE_NAME = endingWith(cues.bareNameBefore);
const AFTER_NAME = openingWith(cues.bareNameAfter);
function nameBoundary(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const before = doc.text.slice(Math.max(0, t.start - 3), t.start);
  const after = doc.text.slice(t.end, t.end + 3);
  const prev = doc.tokens[i - 1];
  const left = t.start === 0 || BEFORE_NAME.test(before) || (!!prev && prev.end === t.start && isRole(prev.word));
  const right = t.end === doc.text.length || AFTER_NAME.test(after) || /^[\p{P}\s]/u.test(after);
  // an unknown word after a role (副局长张涛) or before a speech verb (李晨洋申请) needs one side only
  const next = doc.tokens[i + 1];
  return left && right || (left && !!prev && isRole(prev.word)) || (right && !!next && next.start === t.end && SPEECH_AFTER.has(next.word));
}

/** one-character words that never end a name */
const FUNCTION_CHAR = new Set(cues.notNameEndCharacters);
/** words after a bare name that speak of or address a person (说, 表示, 先生) */
const SPEECH_AFTER = new Set(cues.speechAfterName);
/** what a given name stands before (小平同志) */
const GIVEN_NAME_HONORIFIC = openingWith(cues.givenNameHonorifics);

/** a word naming a role or office, which a person's name follows (副局长, 经济师, 实习生, 原告) */
const ROLE_ENDING = endingWith(cues.personRoleEndings);
function isRole(word: string): boolean {
  return TITLES.has(word) || (word.length >= 2 && word.length <= 5 && ROLE_ENDING.test(word));
}

const hasSurname = (w: string) => SURNAMES.hasAt(w, 0) || COMPOUND_SURNAMES.has(w.slice(0, 2));

/**
 * People: words the segmenter tags as names (nr, nrfg, nrt), a surname with an honorific or
 * title (江主席 -> 江), a surname glued to a short given name, and transliterated names
 * joined by a middle dot (伊丽莎白·华伦). Titles stay outside the span.
 */
export function people(doc: Doc): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens, text, tokenTag, tokenFirst, tokenLast, tokenLength } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tag = tokenTag[i]!;
    if (tag === NO_TAG) continue;
    // every rule below wants a name, an unknown word (x) of two or three units (not punctuation,
    // which is tagged x too), or a surname before a title in one word
    const length = tokenLength[i]!;
    const nameTag = PERSON_TAGS.has(tag);
    const unknownWord = tag === UNKNOWN_WORD_TAG && length >= 2 && length <= 3;
    const surnameAndTitle = !nameTag && length >= 3 && length <= 4 && SURNAMES.hasUnit(tokenFirst[i]!) && TITLES_AFTER_SURNAME.mayEndWith(tokenLast[i]!);
    if (!unknownWord && !nameTag && !surnameAndTitle) continue;
    const t = tokens[i]!;
    const w = t.word;
    if (!allHan(w)) continue;
    // 江主席, 王总经理 as one word of any tag: a surname and an honorific or title (江 is the person)
    if (surnameAndTitle && !NOT_PERSON.has(w)) {
      const rest = w.slice(1);
      if (HONORIFICS.includes(rest) || TITLES.has(rest)) { out.push(entity(t.start, t.start + 1, 'PER')); continue; }
    }
    // 小平同志: an unknown two-character word before 同志 or 先生 is a (given) name
    if (tag === UNKNOWN_WORD_TAG && w.length === 2 && !NOT_PERSON.has(w) && GIVEN_NAME_HONORIFIC.test(text.slice(t.end, t.end + 2))) {
      out.push(entity(t.start, t.end, 'PER'));
      continue;
    }
    // 陈特安, 肖克: an unknown word (x) of 2-3 characters starting with a surname, between name boundaries
    if (tag === UNKNOWN_WORD_TAG && w.length >= 2 && w.length <= 3 && hasSurname(w) && !NOT_PERSON.has(w) && nameBoundary(doc, i)) {
      out.push(entity(t.start, t.end, 'PER'));
      continue;
    }
    // 陈其 + 迈: an unknown surname word the segmenter cut one character short, after a role
    const tail = tokens[i + 1];
    if (tag === UNKNOWN_WORD_TAG && w.length === 2 && SURNAMES.hasAt(w, 0) && tail && tail.start === t.end && tail.word.length === 1 && isHan(tail.word)
      && !FUNCTION_CHAR.has(tail.word) && (isRole(tokens[i - 1]?.word ?? '') || isRole(text.slice(Math.max(0, t.start - 2), t.start))) && AFTER_NAME.test(text.slice(tail.end, tail.end + 3))) {
      out.push(entity(t.start, tail.end, 'PER'));
      i++;
      continue;
    }
    if (nameTag) {
      if (NOT_PERSON.has(w)) continue;
      // 林先生 -> 林; 江主席 tagged as one name
      const hon = HONORIFIC_ENDINGS.longestEnding(w, w.length - 1);
      if (hon) {
        const name = w.slice(0, w.length - hon.length);
        if (name.length <= 2 && hasSurname(name)) out.push(entity(t.start, t.start + name.length, 'PER'));
        continue;
      }
      const next = tokens[i + 1];
      if (w.length === 1) {
        if (!SURNAMES.has(w)) continue;
        // 沈 + 被章: a surname token glued to a short given name
        if (next && next.start === t.end && GIVEN_TAGS.has(tokenTag[i + 1]!) && next.word.length <= 2 && allHan(next.word) && !NOT_PERSON.has(next.word) && !TITLES.has(next.word) && !HONORIFICS.includes(next.word)) {
          const after = tokens[i + 2];
          if (!after || !NOUN_TAGS.has(tokenTag[i + 2]!) || TITLES.has(after.word)) {
            out.push(entity(t.start, next.end, 'PER'));
            i++;
            continue;
          }
        }
        // 江 + 主席: a surname before an honorific or title
        if (next && next.start === t.end && (HONORIFICS.includes(next.word) || TITLES.has(next.word))) out.push(entity(t.start, t.end, 'PER'));
        continue;
      }
      const ok = tag === TRANSLITERATED_NAME_TAG ? w.length <= 8 && (transliterated(w) || (w.length <= 3 && hasSurname(w)))
        : w.length <= 3 ? hasSurname(w) || transliterated(w)
        : w.length === 4 && (COMPOUND_SURNAMES.has(w.slice(0, 2)) || tag === FULL_NAME_TAG);
      if (ok) out.push(entity(t.start, t.end, 'PER'));
      continue;
    }
  }
  // transliterated names: parts joined by a middle dot, each part a word or two
  const dot = new RegExp(NAME_DOT.source, 'g');
  for (let m = dot.exec(text); m; m = dot.exec(text)) {
    const at = m.index;
    if (!isHanAt(text, at - 1) || !isHanAt(text, at + 1)) continue;
    let start = at, end = at + 1;
    // left part: words written with transliteration characters, at most 8 characters, no title inside
    for (let k = 0, pos = at; k < 3; k++) {
      const ti = doc.tokenAt[pos - 1] ?? -1;
      if (ti < 0) break;
      const tok = tokens[ti]!;
      if (!allHan(tok.word) || TITLES.has(tok.word) || at - tok.start > 8) break;
      if (k > 0 && !transliterated(tok.word)) break;
      start = tok.start; pos = tok.start;
      if (!transliterated(tok.word)) break;
    }
    // right part(s): words written with transliteration characters, through further dots
    let pos = at + 1;
    for (let k = 0; k < 5; k++) {
      const ti = doc.tokenAt[pos] ?? -1;
      if (ti < 0) break;
      const tok = tokens[ti]!;
      if (!allHan(tok.word) || tok.start < pos || tok.end - at - 1 > 12) break;
      if (k > 0 && !transliterated(tok.word)) break;
      end = tok.end; pos = tok.end;
      if (NAME_DOT.test(text[pos] ?? '') && isHanAt(text, pos + 1)) { end = pos + 1; pos++; continue; }
      if (!transliterated(tok.word)) break;
    }
    while (NAME_DOT.test(text[end - 1] ?? '')) end--;
    if (start < at && end > at + 1) {
      out.push(entity(start, end, 'PER', undefined, undefined, 1));
      dot.lastIndex = end;
    }
  }
  return out;
}

const LIST_MARK = '、'.charCodeAt(0);

/**
 * Names in a list (李树文、郝建秀、钱冠林、李志坚): an item between list marks that starts with a
 * surname and has two or three characters is a name when an item next to it is one, however
 * the segmenter cut it (钱/冠/林).
 */
export function listedNames(doc: Doc, found: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { text } = doc;
  const taken = new Uint8Array(text.length + 1);
  for (const m of found) taken.fill(1, m.start, m.end);
  for (const m of found) {
    if (m.value.type !== 'PER' || text.charCodeAt(m.end) !== LIST_MARK) continue;
    // the item after this name, up to the next list mark, 等 or punctuation
    const from = m.end + 1;
    let to = from;
    while (to < text.length && to - from < 4 && isHanAt(text, to) && text[to] !== '、' && text[to] !== '等') to++;
    if (to - from < 2 || to - from > 3 || taken[from] || !/^(、|等|和|,|。|$)/.test(text.slice(to, to + 1))) continue;
    const item = text.slice(from, to);
    if (!hasSurname(item) || NOT_PERSON.has(item)) continue;
    // the segmenter must not know the item as one common word
    const ti = doc.tokenAt[from]!;
    const tok = ti >= 0 ? doc.tokens[ti]! : null;
    if (tok && tok.start === from && tok.end === to && !NAME_OR_UNKNOWN_TAGS.has(doc.tokenTag[ti]!)) continue;
    out.push(entity(from, to, 'PER', undefined, undefined, -1));
  }
  return out;
}
