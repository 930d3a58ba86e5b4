import type { ExtractionResult, Mention } from '../../src/index.js';

/** Mentions of a sentence by surface text, with offsets found in the text (so fixtures stay readable). */
export function at(text: string, surface: string, rest: Omit<Mention, 'start' | 'end' | 'text'>, from = 0): Mention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`«${surface}» not in «${text}»`);
  return { ...rest, start, end: start + surface.length, text: surface } as Mention;
}

/** A hand-made result in one script: four kinds of mention and two claims, one attributed. */
export function sampleResult(script: 'traditional' | 'simplified'): ExtractionResult {
  const trad = script === 'traditional';
  const text = trad
    ? '路透社援引知情人士稱，輝達計畫明年2月中旬交付4萬至8萬顆H200，單價約2.8萬美元/顆。'
    : '路透社援引知情人士称，英伟达计划明年2月中旬交付4万至8万颗H200，单价约2.8万美元/颗。';
  const nvidia = trad ? '輝達' : '英伟达';
  const count = trad ? '4萬至8萬顆' : '4万至8万颗';
  const money = trad ? '約2.8萬美元/顆' : '约2.8万美元/颗';
  const mentions: Mention[] = [
    at(text, '路透社', { kind: 'entity', value: { type: 'ORG', canonical: 'Reuters', id: 'org:reuters' } }),
    at(text, nvidia, { kind: 'entity', value: { type: 'ORG', canonical: 'NVIDIA' } }),
    at(text, '明年2月中旬', { kind: 'date', value: { timex: '2026-02', mod: 'MID', start: '2026-02-11T00:00:00', end: '2026-02-21T00:00:00' } }),
    at(text, count, { kind: 'count', value: { min: 40000, max: 80000, unit: trad ? '顆' : '颗' } }),
    at(text, 'H200', { kind: 'entity', value: { type: 'PRODUCT', canonical: 'NVIDIA H200' } }),
    at(text, money, { kind: 'money', value: { amount: 28000, approx: true, currency: 'USD', per: trad ? '顆' : '颗' } }),
  ];
  const m = (s: string) => mentions.find((x) => x.text === s)!;
  const deliver = text.indexOf('交付');
  const firstEnd = text.indexOf('H200') + 4;
  return {
    text,
    script,
    region: trad ? 'tw' : 'cn',
    referenceDate: '2025-12-24T00:00:00',
    sentences: [{ start: 0, end: text.length, text, script, clauses: [{ start: 0, end: text.length }] }],
    mentions,
    claims: [
      {
        start: 0, end: firstEnd, text: text.slice(0, firstEnd), sentence: 0,
        subject: { start: m(nvidia).start, end: m(nvidia).end, text: nvidia, canonical: 'NVIDIA' },
        predicate: { start: deliver, end: deliver + 2, text: '交付' },
        arguments: [[m('明年2月中旬').start, m('明年2月中旬').end], [m(count).start, m(count).end], [m('H200').start, m('H200').end]],
        attribution: { source: 'Reuters', via: '知情人士', cue: trad ? '援引…稱' : '援引…称' },
        modality: 'planned',
      },
      {
        start: m(money).start - 2, end: m(money).end, text: text.slice(m(money).start - 2, m(money).end), sentence: 0,
        subject: null, predicate: null, arguments: [[m(money).start, m(money).end]], attribution: null, modality: 'asserted',
      },
    ],
  };
}
