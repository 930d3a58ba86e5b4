import cues from '../../../data/entities/cues.json';
import tagFixes from '../../../data/entities/segmenter-tags.json';
import { allHan, CharSet, entity, type Doc, type EntityCandidate } from './doc.js';
import { DEMONYM_NEXT, NOT_PLACE, PAIR_CHARS } from './cues.js';
import { SuffixList } from './suffixes.js';
import { tagIdOf } from './tags.js';

const PLACE_TAG = tagIdOf('ns');
/** words the segmenter's dictionary tags as places that name people or organisations */
const TAGGED_PERSON = new Set(tagFixes.person);
const TAGGED_ORG = new Set(tagFixes.organization);
/** a tagged place ending in one of these is a natural feature or a site (LOC), any other a GPE */
const LOCATION_ENDINGS = new SuffixList(cues.locationEndings);
/** 三省, 我市, 该国: a numeral, pronoun or determiner opens no place name */
const NOT_PLACE_OPENING = new CharSet(cues.notPlaceOpeningCharacters + cues.determinerCharacters);
/** 欧美, 中日韩: pairs of one-character country names are left to the abbreviation rule, one mention each */
const isCountryPair = (w: string) => w.length <= 3 && PAIR_CHARS.every(w);

/** Places the segmenter tags (ns) that the lexicon does not know: GPE, or LOC for natural features and sites. */
export function taggedPlaces(doc: Doc): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens, tokenTag, tokenFirst } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokenTag[i] !== PLACE_TAG) continue;
    const t = tokens[i]!;
    if (t.word.length < 2 || NOT_PLACE.has(t.word) || NOT_PLACE_OPENING.hasUnit(tokenFirst[i]!) || isCountryPair(t.word)) continue;
    if (!allHan(t.word)) continue;
    if (DEMONYM_NEXT.hasAt(doc.text, t.end) && !doc.text.startsWith('人民', t.end)) continue;
    const type = TAGGED_PERSON.has(t.word) ? 'PER' : TAGGED_ORG.has(t.word) ? 'ORG' : LOCATION_ENDINGS.longestEnding(t.word) !== null ? 'LOC' : 'GPE';
    out.push(entity(t.start, t.end, type, undefined, undefined, -1));
  }
  return out;
}

/** place words the segmenter's dictionary gets wrong, for other rules */
