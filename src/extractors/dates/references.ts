import type { ReferenceDate } from '../../extractor.js';
import type { TimexValue } from '../../schema/mention.js';
import type { Region } from '../../schema/result.js';
import { addDays, dayNumber, fmtDate, fmtMonth, fmtYear, instant, type Ymd } from './calendar.js';
import { holidayDate, holidayNamed } from './holidays.js';
import {
  CLAUSE_INITIAL_REFERENCE, ERA_NAMES, ERAS, NOW_WORDS, REFERENCE_WORDS, type Era,
} from './lexicon.js';
import { CN_NUMERAL_CLASS } from '../numbers/index.js';
import { alternation } from '../../text/alternation.js';

/** Deictic words (目前 PRESENT_REF, 此前 PAST_REF, 未来 FUTURE_REF) and the moment 此刻. */
export const REFERENCE = new RegExp(alternation([...REFERENCE_WORDS.keys(), ...CLAUSE_INITIAL_REFERENCE.keys(), ...NOW_WORDS]), 'g');

const CLAUSE_EDGE = /[,.;:!?、，。；：！？“”"'「」『』()（）\s]/;
export function referenceValue(word: string, text: string, start: number, ref: ReferenceDate | null): { kind: 'date' | 'datetime'; value: TimexValue } | null {
  if (NOW_WORDS.has(word)) {
    if (!ref) return { kind: 'datetime', value: { timex: 'PRESENT_REF' } };
    const day: Ymd = { y: ref.year, m: ref.month, d: ref.day }, secs = ref.hour * 3600 + ref.minute * 60 + ref.second;
    const iso = instant(day, secs);
    return { kind: 'datetime', value: { timex: iso, start: iso, end: instant(day, secs + 1) } };
  }
  const direct = REFERENCE_WORDS.get(word);
  // 体现在 / 实现在 / 出现在: 现 belongs to the verb
  if (word.startsWith('现') && /[体实出表呈发展再重浮涌显兑]/.test(text[start - 1] ?? '')) return null;
  if (direct) return { kind: 'date', value: { timex: direct } };
  const initial = CLAUSE_INITIAL_REFERENCE.get(word);
  if (!initial) return null;
  const before = text[start - 1], after = text[start + word.length];
  const atEdge = start === 0 || CLAUSE_EDGE.test(before ?? '') || /[说是比跟和与]/.test(before ?? '');
  return atEdge && (after === undefined || CLAUSE_EDGE.test(after) || /[的我你他她我们的是]/.test(after)) ? { kind: 'date', value: { timex: initial } } : null;
}

/** Eras as time anchors: 拜登政府时期, 二战后, 改革开放以来. */
const ADMIN_SUFFIX = '(?:执政)?(?:时期|期间|任内|任期内|时代)|上台后|上台以来';
const EVENT_SUFFIX = '(?:结束|爆发)?(?:之|以)?[前后]|以来|期间|时期';
export const ERA = new RegExp(`(${ERA_NAMES})(${ADMIN_SUFFIX}|${EVENT_SUFFIX})`, 'g');

const ymd = (s: string): Ymd => { const [y, m, d] = s.split('-').map(Number); return { y: y!, m: m!, d: d! }; };

export function eraValue(name: string, suffix: string, ref: ReferenceDate | null): TimexValue | null {
  const options = ERAS.filter((e) => e.names.includes(name));
  const refN = ref ? dayNumber({ y: ref.year, m: ref.month, d: ref.day }) : null;
  const era: Era | undefined = options.find((e) => refN === null ? !e.from : (!e.before || refN < dayNumber(ymd(e.before))) && (!e.from || refN >= dayNumber(ymd(e.from)))) ?? options[0];
  if (!era) return null;
  const isPeriod = /时期|期间|任内|任期内|时代/.test(suffix);
  if (!era.event && !isPeriod && !/上台/.test(suffix)) return null;
  const start = ymd(era.start), end = era.end ? ymd(era.end) : null;
  if (/上台|以来/.test(suffix)) return { timex: fmtDate(start), mod: 'ON_OR_AFTER', start: instant(start) };
  if (isPeriod) {
    if (!end) return { timex: fmtDate(start), mod: 'ON_OR_AFTER', start: instant(start) };
    return { timex: `${fmtDate(start)}/${fmtDate(end)}`, start: instant(start), end: instant(addDays(end, 1)) };
  }
  if (/前/.test(suffix)) return { timex: fmtDate(start), mod: 'BEFORE', end: instant(start) };
  if (!end) return null;
  return { timex: fmtDate(end), mod: 'AFTER', start: instant(addDays(end, 1)) };
}

/** 节前 / 节后 without a festival name: the next major holiday (the one just past, for 节后 within a fortnight of it). */
const MAJOR = ['新年', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
export const FESTIVAL_EDGE = /(?<![季关环细章情礼调音使气贞名过春])节(前|后)(?![者面来续])/g;
export function festivalEdgeValue(which: string, ref: ReferenceDate | null, region: Region): TimexValue | null {
  if (!ref) return { timex: which === '前' ? 'FUTURE_REF' : 'PAST_REF' };
  const refN = dayNumber({ y: ref.year, m: ref.month, d: ref.day });
  let best: Ymd | null = null, bestDist = Infinity;
  for (const name of MAJOR) {
    const h = holidayNamed(name, region);
    if (!h) continue;
    for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
      const d = holidayDate(h, y);
      if (!d) continue;
      const dist = dayNumber(d) - refN;
      const ok = dist >= 0 || (which === '后' && dist > -14);
      if (ok && Math.abs(dist) < bestDist) { best = d; bestDist = Math.abs(dist); }
    }
  }
  if (!best) return null;
  return which === '前' ? { timex: fmtDate(best), mod: 'BEFORE', end: instant(best) } : { timex: fmtDate(best), mod: 'AFTER', start: instant(addDays(best, 1)) };
}

/** Parts of the current year or month written alone: 年初, 年底, 月中, 全年. */
const NOT_BEFORE = `[${CN_NUMERAL_CLASS}\\d今明去前后本该同当全每近这那几数多上下半个]`;
export const PERIOD_PART = new RegExp(`(?<!${NOT_BEFORE})(全年|年初|年中|年底|年末|年尾|年终|岁末|月初|月中|月底|月末)(?![份度薪会终奖])`, 'g');
export function periodPartValue(word: string, ref: ReferenceDate | null, lastYear: number | null): TimexValue | null {
  if (word === '全年') {
    const y = lastYear ?? ref?.year;
    return y === undefined ? { timex: 'XXXX' } : { timex: fmtYear(y), start: instant({ y, m: 1, d: 1 }), end: instant({ y: y + 1, m: 1, d: 1 }) };
  }
  const mod = /初/.test(word) ? 'START' : /中/.test(word) ? 'MID' : 'END';
  if (word.startsWith('月')) {
    if (!ref) return { timex: 'XXXX-XX', mod };
    const { year: y, month: m } = ref;
    const part = mod === 'START' ? 0 : mod === 'MID' ? 1 : 2;
    const first = { y, m, d: 1 + 10 * part };
    const end = part === 2 ? (m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }) : { y, m, d: 11 + 10 * part };
    return { timex: fmtMonth(y, m), mod, start: instant(first), end: instant(end) };
  }
  return { timex: ref ? fmtYear(ref.year) : 'XXXX', mod };
}
