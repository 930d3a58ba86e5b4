import tagFixes from '../../../data/entities/segmenter-tags.json';
import { allHan, entity, type Doc, type EntityCandidate } from './doc.js';
import { DEMONYM_NEXT, NOT_PLACE, PAIR_CHARS } from './cues.js';
import { tagIdOf } from './tags.js';

const PLACE_TAG = tagIdOf('ns');
/** words the segmenter's dictionary tags as places that name people or organisations */
const TAGGED_PERSON = new Set(tagFixes.person);
const TAGGED_ORG = new Set(tagFixes.organization);
const NATURAL = /(山脉|山|岭|峰|河|江|湖|海|湾|峡|岛|群岛|半岛|高原|盆地|平原|沙漠|草原|洋|洲|大道|路|街|广场|公园|大厦|机场|港|站)$/;
const NOT_START = /^[一二两三四五六七八九十几多各该本我他她其此这那全每某诸数]/;
/** 欧美, 中日韩: pairs of one-character country names are left to the abbreviation rule, one mention each */
const isCountryPair = (w: string) => w.length <= 3 && PAIR_CHARS.every(w);

/** Places the segmenter tags (ns) that the lexicon does not know: GPE, or LOC for natural features and sites. */
export function taggedPlaces(doc: Doc): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens, tokenTag } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokenTag[i] !== PLACE_TAG) continue;
    const t = tokens[i]!;
    if (t.word.length < 2 || NOT_PLACE.has(t.word) || NOT_START.test(t.word) || isCountryPair(t.word)) continue;
    if (!allHan(t.word)) continue;
    if (DEMONYM_NEXT.hasAt(doc.text, t.end) && !doc.text.startsWith('人民', t.end)) continue;
    const type = TAGGED_PERSON.has(t.word) ? 'PER' : TAGGED_ORG.has(t.word) ? 'ORG' : NATURAL.test(t.word) ? 'LOC' : 'GPE';
    out.push(entity(t.start, t.end, type, undefined, undefined, -1));
  }
  return out;
}

/** place words the segmenter's dictionary gets wrong, for other rules */
