import cues from '../../../data/entities/cues.json';
import sports from '../../../data/entities/sports.json';
import { alternation } from '../../text/alternation.js';
import { StartGate, startsOf } from '../../text/starts.js';
import type { Doc, EntityCandidate } from './doc.js';
import { CharSet, entity, UnitSet } from './doc.js';
import { SuffixList } from './suffixes.js';

const CITY_CLUBS: Record<string, string> = sports.cityClubs;
const SPORT_CUES = sports.sportCues;
const SPORT_IDS = new Set((sports.rows as unknown as string[][]).map((r) => r[2]!));
/** a place name ending in one of these is a country or a division, no foreign city */
const COUNTRY_OR_DIVISION_LAST = new CharSet(cues.countryOrDivisionLastCharacters);
const VERSUS = /^\s{0,2}(vs\.?|VS\.?|对阵|对)\s{0,2}$/;

interface Span { start: number; end: number }

/** index of the first mention starting at or after `at` (mentions sorted by start) */
function firstStartingAtOrAfter(mentions: readonly Span[], at: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** sport cues by their first unit, so a sentence is read once for all of them */
const SPORT_CUES_BY_FIRST = new Map<number, string[]>();
const SPORT_CUE_FIRST = UnitSet.firstUnitsOf(SPORT_CUES);
for (const c of SPORT_CUES) if (c) SPORT_CUES_BY_FIRST.set(c.charCodeAt(0), [...(SPORT_CUES_BY_FIRST.get(c.charCodeAt(0)) ?? []), c]);
const EMPTY_CUE = SPORT_CUES.includes('');
function hasSportCue(text: string, start: number, end: number): boolean {
  if (EMPTY_CUE) return true;
  for (let i = start; i < end; i++) {
    if (!SPORT_CUE_FIRST.has(text.charCodeAt(i))) continue;
    const cues = SPORT_CUES_BY_FIRST.get(text.charCodeAt(i));
    if (cues) for (const c of cues) if (i + c.length <= end && text.startsWith(c, i)) return true;
  }
  return false;
}
/** whether one of mentions[from, to) is a sports entity */
function holdsSportEntity(mentions: readonly EntityCandidate[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPORT_IDS.has(mentions[k]!.value.id ?? '')) return true;
  return false;
}

/** 在罗马举行: after a locative word, or before a verb of holding an event, a city is the place, even in a sentence about sport */
const VENUE_BEFORE = new SuffixList(cues.venueWordsBefore);
const VENUE_AFTER = new RegExp(alternation(cues.venueWordsAfter), 'y');
function isVenue(text: string, m: Span): boolean {
  if (VENUE_BEFORE.longestEndingAt(text, m.start) !== null) return true;
  VENUE_AFTER.lastIndex = m.end;
  return VENUE_AFTER.test(text);
}

/**
 * Types that depend on the sentence: in a sentence about sport, a city that names a club
 * (罗马, 多特蒙德), a foreign city (博洛尼亚) and the sides of "A vs B" are the clubs (ORG). A Latin name in brackets
 * right after a mention (特朗普(Donald Trump), 加拿大血液服务(CBS)) is another name of it
 * and takes its type.
 */
export function refineByContext(doc: Doc, sentences: readonly Span[], mentions: EntityCandidate[]): EntityCandidate[] {
  // the mentions come sorted and without overlaps, so a sentence's mentions are one run of them
  const out = mentions.slice();
  for (const s of sentences) {
    const first = firstStartingAtOrAfter(out, s.start);
    let last = first;
    while (last < out.length && out[last]!.end <= s.end) last++;
    if (last === first) continue;
    const sport = holdsSportEntity(out, first, last) || hasSportCue(doc.text, s.start, s.end);
    if (!sport) continue;
    // out[first, last) are the sentence's mentions; one replaced below keeps its span, which is all its neighbours read
    for (let k = first; k < last; k++) {
      const m = out[k]!;
      if (m.value.type === 'ORG') continue;
      const name = doc.text.slice(m.start, m.end);
      const club = CITY_CLUBS[name];
      const prev = k > first ? out[k - 1] : undefined, next = k + 1 < last ? out[k + 1] : undefined;
      const versus = (prev && VERSUS.test(doc.text.slice(prev.end, m.start))) || (next && VERSUS.test(doc.text.slice(m.end, next.start)));
      // a foreign city (not a country, not a division of China or Taiwan) in a sentence about sport is its club
      const foreignCity = m.value.type === 'GPE' && (!m.value.id || m.value.id.startsWith('gpe:tz-')) && !COUNTRY_OR_DIVISION_LAST.hasAt(name, name.length - 1) && !doc.text.startsWith('的', m.end);
      if (!versus && isVenue(doc.text, m)) continue;
      if (!club && !foreignCity && !(versus && /^(GPE|LOC|PER)$/.test(m.value.type))) continue;
      out[k] = entity(m.start, m.end, 'ORG', club, undefined, m.priority ?? 0);
    }
  }
  for (let k = 0; k < out.length; k++) out[k] = withPlaceSuffix(doc, personByCue(doc, out[k]!), out[k + 1]);
  return out.concat(bracketedLatinNames(doc, out)).sort((a, b) => a.start - b.start);
}

/** what follows a person and never a place: titles of nobility, reigns, lives (华盛顿执政, 哈利法克斯勋爵) */
const PERSON_ONLY_AFTER = new RegExp(alternation(cues.personOnlyAfter), 'y');
/** a regnal number after a name is part of it: 拉美西斯二世, 伊丽莎白二世 */
const REGNAL = /^[一二三四五六七八九十]{1,3}世/;
const REGNAL_START = new StartGate([startsOf(REGNAL)]);
/** a place name ending in one of these is a place whatever follows it (美国, 加州, 长江) */
const PLACE_LAST = new CharSet(cues.placeLastCharacters);

/**
 * A city or region name that the text uses for a person (华盛顿执政期间, 哈利法克斯勋爵) is
 * retyped; a person's name takes its regnal number (图特摩斯三世). Countries keep their type:
 * 美国表示 is the state speaking.
 */
function personByCue(doc: Doc, m: EntityCandidate): EntityCandidate {
  if (m.value.type === 'PER') {
    // a regnal number opens with a numeral: most names are followed by something else
    if (!REGNAL_START.mayStartAt(doc.text, m.end)) return m;
    const regnal = REGNAL.exec(doc.text.slice(m.end, m.end + 4));
    return regnal ? { ...m, end: m.end + regnal[0].length } : m;
  }
  if (m.value.type !== 'GPE' && m.value.type !== 'LOC') return m;
  if (/^gpe:[A-Z]{2}$/.test(m.value.id ?? '') || PLACE_LAST.hasAt(doc.text, m.end - 1)) return m;
  PERSON_ONLY_AFTER.lastIndex = m.end;
  return PERSON_ONLY_AFTER.test(doc.text) ? entity(m.start, m.end, 'PER', undefined, undefined, m.priority ?? 0) : m;
}

/** 特朗普(Donald Trump), “安全芯片法案”(SAFE Chips Act): a closing quote may stand before the bracket */
const LATIN_IN_BRACKETS = /^[”」』"]?\(([A-Z][A-Za-z.'\- ]{1,40}[A-Za-z.])\)/;
const LATIN_IN_BRACKETS_START = new StartGate([startsOf(LATIN_IN_BRACKETS)]);

function bracketedLatinNames(doc: Doc, mentions: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const starts = new Set(mentions.map((m) => m.start));
  for (const m of mentions) {
    if (m.value.type === 'MISC') continue;
    // the bracket follows at once or after a closing quote
    if (!LATIN_IN_BRACKETS_START.mayStartAt(doc.text, m.end)) continue;
    const after = doc.text.slice(m.end, m.end + 45);
    const hit = LATIN_IN_BRACKETS.exec(after);
    if (!hit) continue;
    const start = m.end + hit[0].indexOf('(') + 1, end = start + hit[1]!.length;
    if (starts.has(start)) continue;
    out.push(entity(start, end, m.value.type, m.value.canonical, m.value.id, m.priority ?? 0));
  }
  return out;
}

/** a geographic word standing alone after a name makes it a place name: a natural feature (罗讷河) a location, a division (明斯克州, 开普敦市) a GPE */
const NATURAL_FEATURE_WORDS = new Set(cues.naturalFeatureWords);
const DIVISION_WORDS = new Set(cues.divisionWords);
/** a longer word after a name is none of them: most names are let go on the token's length alone */
const PLACE_WORD_LONGEST = Math.max(...cues.naturalFeatureWords.map((w) => w.length), ...cues.divisionWords.map((w) => w.length));

function withPlaceSuffix(doc: Doc, m: EntityCandidate, next: EntityCandidate | undefined): EntityCandidate {
  if (m.value.type !== 'PER' && m.value.type !== 'GPE' && m.value.type !== 'LOC') return m;
  const ti = doc.tokenAt[m.end] ?? -1;
  if (ti < 0) return m;
  if (doc.tokenLength[ti]! > PLACE_WORD_LONGEST) return m;
  const t = doc.tokens[ti]!;
  if (t.start !== m.end || (next && next.start < t.end)) return m;
  const natural = NATURAL_FEATURE_WORDS.has(t.word);
  if (!natural && !DIVISION_WORDS.has(t.word)) return m;
  // 陈市长 is a title; a person's name takes a suffix only when it is transliterated
  if (m.value.type === 'PER' && m.end - m.start < 3) return m;
  return entity(m.start, t.end, natural ? 'LOC' : 'GPE', undefined, undefined, m.priority ?? 0);
}
