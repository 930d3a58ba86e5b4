import cues from '../../../data/quantities/dian.json';
import { isChineseDigitCode } from './digits.js';
import { isAsciiDigitCode } from '../../text/chars.js';
import { alternation, endingWith, openingWith } from '../../text/alternation.js';

/**
 * 点 after a numeral is a clock hour (下午三点, 10点开会), a decimal point (十五点七, 零点五)
 * or a count of points (以下两点, 涨了10点). The quantity and the temporal extractors both
 * ask here, so one of them claims the span and the other leaves it.
 */
export type DianReading = 'clock' | 'decimal' | 'points';


const DAYPART_OR_DATE = new RegExp(`(?:${alternation([...cues.dayparts, ...cues.dateEnds])})\\s?$`);
const CLOCK_BEFORE = new RegExp(`(?:${alternation(cues.clockBefore)})\\s?$`);
const POINTS_BEFORE = new RegExp(`(?:${alternation(cues.pointsBefore)})\\s?$`);
const MOVEMENT = endingWith(cues.movementBefore);
const HEDGE = endingWith(cues.hedges);
const CLOCK_AFTER = openingWith(cues.clockAfter);
const HOUR_END = openingWith(cues.hourEnds);
const POINT_NOUN = openingWith(cues.pointNouns);

// minutes written after 点 that only a clock has: 十五, 三十 (with 十), 30 (two digits), 零五, or 分
const MINUTES_WITH_TEN = /^(?:[一二三四五]?十[一二三四五六七八九]?)(?![零〇一二两三四五六七八九十百千万亿0-9])/;
const TWO_DIGIT_MINUTES = /^[0-5]\d(?!\d)/;
const LEADING_ZERO = /^零(?:[一二三四五六七八九]|[1-9])(?![0-9零〇一二两三四五六七八九十])/;
const WITH_FEN = /^(?:零?(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3}))\s?分(?!钟|之)/;

/**
 * How to read 点 at `at`, written right after a numeral that starts at `start` and has `value`.
 * Clock cues (a part of day or a date before, 钟/半/整/minutes after) win; digits after 点 make a
 * decimal; cue words of points (这两点, 有三点, 涨了10点, 两点建议) make a count; a whole
 * number up to 24 is otherwise an hour, except a lone 一 (一点 is "a little").
 */
export function readDian(text: string, start: number, at: number, value: number): DianReading {
  if (text[at] !== '点') return 'points';
  const after = text.slice(at + 1, at + 12);
  const before = text.slice(Math.max(0, start - 8), start);
  const hour = Number.isInteger(value) && value >= 0 && value <= 24;
  const next = text.charCodeAt(at + 1);
  const digitNext = isChineseDigitCode(next) || isAsciiDigitCode(next);
  if (!hour) return digitNext ? 'decimal' : 'points';
  if (HOUR_END.test(after) || WITH_FEN.test(after) || TWO_DIGIT_MINUTES.test(after) || MINUTES_WITH_TEN.test(after)) return 'clock';
  if (value > 0 && LEADING_ZERO.test(after)) return 'clock';
  if (DAYPART_OR_DATE.test(before)) return 'clock';
  if (digitNext) return 'decimal';
  if (POINTS_BEFORE.test(before) || movedBy(before) || POINT_NOUN.test(after) || after[0] === ':') return 'points';
  if (CLOCK_BEFORE.test(before) || CLOCK_AFTER.test(after)) return 'clock';
  if (text.slice(start, at) === '一') return 'points';
  return 'clock';
}

/** 涨10点, 下跌了约30点: a verb of movement before the numeral, perhaps behind a hedge. */
function movedBy(before: string): boolean {
  let s = before.trimEnd();
  for (let k = 0; k < 2; k++) {
    const h = HEDGE.exec(s);
    if (!h) break;
    s = s.slice(0, s.length - h[0].length);
  }
  return MOVEMENT.test(s);
}
