import * as OpenCC from 'opencc-js';
import regionWords from '../../data/regions.json';
import type { Region, Script } from '../schema/result.js';

let toSimplified: ((s: string) => string) | null = null;
let toTaiwan: ((s: string) => string) | null = null;
let toHongKong: ((s: string) => string) | null = null;

const HAN = /\p{Script=Han}/u;
/** -1 not Han, 0 shared, 1 Traditional-only, 2 Simplified-only */
const charClass = new Map<string, number>();

/** Count Han characters that only one script uses (a Traditional form that has a Simplified one, and the reverse). */
export function scriptCounts(text: string): { traditional: number; simplified: number; han: number } {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  toTaiwan ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  toHongKong ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  let traditional = 0, simplified = 0, han = 0;
  for (const ch of text) {
    let cls = charClass.get(ch);
    if (cls === undefined) {
      // Simplified-only: neither Taiwan nor Hong Kong standard keeps it (台, 吃, 群 are kept by one of them)
      cls = !HAN.test(ch) ? -1 : toSimplified(ch) !== ch ? 1 : toTaiwan(ch) !== ch && toHongKong(ch) !== ch ? 2 : 0;
      charClass.set(ch, cls);
    }
    if (cls < 0) continue;
    han++;
    if (cls === 1) traditional++;
    else if (cls === 2) simplified++;
  }
  return { traditional, simplified, han };
}

/** Script of a text: traditional, simplified, mixed (both in earnest), or none (no script-specific Han). */
export function scriptOf(counts: { traditional: number; simplified: number }): Script {
  const { traditional: t, simplified: s } = counts;
  if (t === 0 && s === 0) return 'none';
  // A few stray characters of the other script (quotes, names) do not make a text mixed.
  if (t >= s && s <= Math.max(1, t * 0.1)) return 'traditional';
  if (s > t && t <= Math.max(1, s * 0.1)) return 'simplified';
  return 'mixed';
}

/** Script of `text`: 'traditional', 'simplified', 'mixed' or 'none'. */
export function detectScript(text: string): Script {
  if (typeof text !== 'string') return 'none';
  return scriptOf(scriptCounts(text));
}

function countWords(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    let i = text.indexOf(w);
    while (i >= 0) { n++; i = text.indexOf(w, i + w.length); }
  }
  return n;
}

/**
 * The region a text is written for. Simplified text is mainland unless it names Taiwan's
 * or Hong Kong's own institutions more; Traditional text is Taiwan unless Hong Kong words win.
 */
export function detectRegion(text: string, script: Script): Region {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const tw = countWords(sample, regionWords.tw);
  const hk = countWords(sample, regionWords.hk);
  if (script === 'simplified' || script === 'none') {
    const cn = countWords(sample, regionWords.cn);
    if (hk > cn && hk >= tw && hk > 0) return 'hk';
    return 'cn';
  }
  return hk > tw ? 'hk' : 'tw';
}
