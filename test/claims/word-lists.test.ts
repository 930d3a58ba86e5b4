import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { DISCOURSE, MODALITY, REPORT, SOURCES } from '../../src/claims/lexicon.js';
import { classOfToken, WORD } from '../../src/claims/word-classes.js';
import discourse from '../../data/claims/discourse.json';

const classOf = (word: string, tag = 'x') => classOfToken({ word, start: 0, end: word.length, tag });

describe('word classes read from data/claims', () => {
  it('marks modals, negators, copulas and planning verbs', () => {
    expect(classOf('可能') & WORD.aux).toBeTruthy();
    expect(classOf('没有') & WORD.negator).toBeTruthy();
    expect(classOf('是') & WORD.copula).toBeTruthy();
    expect(classOf('计划') & WORD.planning).toBeTruthy();
    expect(classOf('决定') & WORD.aux).toBe(0); // planning, not an auxiliary
    expect(classOf('公司') & (WORD.aux | WORD.negator | WORD.copula | WORD.planning)).toBe(0);
  });

  it('loads every list', () => {
    for (const list of [MODALITY.auxiliaries, MODALITY.negators, MODALITY.planning, DISCOURSE.copulas, DISCOURSE.objectMarkers, DISCOURSE.adverbAdjuncts, DISCOURSE.otherwise, SOURCES.coordinators]) {
      expect(list.size).toBeGreaterThan(1);
    }
    expect(DISCOURSE.objectMarkers.has('对') && DISCOURSE.objectMarkers.has('、')).toBe(true);
    expect(SOURCES.coordinators.has('、') && SOURCES.coordinators.has('以及')).toBe(true);
  });

  it('keeps the narrower lists inside the lists they refine (a word outside would never be read)', () => {
    for (const w of DISCOURSE.adverbAdjuncts) expect(discourse.adjuncts, w).toContain(w);
    for (const w of DISCOURSE.otherwise) expect(discourse.consequentOpeners, w).toContain(w);
  });

  it('matches reach verbs, glued characters, counters and bare weekdays by position', () => {
    expect(MODALITY.reach.at('将超过30%', 1)).toBe('超过');
    expect(MODALITY.reach.at('将超30%', 1)).toBe('超');
    expect(MODALITY.reach.at('将裁员', 1)).toBeNull();
    expect(REPORT.gluedBefore.hasAt('时说', 0) && REPORT.gluedBefore.hasAt('报称', 0)).toBe(true);
    expect(SOURCES.existentialCounters.hasAt('两位', 0) && !SOURCES.existentialCounters.hasAt('消息', 0)).toBe(true);
    expect(MODALITY.weekdayLeads.prefixOf('星期五', 0, 3)).toBe('星期');
    expect(MODALITY.weekdayDays.hasAt('周末', 1)).toBe(true);
  });
});

describe('claims that read the moved lists', () => {
  const extractor = createExtractor();
  const modalityOf = (text: string, clause: string) =>
    extractor.extract(text, { referenceDate: '2025-12-30' }).claims.find((c) => c.text === clause)?.modality;

  it('不是…而是 contrasts rather than negates', () => {
    expect(modalityOf('這次調整不是禁令,而是新的許可制度。', '這次調整不是禁令,而是新的許可制度')).toBe('asserted');
    expect(modalityOf('这次调整不是禁令,而是新的许可制度。', '这次调整不是禁令,而是新的许可制度')).toBe('asserted');
    expect(modalityOf('这次调整不是禁令。', '这次调整不是禁令')).toBe('negated');
  });
});
