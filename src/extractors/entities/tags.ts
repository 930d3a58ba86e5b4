/**
 * Part-of-speech tags as small numbers, so that rules asking "is this token tagged ns?" of
 * every token compare bytes in a table made once per document instead of strings.
 */

/** id 0: a token without a tag (or with an empty one) */
export const NO_TAG = 0;
/** ids past the table's room all share this one, which no TagSet holds (sets are made at load, before any text) */
const OVERFLOW = 255;

const ids = new Map<string, number>();
/** the id of a tag, given on first sight */
export function tagIdOf(tag: string | undefined): number {
  if (!tag) return NO_TAG;
  let id = ids.get(tag);
  if (id === undefined) {
    id = Math.min(ids.size + 1, OVERFLOW);
    if (id < OVERFLOW) ids.set(tag, id);
  }
  return id;
}

/** A set of tags, asked by id. */
export class TagSet {
  private readonly members = new Uint8Array(256);
  constructor(tags: Iterable<string>) {
    for (const t of tags) {
      const id = tagIdOf(t);
      if (id === OVERFLOW) throw new Error(`zh-claims: too many part-of-speech tags to index ${t}`);
      if (id !== NO_TAG) this.members[id] = 1;
    }
  }
  has(id: number): boolean { return this.members[id] === 1; }
}

/** the segmenter's tags the entity rules ask about, by id (given at load, before any text) */
export const UNKNOWN_WORD_TAG = tagIdOf('x');
export const ORGANIZATION_TAG = tagIdOf('nt');
export const PLACE_TAG = tagIdOf('ns');
export const TRANSLITERATED_NAME_TAG = tagIdOf('nrt');
export const FULL_NAME_TAG = tagIdOf('nrfg');
export const NUMERAL_TAG = tagIdOf('m');
export const LATIN_WORD_TAG = tagIdOf('eng');
/** the segmenter's tags for a person's name */
export const PERSON_TAGS = new TagSet(['nr', 'nrfg', 'nrt']);
