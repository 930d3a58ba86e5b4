import * as OpenCC from 'opencc-js';
import { MappedStringBuilder, OffsetMap } from './offset-map.js';

/**
 * OpenCC conversion that also returns an exact offset map.
 *
 * opencc-js converts by longest match over a chain of dictionary tries, but returns only
 * the string. We walk the same tries (its own `Trie.matchPrefix`, over its own preset
 * dictionaries) so the output is identical to `OpenCC.Converter` and every output unit
 * knows which input units it came from.
 */
export type ConversionPreset = 'tw2sp' | 'hk2s' | 't2s' | 's2twp' | 's2hk' | 's2t' | WorkingPreset;
/**
 * Working-form presets: OpenCC's, after folding Hong Kong variant characters (衞 → 衛, 綫 → 線)
 * to the standard ones, so Hong Kong text that names no Hong Kong institution still matches.
 */
export type WorkingPreset = 'hkv+tw2sp' | 'hkv+t2s';

type DictLike = OpenCC.DictLike;
type DictGroup = OpenCC.DictGroup;

interface MappedConverter { (text: string): { text: string; map: OffsetMap } }

const cache = new Map<ConversionPreset, MappedConverter>();

const isDictGroup = (x: unknown): x is DictGroup =>
  Array.isArray(x) && x.every((d) => typeof d === 'string' || (Array.isArray(d) && d.every((p) => Array.isArray(p) && typeof p[0] === 'string')));

function triesOf(groups: readonly unknown[]): OpenCC.Trie[] {
  const out: OpenCC.Trie[] = [];
  for (const g of groups) {
    const list = isDictGroup(g) ? [g] : (g as DictGroup[]);
    for (const grp of list) {
      const t = new OpenCC.Trie();
      t.loadDictGroup(grp);
      out.push(t);
    }
  }
  return out;
}

/** One pass of one trie over `text`, matching only inside [from, to) windows. */
function convertStage(text: string, trie: OpenCC.Trie, windows: Array<[number, number]>): { text: string; map: OffsetMap } | null {
  const b = new MappedStringBuilder();
  let matched = false;
  for (const [from, to] of windows) {
    const piece = text.slice(from, to);
    let i = 0, plain = 0;
    while (i < piece.length) {
      const m = trie.matchPrefix(piece, i);
      if (m) {
        matched = true;
        if (plain < i) b.pushVerbatim(piece.slice(plain, i), from + plain);
        // a same-length phrase (個核心 → 个核心) maps unit for unit, so a span can end inside it
        if (m.value.length === m.end - i) b.pushVerbatim(m.value, from + i);
        else b.push(m.value, from + i, from + m.end);
        i = m.end; plain = i;
      } else {
        i += (piece.codePointAt(i)! > 0xffff) ? 2 : 1;
      }
    }
    if (plain < piece.length) b.pushVerbatim(piece.slice(plain), from + plain);
  }
  // nothing matched: the stage is the identity, and composing it would only cost time
  return matched ? b.finish(text.length) : null;
}

function build(preset: ConversionPreset): MappedConverter {
  const locale = OpenCC.Locale as unknown as {
    configs: Record<string, { segmentation?: DictLike | DictGroup; conversionChain: readonly DictGroup[]; normalizationChain?: readonly unknown[] }>;
    from: Record<string, readonly DictGroup[]>;
  };
  const [variants, base] = preset.startsWith('hkv+') ? [triesOf(locale.from.hk!), preset.slice(4)] : [[], preset];
  const cfg = locale.configs[base];
  if (!cfg) throw new Error(`unknown OpenCC preset ${preset}`);
  const normalize = [...variants, ...(cfg.normalizationChain ? triesOf(cfg.normalizationChain) : [])];
  const chain = cfg.conversionChain.map((grp) => { const t = new OpenCC.Trie(); t.loadDictGroup(grp); return t; });
  let segmentation: OpenCC.Trie | null = null;
  if (cfg.segmentation) {
    segmentation = new OpenCC.Trie();
    const seg = cfg.segmentation;
    if (Array.isArray(seg) && seg.every((d) => typeof d === 'string')) segmentation.loadDictGroup(seg as DictGroup);
    else segmentation.loadDict(seg as DictLike);
  }
  return (input: string) => {
    let text = input;
    let map: OffsetMap | null = null; // null while every stage so far was the identity
    const compose = (next: OffsetMap) => (map ? map.then(next) : next);
    const whole = (): Array<[number, number]> => [[0, text.length]];
    for (const t of normalize) {
      const r = convertStage(text, t, whole());
      if (r) { text = r.text; map = compose(r.map); }
    }
    // The conversion chain runs per segment, as opencc-js does: matches never cross segments.
    const windows: Array<[number, number]> = [];
    if (segmentation) {
      let at = 0;
      for (const s of segmentation.segment(text)) { windows.push([at, at + s.length]); at += s.length; }
    } else windows.push([0, text.length]);
    for (const t of chain) {
      const r = convertStage(text, t, windows);
      if (!r) continue;
      // Segment boundaries move with the conversion: recompute them through the stage's map.
      const moved = windows.map(([from, to]): [number, number] =>
        [r.map.toWorking(from), to >= text.length ? r.text.length : r.map.toWorking(to)]);
      windows.splice(0, windows.length, ...moved);
      text = r.text; map = compose(r.map);
    }
    return { text, map: map ?? OffsetMap.identity(input.length) };
  };
}

/** Convert `text` with an OpenCC preset, keeping an exact map back to `text`. */
export function convertMapped(text: string, preset: ConversionPreset): { text: string; map: OffsetMap } {
  let conv = cache.get(preset);
  if (!conv) { conv = build(preset); cache.set(preset, conv); }
  return conv(text);
}
