import type { Candidate, ExtractContext, Extractor } from './extractor.js';
import { buildClaims, type WorkingClaim } from './claims/index.js';
import { formatReferenceDate, readOptions } from './options.js';
import { prepareDocument } from './prepare.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import type { Claim } from './schema/claim.js';
import type { Mention } from './schema/mention.js';
import type { ExtractionResult } from './schema/result.js';
import { sentencesInOriginal } from './text/sentences.js';
import type { Segmenter } from './text/segmenter.js';

export interface PipelineTimings { prepare: number; segment: number; extractors: Record<string, number>; claims: number; total: number }

/** Runs registered extractors over one prepared document, resolves overlaps once, maps back once, builds claims. */
export class Pipeline {
  private readonly byName = new Map<string, Extractor>();
  /** time spent per stage, summed over every call (for the benchmark) */
  readonly timings: PipelineTimings = { prepare: 0, segment: 0, extractors: {}, claims: 0, total: 0 };

  constructor(extractors: readonly Extractor[], private readonly segmenter: Segmenter) {
    for (const e of extractors) {
      if (this.byName.has(e.name)) throw new Error(`zh-claims: two extractors are named ${JSON.stringify(e.name)}`);
      this.byName.set(e.name, e);
      e.setup?.({ addWords: (w) => segmenter.addWords?.(w) });
    }
  }

  get extractorNames(): string[] { return [...this.byName.keys()]; }
  get segmenterName(): string { return this.segmenter.name; }

  prepare(text: string, options?: unknown): ExtractContext {
    const opts = readOptions(options, this.extractorNames);
    return prepareDocument(text, opts.referenceDate, this.segmenter);
  }

  run(text: string, options?: unknown): ExtractionResult {
    if (typeof text !== 'string') throw new TypeError(`zh-claims: extract(text) expects a string, got ${text === null ? 'null' : typeof text}`);
    const opts = readOptions(options, this.extractorNames);
    const t0 = performance.now();
    const ctx = prepareDocument(text, opts.referenceDate, this.segmenter, (ms) => { this.timings.segment += ms; });
    this.timings.prepare += performance.now() - t0;

    const candidates: Candidate[] = [];
    const active = opts.extractors ? opts.extractors.map((n) => this.byName.get(n)!) : [...this.byName.values()];
    const n = ctx.text.length;
    for (const e of active) {
      const te = performance.now();
      const segmentedBefore = this.timings.segment;
      for (const c of e.extract(ctx)) {
        if (Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end <= n && c.end > c.start) candidates.push(c);
      }
      // segmentation runs inside the first extractor that asks for tokens; it is its own stage
      const own = performance.now() - te - (this.timings.segment - segmentedBefore);
      this.timings.extractors[e.name] = (this.timings.extractors[e.name] ?? 0) + own;
    }
    const working: Mention[] = resolveOverlaps(candidates).map((c) => ({ kind: c.kind, start: c.start, end: c.end, text: ctx.text.slice(c.start, c.end), value: c.value }) as Mention);

    const tc = performance.now();
    const workingClaims = opts.claims ? buildClaims(ctx, working) : [];
    this.timings.claims += performance.now() - tc;

    const mentions = mapMentions(ctx, working);
    const claims = workingClaims.map((c) => mapClaim(ctx, c));
    const sentences = sentencesInOriginal(text, ctx.map, ctx.sentences);
    this.timings.total += performance.now() - t0;
    return { text, script: ctx.script, region: ctx.region, referenceDate: formatReferenceDate(ctx.referenceDate), sentences, mentions, claims };
  }
}

/** Map mentions to original offsets; a phrase conversion can make two neighbours touch one phrase, so overlaps are dropped once more. */
function mapMentions(ctx: ExtractContext, working: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let lastEnd = 0;
  for (const m of working) {
    const [start, end] = ctx.map.toInput(m.start, m.end);
    if (start < lastEnd || end <= start) continue;
    // working mentions are made above with exactly these keys, in this order
    out.push({ kind: m.kind, start, end, text: ctx.original.slice(start, end), value: m.value } as Mention);
    lastEnd = end;
  }
  return out;
}

function mapSpan(ctx: ExtractContext, s: number, e: number): { start: number; end: number; text: string } {
  const [start, end] = ctx.map.toInput(s, e);
  return { start, end, text: ctx.original.slice(start, end) };
}

function mapClaim(ctx: ExtractContext, c: WorkingClaim): Claim {
  const subject = c.subject ? { ...c.subject, ...mapSpan(ctx, c.subject.start, c.subject.end) } : null;
  const predicate = c.predicate ? mapSpan(ctx, c.predicate.start, c.predicate.end) : null;
  const args = c.arguments.map(([s, e]) => ctx.map.toInput(s, e));
  // one literal, keys in the order buildClaim writes them: a fast object, quick to serialize
  const [start, end] = ctx.map.toInput(c.start, c.end);
  return { start, end, sentence: c.sentence, subject, predicate, arguments: args, attribution: c.attribution, modality: c.modality, text: ctx.original.slice(start, end) };
}
