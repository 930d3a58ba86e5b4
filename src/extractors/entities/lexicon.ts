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

interface Draft { entity: KnownEntity; names: Array<{ name: string; region: Region | null; working: boolean }> }

/** Build the lexicon from the shipped lists and the caller's entries (same id replaces). */
export function buildLexicon(user: readonly LexiconEntry[] = []): Lexicon {
  const byId = new Map<string, Draft>();
  const drafts: Draft[] = [];
  const addRow = (row: Row, rank: number, working: boolean) => {
    const [type, canonical, id, ...names] = row;
    if (!TYPES.has(type)) return;
    const existing = id ? byId.get(id) : undefined;
    const list = names.map((n) => {
      const m = REGION_SUFFIX.exec(n);
      return { name: m ? n.slice(0, m.index) : n, region: (m?.[1] as Region | undefined) ?? null, working };
    });
    if (existing) {
      // a curated row with a generated list's id adds names and its canonical to that entity
      if (canonical) existing.entity.canonical = canonical;
      existing.entity.rank = Math.max(existing.entity.rank, rank);
      existing.names.push(...list);
      return;
    }
    const d: Draft = { entity: { type: type as EntityType, rank, ...(canonical ? { canonical } : {}), ...(id ? { id } : {}) }, names: list };
    drafts.push(d);
    if (id) byId.set(id, d);
  };
  for (const f of GENERATED) for (const r of f.rows) addRow(r, RANK.generated, true);
  for (const f of CURATED) for (const r of f.rows) addRow(r, RANK.curated, false);
  for (const u of user) {
    const d: Draft = { entity: { type: u.type, rank: RANK.user, ...(u.canonical ? { canonical: u.canonical } : {}), ...(u.id ? { id: u.id } : {}) }, names: u.names.map((name) => ({ name, region: null, working: false })) };
    const old = u.id ? byId.get(u.id) : undefined;
    if (old) old.names = []; // replaced
    drafts.push(d);
    if (u.id) byId.set(u.id, d);
  }

  const trie = new NameTrie<NameSense[]>();
  const words = new Map<string, EntityType>();
  for (const d of drafts) {
    for (const n of d.names) {
      const forms = n.working ? [n.name] : workingForms(n.name);
      for (const form of forms) {
        const key = matchKey(form.trim());
        if (!key) continue;
        trie.add(key, [{ entity: d.entity, regions: n.region ? [n.region] : null }], (a, b) => a.concat(b));
        // a name of one region only (雪梨@tw) would mislead the segmenter in texts of the others
        if (!n.region && /\p{Script=Han}/u.test(form) && !/\s/.test(form) && form.length >= 2 && (!words.has(form) || d.entity.rank > 1)) words.set(form, d.entity.type);
      }
    }
  }
  return { trie, words: [...words].map(([word, type]) => ({ word, type })) };
}

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
