import type { ExtractContext } from '../../extractor.js';
import { FUTURE_CUES, PAST_CUES, REPORT_CUES } from './lexicon.js';
import { alternation } from '../../text/alternation.js';
import type { Tense } from './resolve.js';

const FUTURE = new RegExp(alternation(FUTURE_CUES), 'g');
const PAST = new RegExp(alternation(PAST_CUES), 'g');
const REPORT = new RegExp(alternation(REPORT_CUES), 'g');

/**
 * Which way the clause around [start, end) points: the cue word nearest to the expression
 * wins (计划于明年2月 → future; 10月在接受采访时表示 → past); null when the clause has none.
 */
export function tenseAt(ctx: ExtractContext, start: number, end: number): Tense {
  const sentence = ctx.sentences.find((s) => s.start <= start && end <= s.end);
  let from = Math.max(0, start - 30), to = Math.min(ctx.text.length, end + 30);
  if (sentence) {
    const clause = sentence.clauses.find((c) => c.start <= start && start < c.end) ?? sentence;
    from = Math.max(clause.start, start - 40);
    to = Math.min(Math.max(clause.end, end), end + 40);
  }
  const window = ctx.text.slice(from, to);
  let best: Tense = null, bestDist = Infinity;
  const scan = (re: RegExp, tense: Tense, afterOnly = false) => {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const s = from + m.index, e = s + m[0].length;
      if (s < end && e > start) continue;
      if (afterOnly && s < end) continue;
      const dist = e <= start ? start - e : s - end;
      if (dist < bestDist) { bestDist = dist; best = tense; }
    }
  };
  scan(FUTURE, 'future');
  scan(PAST, 'past');
  scan(REPORT, 'past', true);
  return best;
}
