import cues from '../../../data/entities/cues.json';
import { entity, isHan, isHanAt, type Doc, type EntityCandidate } from './doc.js';
import { endingWith, openingWith } from '../../text/alternation.js';
import { NAME_DOTS, TRANSLITERATION } from './cues.js';

const ORG_WORDS = new Set(cues.latinOrgWords);
const LAW_WORDS = new Set(cues.latinLawWords);
const PLACE_WORDS = new Set(cues.latinPlaceWords);
const PARTICLES = new Set(cues.latinNameParticles.map((p) => p.toLowerCase()));
/** an organization's head word glued to a Latin name (Avro Energy公司) */
const ORG_SUFFIX = openingWith(cues.latinOrgSuffixes);
/** a speech verb, honorific or person's verb after a Latin name (Rai说, John Di Domenico在) */
const SPEECH_AFTER = openingWith(cues.latinNameCuesAfter);
/** a role before a Latin name (准妈妈Margaret Boemer) */
const ROLE_BEFORE = endingWith(cues.latinNameRolesBefore);

/** A capitalised Latin word (Margaret, McGee, González, O'Neil): letters only, bounded length. */
const WORD = /[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}|[A-Z]\./y;

/**
 * Latin-script names standing in Chinese text: one to four capitalised words whose last word
 * names an organization (Athina Film, Avro Energy公司), a law (Chips Act) or a place (Lake
 * Eola); otherwise a person where a cue says so: a role before it (准妈妈Margaret Boemer), a
 * speech verb or a person's verb after it (Rai说, John Di Domenico在), or a transliterated
 * name glossed by it (格伦达(Glenda)). Words inside a longer Latin phrase are left alone.
 */
export function latinNames(doc: Doc): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { text } = doc;
  for (let i = nextCapital(text, 0); i >= 0; i = nextCapital(text, i + 1)) {
    // the name starts the Latin stretch: after Han text, punctuation or the text's edge
    const before = text[i - 1];
    if (before && /[A-Za-z0-9À-ÿ.\-_&]/.test(before)) continue;
    if (before === ' ' && /[A-Za-z0-9]/.test(text.slice(Math.max(0, i - 4), i).trimEnd().slice(-1))) continue;
    const words: Array<[number, number]> = [];
    let pos = i;
    while (words.length < 5) {
      WORD.lastIndex = pos;
      const m = WORD.exec(text);
      if (!m) {
        // a particle inside a name (Di, von) continues it when a capitalised word follows
        const p = /[a-z]{1,4}(?= )/y; p.lastIndex = pos;
        const pm = p.exec(text);
        if (!pm || !PARTICLES.has(pm[0]) || !words.length) break;
        pos += pm[0].length + 1;
        continue;
      }
      words.push([m.index, m.index + m[0].length]);
      pos = m.index + m[0].length;
      if (text[pos] === ' ' && /[A-ZÀ-Þa-z]/.test(text[pos + 1] ?? '')) { pos++; continue; }
      break;
    }
    if (!words.length) continue;
    const start = i, end = words[words.length - 1]![1];
    i = end - 1;
    const after = text[end];
    // part of a longer Latin sentence or code: Latin, digits or more words follow
    if (after && /[A-Za-z0-9\-_]/.test(after)) continue;
    if (after === ' ' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')) continue;
    if (words.some(([s, e]) => e - s > 1 && text.slice(s, e) === text.slice(s, e).toUpperCase())) continue;
    const last = text.slice(words[words.length - 1]![0], end).replace(/\.$/, '');
    const rest = text.slice(end, end + 6);
    const lead = text.slice(Math.max(0, start - 4), start);
    if (ORG_SUFFIX.test(rest)) { out.push(entity(start, end + ORG_SUFFIX.exec(rest)![0].length, 'ORG', undefined, undefined, -1)); continue; }
    if (ORG_WORDS.has(last)) { out.push(entity(start, end, 'ORG', undefined, undefined, -1)); continue; }
    if (LAW_WORDS.has(last)) { out.push(entity(start, end, 'LAW', undefined, undefined, -1)); continue; }
    if (PLACE_WORDS.has(last)) { out.push(entity(start, end, 'LOC', undefined, undefined, -1)); continue; }
    // 格伦达(Glenda), 理查德(Richard): a transliterated name with its Latin form in brackets
    const glossed = before === '(' && after === ')' ? transliterationBefore(doc, start - 1) : null;
    const cued = ROLE_BEFORE.test(lead) || SPEECH_AFTER.test(rest.trimStart()) || glossed !== null;
    const hanAround = isHan(before) || isHan(after) || /[,。、:;“”()（）]/.test(before ?? '') || /[,。、:;“”()（）]/.test(after ?? '');
    if (!hanAround) continue;
    // without a cue two capitalised words may be a product or a phrase (Apple Watch, Hello World)
    if (cued) {
      out.push(entity(start, end, 'PER', undefined, undefined, -1));
      if (glossed !== null) out.push(entity(glossed, start - 1, 'PER', undefined, undefined, -1));
    }
  }
  return out;
}

/** capital letters, Latin-1 ones (and ×) included: where a name can start */
const CAPITAL = /[A-Z\u00c0-\u00de]/g;
/** the next capital at or after `from`, or -1; a search instead of a test per unit, and no match array */
function nextCapital(text: string, from: number): number {
  CAPITAL.lastIndex = from;
  return CAPITAL.test(text) ? CAPITAL.lastIndex - 1 : -1;
}

/** The start of a run of transliteration characters (2 to 12, middle dots allowed) ending at `end`, on a word start. */
function transliterationBefore(doc: Doc, end: number): number | null {
  let k = end;
  while (k > 0 && end - k < 12 && (TRANSLITERATION.hasAt(doc.text, k - 1) || NAME_DOTS.hasAt(doc.text, k - 1))) k--;
  while (k < end && !isHanAt(doc.text, k)) k++;
  if (end - k < 2 || doc.wordStart[k] !== 1) return null;
  return k;
}
