import * as OpenCC from 'opencc-js';
import { MappedStringBuilder, OffsetMap } from './offset-map.js';
import { NameTrie } from './trie.js';

/**
 * OpenCC conversion that also returns an exact offset map.
 *
 * opencc-js converts by longest match over a chain of dictionary tries, but returns only
 * the string. We load its own preset dictionaries into flat tries (the ones the entity
 * lexicon uses, which walk without allocating) and convert by the same rules, so the output
 * is identical to `OpenCC.Converter` and every output unit knows which input units it came from.
 */
export type ConversionPreset = 'tw2sp' | 'hk2s' | 't2s' | 's2twp' | 's2hk' | 's2t' | WorkingPreset;
/**
 * Working-form presets: OpenCC's, after folding Hong Kong variant characters (衞 → 衛, 綫 → 線)
 * to the standard ones, so Hong Kong text that names no Hong Kong institution still matches.
 */
export type WorkingPreset = 'hkv+tw2sp' | 'hkv+t2s';

type DictLike = OpenCC.DictLike;
type DictGroup = OpenCC.DictGroup;
type PhraseTrie = NameTrie<string>;

interface MappedConverter { (text: string): { text: string; map: OffsetMap } }

const cache = new Map<ConversionPreset, MappedConverter>();

const isDictGroup = (x: unknown): x is DictGroup =>
  Array.isArray(x) && x.every((d) => typeof d === 'string' || (Array.isArray(d) && d.every((p) => Array.isArray(p) && typeof p[0] === 'string')));

/** One dictionary into a trie, read as opencc-js reads it ("from to|from to" or pairs). */
function loadDict(trie: PhraseTrie, dict: DictLike): void {
  if (typeof dict === 'string') {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ');
      if (typeof to === 'string') trie.add(from!, to);
    }
  } else for (const [from, to] of dict) trie.add(from, to);
}

/** each dictionary of opencc-js (a string or an array of pairs) by a number, for `groupTrie`'s cache */
const dictIds = new Map<DictLike, number>();
const groupTries = new Map<string, PhraseTrie>();

/**
 * A group of dictionaries in one trie: as in opencc-js, the first dictionary wins a key. Presets
 * share groups (TSPhrases + TSCharacters ends both tw2sp and t2s), so each group is built once.
 */
function groupTrie(group: DictGroup): PhraseTrie {
  const key = group.map((d) => dictIds.get(d) ?? (dictIds.set(d, dictIds.size), dictIds.size - 1)).join(',');
  let trie = groupTries.get(key);
  if (!trie) {
    trie = new NameTrie<string>();
    for (const dict of group.slice().reverse()) loadDict(trie, dict);
    groupTries.set(key, trie);
  }
  return trie;
}

function triesOf(groups: readonly unknown[]): PhraseTrie[] {
  return groups.flatMap((g) => (isDictGroup(g) ? [g] : (g as DictGroup[])).map(groupTrie));
}

/**
 * Ideographic description sequences (⿰氵青) are skipped whole where nothing matches, as
 * opencc-js does, so no match starts inside one. Returns the sequence's end, or 0.
 */
function idsEnd(text: string, at: number): number {
  const c = text.codePointAt(at)!;
  const operands = c >= 0x2ff0 && c <= 0x2ff1 ? 2 : c >= 0x2ff2 && c <= 0x2ff3 ? 3 : c >= 0x2ff4 && c <= 0x2fff ? 2 : 0;
  if (operands === 0) return 0;
  let i = at + unitsAt(text, at);
  for (let k = 0; k < operands; k++) {
    if (i >= text.length) return 0;
    i = idsEnd(text, i) || i + unitsAt(text, i);
  }
  return i;
}
const unitsAt = (text: string, at: number) => (text.codePointAt(at)! > 0xffff ? 2 : 1);

/** How far to step where nothing matches: one character, or a whole description sequence. */
function stepAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x2ff0 || (c > 0x2fff && (c < 0xd800 || c > 0xdbff))) return 1; // the common case, one read
  const end = idsEnd(text, at);
  return end > at ? end - at : unitsAt(text, at);
}

/** The segments opencc-js converts one by one: dictionary words, and the runs between them. */
function segmentWindows(text: string, trie: PhraseTrie): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  let run = -1;
  for (let i = 0; i < text.length; ) {
    const end = trie.longestAt(text, i);
    if (end > 0) {
      if (run >= 0) { windows.push([run, i]); run = -1; }
      windows.push([i, end]);
      i = end;
    } else {
      if (run < 0) run = i;
      i += stepAt(text, i);
    }
  }
  if (run >= 0) windows.push([run, text.length]);
  return windows;
}

/** One pass of one trie over `text`, matching only inside [from, to) windows. */
function convertStage(text: string, trie: PhraseTrie, windows: ReadonlyArray<readonly [number, number]>): { text: string; map: OffsetMap } | null {
  let b: MappedStringBuilder | null = null; // made at the first match: most stages match nothing in most texts
  let plain = 0; // start of the input not yet copied
  for (const [from, to] of windows) {
    for (let i = from; i < to; ) {
      const end = trie.longestAt(text, i, to);
      if (end === 0) { i += stepAt(text, i); continue; }
      const value = trie.matched!;
      b ??= new MappedStringBuilder(text.length);
      if (plain < i) b.pushVerbatim(text.slice(plain, i), plain);
      // a same-length phrase (個核心 → 个核心) maps unit for unit, so a span can end inside it
      if (value.length === end - i) b.pushVerbatim(value, i);
      else b.push(value, i, end);
      i = end; plain = i;
    }
  }
  if (!b) return null; // the identity: composing it would only cost time
  if (plain < text.length) b.pushVerbatim(text.slice(plain), plain);
  return b.finish(text.length);
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
  const chain = cfg.conversionChain.map(groupTrie);
  const seg = cfg.segmentation;
  // a segmentation dictionary comes alone or as a group of dictionary strings
  const segmentation = !seg ? null : groupTrie(Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? seg as DictGroup : [seg as DictLike] as DictGroup);
  return (input: string) => {
    let text = input;
    let map: OffsetMap | null = null; // null while every stage so far was the identity
    const compose = (next: OffsetMap) => (map ? map.then(next) : next);
    for (const t of normalize) {
      const r = convertStage(text, t, [[0, text.length]]);
      if (r) { text = r.text; map = compose(r.map); }
    }
    // The conversion chain runs per segment, as opencc-js does: matches never cross segments.
    let windows: Array<[number, number]> = segmentation ? segmentWindows(text, segmentation) : [[0, text.length]];
    for (const t of chain) {
      const r = convertStage(text, t, windows);
      if (!r) continue;
      // Segment boundaries move with the conversion: recompute them through the stage's map.
      windows = windows.map(([from, to]): [number, number] =>
        [r.map.toWorking(from), to >= text.length ? r.text.length : r.map.toWorking(to)]);
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
