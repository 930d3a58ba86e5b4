import countries from '../../../data/entities/countries.json';
import cnDivisions from '../../../data/entities/cn-divisions.json';
import twDivisions from '../../../data/entities/tw-divisions.json';
import twCompanies from '../../../data/entities/tw-companies.json';
import thuoclPlaces from '../../../data/entities/thuocl-places.json';
import thuoclPeople from '../../../data/entities/thuocl-people.json';
import corePlaces from '../../../data/entities/core-places.json';
import coreOrgs from '../../../data/entities/core-orgs.json';
import corePeopleProducts from '../../../data/entities/core-people-products.json';
import sports from '../../../data/entities/sports.json';
import works from '../../../data/entities/works.json';
import armies from '../../../data/entities/armies.json';
import worldPlaces from '../../../data/entities/world-places.json';
import cldrCities from '../../../data/entities/cldr-cities.json';
import type { Region } from '../../schema/result.js';
import type { EntityType } from '../../schema/mention.js';
import type { LexiconEntry } from '../../schema/lexicon.js';
import { hasSpace, someHan } from '../../text/chars.js';
import { NameTrie } from '../../text/trie.js';
import { workingForms } from './curated-forms.js';

/** One known entity. `rank` orders sources when two entities share a name: user > curated > generated. */
export interface KnownEntity {
  type: EntityType;
  canonical?: string;
  id?: string;
  rank: number;
}

/** A name of an entity; `regions` limits it to texts of those regions (央行 is the PBOC on the mainland, the CBC in Taiwan). */
export interface NameSense { entity: KnownEntity; regions: readonly Region[] | null }

export type Row = [string, string, string, ...string[]];
export interface RowFile { rows: Row[] }

const GENERATED: RowFile[] = [countries, cnDivisions, twDivisions, twCompanies, thuoclPlaces, thuoclPeople, cldrCities] as unknown as RowFile[];
/** hand-written lists, by file name (scripts/build-lexicon-forms.ts precomputes their working forms) */
export const CURATED_FILES = { 'core-places.json': corePlaces, 'core-orgs.json': coreOrgs, 'core-people-products.json': corePeopleProducts, 'sports.json': sports, 'works.json': works, 'armies.json': armies, 'world-places.json': worldPlaces } as unknown as Record<string, RowFile>;
const CURATED: RowFile[] = Object.values(CURATED_FILES);
const RANK = { generated: 1, curated: 2, user: 3 } as const;
const TYPES = new Set(['ORG', 'PER', 'GPE', 'LOC', 'PRODUCT', 'LAW', 'EVENT', 'WORK', 'MISC']);

/** Matching key: Latin letters fold to lower case, full-width forms to ASCII (one unit in, one out). */
export function matchKey(s: string): string {
  // the working text is half-width already: most strings come back unchanged, without a copy
  return FOLDED.test(s) ? s.replace(FOLDED_ALL, foldUnit) : s;
}
const FOLDED = /[A-Z\uff01-\uff5e\u3000\u00a0]/;
const FOLDED_ALL = /[A-Z\uff01-\uff5e\u3000\u00a0]/g;
function foldUnit(ch: string): string {
  let c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000 || c === 0xa0) c = 0x20;
  if (c >= 65 && c <= 90) c += 32;
  return String.fromCharCode(c);
}

export const REGION_SUFFIX = /@(cn|tw|hk)$/;

export interface Lexicon {
  trie: NameTrie<NameSense[]>;
  /** Han names in working form with their entity types, for the word segmenter */
  words: Array<{ word: string; type: EntityType }>;
}

/**
 * An entity being gathered from the lists, with its names as written there (region marks
 * included): names from the generated lists are in working form already; curated and user
 * names are converted when the trie is built. Generated lists are read first, so an entity's
 * generated names always come before its curated ones. Only the shipped lists mark regions: the
 * names of a user's entity (rank user) are taken as written, @ and all.
 */
interface Draft { entity: KnownEntity; working: string[]; asWritten: string[] }

/** The region a list name is limited to (雪梨@tw), from its mark. */
function regionOf(raw: string): Region | null {
  const m = raw.length >= 3 && raw.charCodeAt(raw.length - 3) === AT ? REGION_SUFFIX.exec(raw) : null;
  return m ? (m[1] as Region) : null;
}
const AT = '@'.charCodeAt(0);

