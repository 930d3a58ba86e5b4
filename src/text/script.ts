import * as OpenCC from 'opencc-js';
import regionWords from '../../data/regions.json';
import type { Region, Script } from '../schema/result.js';

/**
 * Character tables from OpenCC's single-character dictionaries (no phrase tries: building
 * full converters only to classify characters cost ~100 MB and ~350 ms at start).
 */
interface CharTables { ts: Map<string, string>; st: Map<string, string>; tw: Map<string, string>; hk: Map<string, string> }
let tables: CharTables | null = null;

function charDict(d: unknown): Map<string, string> {
  const m = new Map<string, string>();
  if (typeof d === 'string') {
    for (const pair of d.split('|')) {
      const sp = pair.indexOf(' ');
      if (sp > 0) m.set(pair.slice(0, sp), pair.slice(sp + 1));
    }
  } else if (Array.isArray(d)) for (const [k, v] of d as Array<[string, string]>) m.set(k, v);
  return m;
}

function loadTables(): CharTables {
  const locale = OpenCC.Locale as unknown as { from: Record<string, unknown[][]>; to: Record<string, unknown[][]> };
  // the last dictionary of each locale group is its character table
  const last = (g: unknown[][] | undefined) => { const grp = g?.[g.length - 1]; return charDict(grp?.[grp.length - 1]); };
  return { ts: last(locale.to.cn), st: last(locale.from.cn), tw: last(locale.to.tw), hk: last(locale.to.hk) };
}

const HAN = /\p{Script=Han}/u;
/** Per BMP code unit: 0 not yet classified, else class + 2 (class: -1 not Han, 0 shared, 1 Traditional-only, 2 Simplified-only). */
const bmpClass = new Int8Array(0x10000);
/** The same for characters outside the BMP (rare: a Map is enough). */
const astralClass = new Map<string, number>();

function classify(ch: string): number {
  if (!HAN.test(ch)) return -1;
  tables ??= loadTables();
  const toSimplified = tables.ts.get(ch);
  if (toSimplified !== undefined && toSimplified !== ch) return 1;
  const trad = tables.st.get(ch);
  if (trad === undefined || trad === ch) return 0;
  // Simplified-only: neither Taiwan nor Hong Kong standard keeps it (台, 吃, 群 are kept by one of them)
  const tw = tables.tw.get(trad) ?? trad;
  const hk = tables.hk.get(trad) ?? trad;
  return tw !== ch && hk !== ch ? 2 : 0;
}

/** Count Han characters that only one script uses (a Traditional form that has a Simplified one, and the reverse). */
export function scriptCounts(text: string, from = 0, to = text.length): { traditional: number; simplified: number; han: number } {
  let traditional = 0, simplified = 0, han = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (c < 0x2e80) continue; // below the CJK radicals: never Han
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const ch = text.slice(i, i + 2);
      i++;
      let k = astralClass.get(ch);
      if (k === undefined) { k = classify(ch); astralClass.set(ch, k); }
      cls = k;
    } else {
      let k = bmpClass[c]!;
      if (k === 0) { k = classify(String.fromCharCode(c)) + 2; bmpClass[c] = k; }
      cls = k - 2;
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
