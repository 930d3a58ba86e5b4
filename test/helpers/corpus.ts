import { describe, expect, it } from 'vitest';
import { createExtractor, type ExtractionResult, type Mention, type MentionKind } from '../../src/index.js';

/**
 * Corpus tests in the spirit of Duckling's Corpus.hs: each example is a text, an optional
 * reference date, the mentions it must yield (by surface text, kind and value) and the
 * surface strings it must NOT yield as mentions of the kinds under test.
 */
export interface CorpusExample {
  text: string;
  referenceDate?: string;
  /** expected mentions: `text` is the exact surface form; `value` is matched as a subset */
  expect?: Array<{ text: string; kind: MentionKind; value?: Record<string, unknown> }>;
  /** surface strings that must not be (or be inside) a mention of the kinds under test */
  none?: string[];
}

const shared = createExtractor();

export function runExample(ex: CorpusExample, kinds: readonly MentionKind[], extractors?: string[]): ExtractionResult {
  const r = shared.extract(ex.text, { referenceDate: ex.referenceDate ?? null, ...(extractors ? { extractors } : {}), claims: false });
  const ofKinds = r.mentions.filter((m) => kinds.includes(m.kind));
  for (const want of ex.expect ?? []) {
    const got = ofKinds.find((m) => m.text === want.text && m.kind === want.kind);
    expect(got, `${want.kind} «${want.text}» in «${ex.text}»; got ${summary(ofKinds)}`).toBeDefined();
    if (want.value) expect(got!.value, `value of «${want.text}»`).toMatchObject(want.value);
  }
  for (const bad of ex.none ?? []) {
    const at = ex.text.indexOf(bad);
    const hit = ofKinds.find((m) => m.start < at + bad.length && m.end > at && m.text.length <= bad.length);
    expect(hit, `no mention inside «${bad}» in «${ex.text}»`).toBeUndefined();
  }
  return r;
}

export function summary(ms: readonly Mention[]): string {
  return ms.map((m) => `${m.kind}«${m.text}»${JSON.stringify(m.value)}`).join(', ') || '(none)';
}

/** An expected entity: surface form, type, and canonical name where the lexicon knows one. */
export const entity = (text: string, type: string, canonical?: string) =>
  ({ text, kind: 'entity' as const, value: canonical ? { type, canonical } : { type } });

/** One `it` per rule of a corpus, each running all its examples for the kinds under test. */
export function describeCorpus(title: string, corpus: Record<string, CorpusExample[]>, kinds: readonly MentionKind[], extractors?: string[]): void {
  describe(title, () => {
    for (const [rule, examples] of Object.entries(corpus)) {
      it(rule, () => { for (const ex of examples) runExample(ex, kinds, extractors); });
    }
  });
}
