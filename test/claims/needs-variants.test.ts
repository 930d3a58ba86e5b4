import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const extractor = createExtractor();

interface Expect { text: string; clause: string; subject?: string | null; predicate?: string | null; modality?: string }

/** The claim whose text is `clause` in the extraction of `text`, checked field by field. */
function check(ex: Expect): void {
  const r = extractor.extract(ex.text, { referenceDate: '2025-12-30' });
  const c = r.claims.find((x) => x.text === ex.clause);
  expect(c, `claim «${ex.clause}» in ${JSON.stringify(r.claims.map((x) => x.text))}`).toBeDefined();
  if (ex.subject !== undefined) expect(c!.subject?.text ?? null, `subject of «${ex.clause}»`).toBe(ex.subject);
  if (ex.predicate !== undefined) expect(c!.predicate?.text ?? null, `predicate of «${ex.clause}»`).toBe(ex.predicate);
  if (ex.modality !== undefined) expect(c!.modality, `modality of «${ex.clause}»`).toBe(ex.modality);
}

// Traditional first, then Simplified, for every rule.
const corpus: Record<string, Expect[]> = {
  'a negated need before a noun is the predicate of a negated claim': [
    { text: '追加訂單仍為中國特供版H200,算力密度低於紅線,無需BIS許可證。', clause: '無需BIS許可證', predicate: '無需', modality: 'negated', subject: 'H200' },
    { text: '追加订单仍为中国特供版H200,算力密度低于红线,无需BIS许可证。', clause: '无需BIS许可证', predicate: '无需', modality: 'negated', subject: 'H200' },
    { text: '該晶片性能較弱,無須許可證。', clause: '無須許可證', modality: 'negated' },
    { text: '该芯片性能较弱,无须许可证。', clause: '无须许可证', modality: 'negated' },
  ],
  'what follows a negated need is not its subject': [
    { text: '無需BIS許可證。', clause: '無需BIS許可證', subject: null, predicate: '無需', modality: 'negated' },
    { text: '无需BIS许可证。', clause: '无需BIS许可证', subject: null, predicate: '无需', modality: 'negated' },
  ],
  'a need that is not negated stays asserted': [
    { text: '該晶片性能較強,需要出口許可證。', clause: '需要出口許可證', modality: 'asserted' },
    { text: '该芯片性能较强,需要出口许可证。', clause: '需要出口许可证', modality: 'asserted' },
  ],
  'a negated need before a verb keeps the verb (無需擔心)': [
    { text: '輝達無需擔心需求。', clause: '輝達無需擔心需求', predicate: '無需擔心', modality: 'negated', subject: '輝達' },
    { text: '英伟达无需担心需求。', clause: '英伟达无需担心需求', predicate: '无需担心', modality: 'negated', subject: '英伟达' },
  ],
  'a country naming a variant of a product: the product is the head (中國特供版H200)': [
    { text: '追加訂單仍為中國特供版H200。', clause: '追加訂單仍為中國特供版H200', subject: 'H200' },
    { text: '追加订单仍为中国特供版H200。', clause: '追加订单仍为中国特供版H200', subject: 'H200' },
  ],
  'a variant qualifier is not the predicate (特供 in 特供版H20), a verb 特供 elsewhere still is': [
    { text: '中國特供版H20晶片銷量下滑。', clause: '中國特供版H20晶片銷量下滑', subject: 'H20', predicate: '下滑' },
    { text: '中国特供版H20芯片销量下滑。', clause: '中国特供版H20芯片销量下滑', subject: 'H20', predicate: '下滑' },
    { text: '輝達特供中國市場。', clause: '輝達特供中國市場', subject: '輝達', predicate: '特供' },
    { text: '英伟达特供中国市场。', clause: '英伟达特供中国市场', subject: '英伟达', predicate: '特供' },
  ],
  'a country before a product with no variant word stays the subject': [
    { text: '追加訂單仍為中國市場的H200。', clause: '追加訂單仍為中國市場的H200', subject: '中國' },
    { text: '追加订单仍为中国市场的H200。', clause: '追加订单仍为中国市场的H200', subject: '中国' },
  ],
};

for (const [rule, examples] of Object.entries(corpus)) {
  describe(rule, () => {
    for (const ex of examples) it(ex.text, () => check(ex));
  });
}

describe('negated needs and variants on odd input', () => {
  it('does not throw on bare need words, empty and strange text', () => {
    for (const t of ['無需', '无需。', '免', '特供版', '中国特供版', '', '\u0000免\ud800', '<b>无需</b>许可证'.repeat(50)]) {
      expect(() => extractor.extract(t, { referenceDate: '2025-12-30' })).not.toThrow();
    }
  });
});
