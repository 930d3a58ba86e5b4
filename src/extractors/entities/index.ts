import cues from '../../../data/entities/cues.json';
import type { Extractor, ExtractContext } from '../../extractor.js';
import type { EntityType } from '../../schema/mention.js';
import type { LexiconEntry } from '../../schema/lexicon.js';
import { resolveOverlaps } from '../../resolve-overlaps.js';
import { countryAbbreviations } from './abbreviations.js';
import { COUNTRY_ABBREVIATIONS } from './cues.js';
import { armedForces } from './armies.js';
import { refineByContext } from './context.js';
import { makeDoc, type EntityCandidate } from './doc.js';
import { facilities } from './facilities.js';
import { foreignNames } from './foreign-names.js';
import { knownNames } from './known-names.js';
import { latinNames } from './latin-names.js';
import { indexKnown } from './name-extension.js';
import { buildLexicon, type KnownEntity, type Lexicon } from './lexicon.js';
import { bracketedTitles, congresses, organizations, regionalArms } from './organizations.js';
import { listedNames, people } from './people.js';
import { taggedPlaces } from './places.js';
import { LAW_TITLE_ENDINGS, laws, productCodes } from './products-laws.js';

/** 香港回归, 港澳同胞: a word the segmenter tags as a place that is a known place and a common word (a kind of place after it, 台湾省, is no common word) */
const PLACE_KIND_WORDS = new Set(cues.placeKindWords);
function knownPlaceWithCommonWord(text: string, c: EntityCandidate, knownPlaceAt: ReadonlyMap<number, EntityCandidate>): boolean {
  const k = knownPlaceAt.get(c.start);
  return !!k && k.end < c.end && !PLACE_KIND_WORDS.has(text.slice(k.end, c.end));
}

/** known places by start; known names do not overlap, so one starts at a position at most */
function placesByStart(known: readonly EntityCandidate[]): Map<number, EntityCandidate> {
  const at = new Map<number, EntityCandidate>();
  for (const x of known) if ((x.value.type === 'GPE' || x.value.type === 'LOC') && !at.has(x.start)) at.set(x.start, x);
  return at;
}

const PERSON_CHAR = '人'.charCodeAt(0);

export interface EntityExtractorOptions { lexicon?: readonly LexiconEntry[] }

const SEGMENTER_TAG: Record<EntityType, string> = { PER: 'nr', GPE: 'ns', LOC: 'ns', ORG: 'nt', PRODUCT: 'nz', LAW: 'nz', EVENT: 'nz', WORK: 'nz', MISC: 'nz' };

/** Organizations, people, places, products, laws: lexicon, patterns, POS signal. */
export function createEntityExtractor(options: EntityExtractorOptions = {}): Extractor {
  let lexicon: Lexicon | null = null;
  let byId: Map<string, KnownEntity> | null = null;
  const load = (): Lexicon => {
    if (lexicon) return lexicon;
    lexicon = buildLexicon(options.lexicon ?? []);
    byId = new Map();
    return lexicon;
  };
  const entityById = (): Map<string, KnownEntity> => {
    const lex = load();
    if (byId!.size === 0) {
      // the entities behind one-character country names, looked up once by their full names
      for (const [id, { name }] of COUNTRY_ABBREVIATIONS) {
        const senses = lex.trie.matchesAt(name, 0).find(([end]) => end === name.length)?.[1];
        const e = senses?.find((s) => s.entity.id === id)?.entity ?? senses?.[0]?.entity;
        if (e) byId!.set(id, e);
      }
    }
    return byId!;
  };
  return {
    name: 'entities',
    kinds: ['entity'],
    setup(env) {
      const lex = load();
      env.addWords(lex.words.map((w) => ({ word: w.word, tag: SEGMENTER_TAG[w.type] })));
    },
    extract(ctx: ExtractContext): EntityCandidate[] {
      if (!ctx.text) return [];
      const lex = load();
      const doc = makeDoc(ctx);
      const known = resolveOverlaps(knownNames(doc, lex));
      const knownPlaceAt = placesByStart(known);
      const covered = new Uint8Array(doc.text.length);
      for (const k of known) covered.fill(1, k.start, k.end);
      const abbreviations = countryAbbreviations(doc, entityById()).filter((c) => !covered[c.start]);
      const spans = [...known, ...abbreviations].map((k) => ({ start: k.start, end: k.end, type: k.value.type }));
      const knownIndex = indexKnown(doc, spans);
      const all: EntityCandidate[] = known.concat(
        abbreviations,
        organizations(doc, knownIndex),
        congresses(doc, spans),
        armedForces(doc, spans),
        regionalArms(doc, spans, knownIndex),
        facilities(doc, knownIndex),
        bracketedTitles(doc, LAW_TITLE_ENDINGS),
        people(doc),
        productCodes(doc),
        laws(doc),
        taggedPlaces(doc).filter((c) => !knownPlaceWithCommonWord(doc.text, c, knownPlaceAt)),
        foreignNames(doc, spans),
        latinNames(doc),
      );
      // 宁波人, 上海人: a known place and 人 is where someone is from, not a name
      const placeThenPeople = (c: EntityCandidate) => c.value.type === 'PER' && c.end - c.start >= 3 && doc.text.charCodeAt(c.end - 1) === PERSON_CHAR
        && lex.trie.matchesAt(doc.key, c.start).some(([end, senses]) => end === c.end - 1 && senses.some((x) => x.entity.type === 'GPE' || x.entity.type === 'LOC'));
      const kept = all.filter((c) => !placeThenPeople(c));
      const resolved = resolveOverlaps(kept);
      // resolved mentions already are sorted and apart: only names found in lists need resolving again
      const listed = listedNames(doc, resolved);
      return refineByContext(doc, ctx.sentences, listed.length ? resolveOverlaps(resolved.concat(listed)) : resolved);
    },
  };
}