/** Build the lexicon from the shipped lists and the caller's entries (same id replaces). */
export function buildLexicon(user: readonly LexiconEntry[] = []): Lexicon {
  const byId = new Map<string, Draft>();
  const drafts: Draft[] = [];
  const addRow = (row: Row, rank: number, working: boolean) => {
    const type = row[0], canonical = row[1], id = row[2];
    if (!TYPES.has(type)) return;
    let d = id ? byId.get(id) : undefined;
    if (d) {
      // a curated row with a generated list's id adds names and its canonical to that entity
      if (canonical) d.entity.canonical = canonical;
      d.entity.rank = Math.max(d.entity.rank, rank);
    } else {
      d = { entity: { type: type as EntityType, rank, ...(canonical ? { canonical } : {}), ...(id ? { id } : {}) }, working: [], asWritten: [] };
      drafts.push(d);
      if (id) byId.set(id, d);
    }
    const names = working ? d.working : d.asWritten;
    for (let k = 3; k < row.length; k++) names.push(row[k]!);
  };
  for (const f of GENERATED) for (const r of f.rows) addRow(r, RANK.generated, true);
  for (const f of CURATED) for (const r of f.rows) addRow(r, RANK.curated, false);
  for (const u of user) {
    const d: Draft = { entity: { type: u.type, rank: RANK.user, ...(u.canonical ? { canonical: u.canonical } : {}), ...(u.id ? { id: u.id } : {}) }, working: [], asWritten: [...u.names] };
    const old = u.id ? byId.get(u.id) : undefined;
    if (old) { old.working = []; old.asWritten = []; } // replaced
    drafts.push(d);
    if (u.id) byId.set(u.id, d);
  }

  const trie = new NameTrie<NameSense[]>();
  const words = new Map<string, EntityType>();
  const addForm = (form: string, d: Draft, region: Region | null, senses: NameSense[]) => {
    const key = matchKey(form.trim());
    if (!key) return;
    trie.add(key, senses, concatSenses);
    // a name of one region only (雪梨@tw) would mislead the segmenter in texts of the others
    if (!region && form.length >= 2 && someHan(form) && !hasSpace(form) && (d.entity.rank > 1 || !words.has(form))) words.set(form, d.entity.type);
  };
  for (const d of drafts) {
    // one sense array for all the entity's names without a region mark (merging copies, never mutates)
    const everywhere: NameSense[] = [{ entity: d.entity, regions: null }];
    const sensesIn = (region: Region | null): NameSense[] => (region ? [{ entity: d.entity, regions: [region] }] : everywhere);
    for (const raw of d.working) {
      const region = regionOf(raw); // generated lists mark regions
      addForm(region ? raw.slice(0, -3) : raw, d, region, sensesIn(region));
    }
    const marksRegions = d.entity.rank !== RANK.user;
    for (const raw of d.asWritten) {
      const region = marksRegions ? regionOf(raw) : null;
      const senses = sensesIn(region);
      for (const form of workingForms(region ? raw.slice(0, -3) : raw)) addForm(form, d, region, senses);
    }
  }
  return { trie, words: [...words].map(([word, type]) => ({ word, type })) };
}

const concatSenses = (a: NameSense[], b: NameSense[]): NameSense[] => a.concat(b);

/** The sense of a name that applies in a text of `region`: region-specific first, then by source rank. */
export function senseFor(senses: readonly NameSense[], region: Region): KnownEntity | null {
  let best: NameSense | null = null;
  for (const s of senses) {
    if (s.regions && !s.regions.includes(region)) continue;
    if (!best || (s.regions && !best.regions) || (!!s.regions === !!best.regions && s.entity.rank > best.entity.rank)) best = s;
  }
  return best?.entity ?? null;
}

/** Every distinct Han name of the curated lists, as written (region marks removed). */
export function curatedNames(): string[] {
  const names = new Set<string>();
  for (const f of CURATED) for (const [, , , ...list] of f.rows) for (const n of list) {
    const name = n.replace(REGION_SUFFIX, '');
    if (!/^[\x20-\x7e]*$/.test(name)) names.add(name);
  }
  return [...names];
}
