import type { Candidate, ExtractContext, Extractor } from '../../extractor.js';
import type { TimexValue } from '../../schema/mention.js';
import { setRocYears } from './atoms.js';
import type { Ymd } from './calendar.js';
import { DURATION, durationPrefixOf, durationSuffixOf, durationValue, SET, setValue } from './durations.js';
import { DURATION_NOT_AFTER, DURATION_UNIT_NOT_BEFORE, NOT_TEMPORAL, ONE_DAY_NOT_AFTER } from './lexicon.js';
import { isNumberPartCode } from '../numbers/index.js';
import {
  ERA, eraValue, FESTIVAL_EDGE, festivalEdgeValue, PERIOD_PART, periodPartValue, REFERENCE, referenceValue,
} from './references.js';
import { AGO_LATER, amountOf, NEXT_LAST_N, rollingSpan, shiftedPoint, unitOf, unitsAround } from './relative.js';
import { PatternSet } from '../../text/starts.js';
import { escapeLiteral } from '../../text/alternation.js';
import { scanTemporal, type Hit } from './temporal.js';

/**
 * Dates, times, durations and sets as TIMEX3 values, resolved against the reference date.
 * Without a reference date (none given, no dateline found) relative expressions keep X
 * placeholders (XXXX-12-29) or TIMEX3 reference values (PAST_REF, FUTURE_REF).
 */
export function createDateExtractor(): Extractor {
  return { name: 'dates', kinds: ['date', 'time', 'datetime', 'duration', 'set'], extract: extractTemporal };
}

type TemporalKind = 'date' | 'time' | 'datetime' | 'duration' | 'set';
// two literal shapes rather than a spread: the same keys, in the same order
const cand = (kind: TemporalKind, start: number, end: number, value: TimexValue, priority?: number): Candidate =>
  (priority === undefined ? { kind, start, end, value } : { kind, start, end, value, priority }) as Candidate;

