import type { MentionKind, MentionValue } from './schema/mention.js';
import type { Region, Script } from './schema/result.js';
import type { OffsetMap } from './text/offset-map.js';
import type { SentenceSpan } from './text/sentences.js';
import type { Token } from './text/segmenter.js';

/** A calendar moment without a time zone: relative expressions resolve against it. */
export interface ReferenceDate {
  year: number; month: number; day: number;
  hour: number; minute: number; second: number;
  /** where it came from: the caller's option, or the document's dateline */
  from: 'option' | 'dateline';
}

/**
 * What every extractor receives: one prepared document. Offsets in `text`, `sentences`
 * and `tokens` are WORKING offsets; the pipeline maps results back to the original once.
 */
export interface ExtractContext {
  /** the caller's string, unchanged */
  readonly original: string;
  /** working form: Simplified script, half-width digits, letters and punctuation */
  readonly text: string;
  /** working offsets -> original offsets */
  readonly map: OffsetMap;
  readonly script: Script;
  readonly region: Region;
  /** null when neither the caller nor the document gives one */
  readonly referenceDate: ReferenceDate | null;
  readonly sentences: readonly SentenceSpan[];
  /** words with POS tags (segmented on first access) */
  readonly tokens: readonly Token[];
  /** for each working index, the index in `tokens` of the word covering it, or -1 (built on first access) */
  readonly tokenAt: Int32Array;
}

/** A mention as an extractor proposes it, in working offsets. */
export type Candidate = {
  [K in MentionKind]: {
    kind: K;
    start: number;
    end: number;
    value: MentionValue<K>;
    /** breaks ties between overlapping candidates of equal length: higher wins */
    priority?: number;
  };
}[MentionKind];

/** One extractor per dimension. Built-in extractors register through this interface too. */
export interface Extractor {
  readonly name: string;
  readonly kinds: readonly MentionKind[];
  extract(context: ExtractContext): Iterable<Candidate>;
  /** called once per extractor instance with the segmenter, e.g. to add lexicon words */
  setup?(env: ExtractorEnv): void;
}

export interface ExtractorEnv {
  addWords(words: Iterable<{ word: string; tag?: string }>): void;
}
