import { z } from 'zod';
import { builtinExtractors } from './extractors/index.js';
import type { Extractor } from './extractor.js';
import { InvalidOptionError } from './options.js';
import { Pipeline } from './pipeline.js';
import { LexiconEntry } from './schema/lexicon.js';
import type { ExtractionResult, Sentence } from './schema/result.js';
import { convertMapped, type ConversionPreset } from './text/opencc.js';
import { OffsetMap } from './text/offset-map.js';
import { detectRegion, scriptCounts, scriptOf } from './text/script.js';
import { presetFor, workingFormOf } from './text/normalize.js';
import { sentencesInOriginal, splitSentenceSpans } from './text/sentences.js';
import { defaultSegmenter, IntlSegmenter, type Segmenter, type Token } from './text/segmenter.js';
import type { ExtractOptions } from './options.js';

export * from './schema/index.js';
export { LexiconEntry } from './schema/lexicon.js';
export type { Extractor, ExtractContext, Candidate, ReferenceDate, ExtractorEnv } from './extractor.js';
export type { Segmenter, Token } from './text/segmenter.js';
export { IntlSegmenter, JiebaSegmenter } from './text/segmenter.js';
export type { ExtractOptions } from './options.js';
export { InvalidOptionError } from './options.js';
export { OffsetMap } from './text/offset-map.js';
export { detectScript } from './text/script.js';
export { resolveOverlaps } from './resolve-overlaps.js';
export { splitArticles, corroborate, clustersForScoring } from './corroborate/index.js';
export { Article, CorroborationInput, CorroborationReport, Cluster, ClaimRef, Conflict, ConflictSide, Retelling, ScoringClusters } from './corroborate/index.js';
export { renderHtml, type RenderOptions } from './render/index.js';
export { describeValue } from './schema/describe-value.js';

export interface ExtractorConfig {
  /** 'nodejieba' (default where it loads), 'intl' (Intl.Segmenter), or your own Segmenter */
  segmenter?: 'nodejieba' | 'intl' | Segmenter;
  /** entities to add to the built-in lexicon, or to replace built-in entries with the same id */
  lexicon?: LexiconEntry[];
  /** extra extractors (plugins), run after the built-in ones */
  extractors?: Extractor[];
}

/** A reusable extractor: dictionaries and lexicons load once, on first use. */
export interface ZhClaimsExtractor {
  extract(text: string, options?: ExtractOptions): ExtractionResult;
  /** names of the registered extractors, for the `extractors` option */
  readonly extractorNames: string[];
  /** which word segmenter is in use */
  readonly segmenter: string;
  /** the pipeline, for timing stages (benchmark) */
  readonly pipeline: Pipeline;
}

const ConfigSchema = z.object({
  segmenter: z.union([z.enum(['nodejieba', 'intl']), z.custom<Segmenter>((s) => !!s && typeof (s as Segmenter).segment === 'function')]).optional(),
  lexicon: z.array(LexiconEntry).optional(),
  extractors: z.array(z.custom<Extractor>((e) => !!e && typeof (e as Extractor).name === 'string' && typeof (e as Extractor).extract === 'function' && Array.isArray((e as Extractor).kinds))).optional(),
}).strict();

const CONFIG_EXPECTED: Record<string, string> = {
  segmenter: `'nodejieba', 'intl' or an object with a segment(text) method`,
  lexicon: 'an array of { type, names, canonical?, id? } entries',
  extractors: 'an array of { name, kinds, extract(context) } extractors',
};

function pickSegmenter(s: ExtractorConfig['segmenter']): Segmenter {
  if (s === 'intl') return new IntlSegmenter();
  if (s === undefined || s === 'nodejieba') return defaultSegmenter();
  return s;
}

export function createExtractor(config: ExtractorConfig = {}): ZhClaimsExtractor {
  const parsed = ConfigSchema.safeParse(config ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? 'config');
    throw new InvalidOptionError(name, CONFIG_EXPECTED[name] ?? `one of ${Object.keys(CONFIG_EXPECTED).join(', ')}`, (config as Record<string, unknown>)[name]);
  }
  let pipeline: Pipeline | null = null;
  const get = (): Pipeline => (pipeline ??= new Pipeline(
    [...builtinExtractors({ lexicon: config.lexicon ?? [] }), ...(config.extractors ?? [])],
    pickSegmenter(config.segmenter),
  ));
  return {
    extract: (text, options) => get().run(text, options),
    get extractorNames() { return get().extractorNames; },
    get segmenter() { return get().segmenterName; },
    get pipeline() { return get(); },
  };
}

let shared: ZhClaimsExtractor | null = null;

/** Extract mentions and claims from `text` (Traditional or Simplified) with the default extractor. */
export function extract(text: string, options?: ExtractOptions): ExtractionResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

/** Convert between scripts. `to`: 'simplified', 'traditional', 'tw' (Taiwan phrasing) or 'hk'. */
export function convert(text: string, options: { to: 'simplified' | 'traditional' | 'tw' | 'hk' }): { text: string; toInput(start: number, end: number): [number, number] } {
  const to = options?.to;
  const presets: Record<string, ConversionPreset | undefined> = { traditional: 's2t', tw: 's2twp', hk: 's2hk' };
  if (!['simplified', 'traditional', 'tw', 'hk'].includes(to as string)) throw new InvalidOptionError('to', `'simplified', 'traditional', 'tw' or 'hk'`, to);
  if (typeof text !== 'string') throw new TypeError('zh-claims: convert(text) expects a string');
  let r;
  if (to === 'simplified') {
    // the working form's conversion, without its width folding
    const script = scriptOf(scriptCounts(text));
    const preset = presetFor(script, detectRegion(text, script));
    r = preset ? convertMapped(text, preset) : { text, map: OffsetMap.identity(text.length) };
  } else {
    // from any script: to Simplified first, then to the target, composing the maps
    const s = convertMapped(text, 't2s');
    const t = convertMapped(s.text, presets[to]!);
    r = { text: t.text, map: s.map.then(t.map) };
  }
  const map = r.map;
  return { text: r.text, toInput: (s: number, e: number) => map.toInput(s, e) };
}

/** Sentences of `text`, with their clauses; offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  if (typeof text !== 'string') throw new TypeError('zh-claims: splitSentences(text) expects a string');
  const { text: working, map } = workingFormOf(text);
  return sentencesInOriginal(text, map, splitSentenceSpans(working));
}

let wordSegmenter: Segmenter | null = null;

/** Words of `text` (segmented in Simplified, so Traditional text segments as well), with offsets into `text`. */
export function segmentWords(text: string, options: { segmenter?: Segmenter } = {}): Token[] {
  if (typeof text !== 'string') throw new TypeError('zh-claims: segmentWords(text) expects a string');
  const seg = options.segmenter ?? (wordSegmenter ??= defaultSegmenter());
  const { text: working, map } = workingFormOf(text);
  const out: Token[] = [];
  let last = 0;
  for (const t of seg.segment(working)) {
    const [start, end] = map.toInput(t.start, t.end);
    if (start < last) continue; // two working words inside one converted phrase: keep the first
    last = end;
    out.push({ ...t, start, end, word: text.slice(start, end) });
  }
  return out;
}
