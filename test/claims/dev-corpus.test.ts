import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { DEV_CASES } from './corpus/dev-cases.js';
import { matchClaims, resolveCase, type ClaimCheck } from './corpus/devset.js';
import { DEV_REFERENCE_DATE, devJsonl } from './corpus/build.js';

/**
 * The hand-annotated dev corpus (news paragraphs from the mainland, Hong Kong and Taiwan in
 * both scripts): every clear choice is asserted exactly; genuinely ambiguous ones accept the
 * alternatives documented on the claim. The few claims below still fail for reasons outside
 * claim assembly (entity recognition, segmentation) or are open problems; they are listed,
 * not hidden, and still count in the aggregate floors.
 */
const KNOWN: Record<string, string> = {
  'cn-csrc-reuters#1': 'a demonstrative subject (此举) refers to the previous claim, not to an entity',
  'cn-csrc-spokesperson#0': 'the entity recogniser reads 证监会新闻 as one organisation, so the source has no canonical',
  'cn-property-insider#0': 'the segmenter tags 相关 as a verb, which closes the subject slot before 部门',
  'cn-property-insider#1': 'follows from the claim before (no subject to carry over)',
  'hk-ce-listings#0': 'the entity recogniser reads 港府會 (港府 + 會) as one organisation and swallows the modal 會',
  'hk-mtr-hk01#0': 'the outlet 香港01 and the railway 港鐵 are not recognised as entities',
  'hk-mtr-hk01#1': 'follows from the claim before',
  'hk-economist-forecast#0': '本港 (this territory) is not recognised as Hong Kong',
  'hk-economist-forecast#1': 'the condition\'s subject (美國) is skipped for the consequence\'s dropped subject',
  'hk-chp-flu#extra': 'the Hong Kong variant 衞 is not converted to 卫, so 衞生署 is segmented apart and its announcement splits off',
  'hk-report-says#1': '機管局 is not recognised as an entity, so the spokesperson\'s source stays unnamed',
};

const extractor = createExtractor();
const results = DEV_CASES.map((c) => {
  const r = extractor.extract(c.text, { referenceDate: c.referenceDate ?? DEV_REFERENCE_DATE });
  return { c, r, ...matchClaims(c.text, resolveCase(c), r.claims) };
});

describe('claims dev corpus', () => {
  it('dev.jsonl is written from dev-cases.ts (npx tsx test/claims/corpus/build.ts)', () => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus', 'dev.jsonl');
    expect(fs.readFileSync(file, 'utf8')).toBe(devJsonl());
  });

  it('covers the three regions in both scripts', () => {
    const regions = new Set(DEV_CASES.map((c) => c.region));
    expect([...regions].sort()).toEqual(['cn', 'hk', 'tw']);
    expect(DEV_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const { c, r, checks, unmatched } of results) {
    it(`${c.id}: ${c.text.slice(0, 24)}…`, () => {
      const got = r.claims.map((q) => `«${q.text}» [${q.modality}; ${q.attribution?.source ?? '-'}; ${q.subject?.text ?? '-'}]`).join(' ');
      checks.forEach((k: ClaimCheck, n) => {
        if (KNOWN[`${c.id}#${n}`]) return;
        const g = k.gold;
        expect(k.got, `claim «${g.text}» in ${got}`).toBeDefined();
        expect(k.subjectAlt, `subject of «${g.text}»: got ${k.got!.subject?.text ?? '-'}, want ${g.subject?.text ?? '-'}`).toBe(true);
        expect(k.sourceAlt, `source of «${g.text}»: got ${k.got!.attribution?.source ?? '-'}, want ${g.attribution?.source ?? '-'}`).toBe(true);
        expect(k.modalityAlt, `modality of «${g.text}»: got ${k.got!.modality}, want ${g.modality}`).toBe(true);
      });
      // no claim where the gold has none (openers, causes, questions, frames alone)
      if (!c.claims.length) expect(r.claims, got).toEqual([]);
      if (!KNOWN[`${c.id}#extra`]) expect(unmatched.map((q) => q.text), got).toEqual([]);
    });
  }

  it('meets the aggregate floors (recall, precision, subject, source, modality with documented alternatives)', () => {
    const all = results.flatMap((x) => x.checks);
    const matched = all.filter((k) => k.got);
    const predicted = results.reduce((n, x) => n + x.r.claims.length, 0);
    const share = (f: (k: ClaimCheck) => boolean) => matched.filter(f).length / matched.length;
    expect(matched.length / all.length).toBeGreaterThanOrEqual(0.95);
    expect((predicted - results.reduce((n, x) => n + x.unmatched.length, 0)) / predicted).toBeGreaterThanOrEqual(0.95);
    expect(share((k) => k.subjectAlt)).toBeGreaterThanOrEqual(0.88);
    expect(share((k) => k.sourceAlt)).toBeGreaterThanOrEqual(0.9);
    expect(share((k) => k.modalityAlt)).toBeGreaterThanOrEqual(0.95);
  });
});