function extractTemporal(ctx: ExtractContext): Candidate[] {
  const text = ctx.text, ref = ctx.referenceDate;
  const out: Candidate[] = [];
  setRocYears(ctx.region === 'tw');

  // chains of atoms, in text order so that 当天 / 同年 see the day and year before them
  const state: { lastDay: Ymd | null; lastYear: number | null } = { lastDay: null, lastYear: null };
  const hits: Hit[] = [];
  scanTemporal(ctx, { ref, region: ctx.region }, (h) => {
    let value = h.resolved.value;
    // 的今天 is figurative: the present
    const figurative = h.end - h.start === 2 && text.startsWith('今天', h.start) && text[h.start - 1] === '的';
    if (figurative) value = { timex: 'PRESENT_REF' };
    hits.push(figurative ? { ...h, resolved: { ...h.resolved, value } } : h);
    out.push(cand(h.resolved.kind, h.start, h.end, value));
    const days = h.resolved.days;
    if (days && ['day', 'pod', 'clock'].includes(h.resolved.grain)) state.lastDay = days[0];
    if (days && h.resolved.yearKnown && !h.resolved.value.timex.startsWith('T')) state.lastYear = days[0].y;
  }, () => state);

  const [agoLater, nextLastN, durations, sets, references, eras, festivalEdges, periodParts, thenWords, notTemporal] = PATTERNS.matchAll(text);
  for (const m of agoLater!) {
    if (isNumberPartCode(text.charCodeAt(m.index - 1))) continue;
    const n = amountOf(m[1]!), unit = unitOf(m[2]!), sign = m[4] === '前' ? -1 : 1;
    // 5日前 is more often "before the 5th" than "five days ago"; 三日之后 is three days later
    const priority = m[2] === '日' ? (/^\d/.test(m[1]!) ? -1 : 1) : 0;
    if (n === null || !ref) { out.push(cand('date', m.index, m.index + m[0].length, { timex: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }, priority)); continue; }
    const r = shiftedPoint(ref, unit, sign * n);
    out.push(cand(r.kind, m.index, m.index + m[0].length, r.value, priority));
  }
  for (const m of nextLastN!) {
    const n = amountOf(m[2]!);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 100) continue;
    // 今年前两个月 is the first two months of the year (read with the year)
    if (m[1] === '前' && /[年]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const back = m[1] === '上' || m[1] === '前';
    if (!ref) { out.push(cand('date', m.index, m.index + m[0].length, { timex: back ? 'PAST_REF' : 'FUTURE_REF' }, -1)); continue; }
    const unit = unitOf(m[3]!);
    // weeks counted with 前/后 run from today (前1周: the last seven days); 上周, 前两小时 go by whole units
    const rolling = !/[上下]/.test(m[1]!) && (unit === 'week' || unit === 'day');
    const r = (rolling ? rollingSpan(ref, unit, back ? -n : n) : null) ?? unitsAround(ref, unit, back ? -n : n);
    out.push(cand(r.kind, m.index, m.index + m[0].length, r.value, -1));
  }

  for (const m of durations!) {
    const s = m.index, e = s + m[0].length;
    const before = text.charCodeAt(s - 1);
    if (isNumberPartCode(before) || DURATION_NOT_AFTER.has(before)) continue;
    const head = m[0].slice(durationPrefixOf(m).length);
    // a four-digit year, or 18年10月, is a date
    if (/^\d{3,}\s?年/.test(head) || /^\d{1,2}年\d/.test(head + text.slice(e, e + 1))) continue;
    if (/^一(?:天|日)/.test(head) && ONE_DAY_NOT_AFTER.has(before)) continue;
    // 九年制, 建军70周年, 三天下: the unit belongs to another word
    const unitEnd = m[0].length - durationSuffixOf(m).length;
    if (DURATION_UNIT_NOT_BEFORE.get(m[0][unitEnd - 1]!)?.has(text.charCodeAt(s + unitEnd))) continue;
    const v = durationValue(m);
    if (v) out.push(cand('duration', s, e, v));
  }
  for (const m of sets!) { const v = setValue(m); if (v) out.push(cand('set', m.index, m.index + m[0].length, v)); }

  for (const m of references!) {
    const r = referenceValue(m[0], text, m.index, ref);
    if (r) out.push(cand(r.kind, m.index, m.index + m[0].length, r.value, -1));
  }
  for (const m of eras!) {
    const v = eraValue(m[1]!, m[2]!, ref);
    if (v) out.push(cand('date', m.index, m.index + m[0].length, v));
  }
  for (const m of festivalEdges!) {
    const v = festivalEdgeValue(m[1]!, ref, ctx.region);
    if (v) out.push(cand('date', m.index, m.index + m[0].length, v));
  }
  for (const m of periodParts!) {
    const lastYear = lastYearBefore(hits, m.index);
    const v = periodPartValue(m[1]!, ref, m[1] === '全年' ? lastYear : null);
    if (v) out.push(cand('date', m.index, m.index + m[0].length, v, -1));
  }
  // 届时 takes the value of the latest date before it
  for (const m of thenWords!) {
    const antecedent = [...hits].reverse().find((h) => h.end <= m.index && h.resolved.value.start && !h.resolved.value.mod);
    out.push(cand('date', m.index, m.index + 2, antecedent ? antecedent.resolved.value : { timex: 'FUTURE_REF' }));
  }

  return dropNonTemporal(out, notTemporal!);
}

function lastYearBefore(hits: readonly Hit[], at: number): number | null {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.end <= at && h.resolved.yearKnown && h.resolved.days && h.chain?.atoms.some((a) => a.t === 'Y')) return h.resolved.days[0].y;
  }
  return null;
}

/** in the data file's order, not alternation()'s longest first: 一时, listed before 一时间, is what matches there */
const NOT_TEMPORAL_RE = new RegExp(NOT_TEMPORAL.map(escapeLiteral).join('|'), 'g');
/** Every pattern read over the whole text, in one pass (the order of matchAll's answer). */
const PATTERNS = new PatternSet([AGO_LATER, NEXT_LAST_N, DURATION, SET, REFERENCE, ERA, FESTIVAL_EDGE, PERIOD_PART, /届时/g, NOT_TEMPORAL_RE]);

/** Words that hold time characters but are no time (一时, 一度, 一年一度, 这一天): `blocked` are their matches. */
function dropNonTemporal(cands: Candidate[], blocked: readonly RegExpExecArray[]): Candidate[] {
  if (!blocked.length) return cands;
  return cands.filter((c) => !blocked.some((m) => c.start >= m.index && c.end <= m.index + m[0].length));
}
