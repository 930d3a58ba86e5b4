import { hasSpace } from './chars.js';
import { loadNodeJieba, type NodeJieba } from './jieba-node.js';

export { loadNodeJieba };

/** A word with its offsets into the segmented string and, where the segmenter tags, its part of speech. */
export interface Token { start: number; end: number; word: string; tag?: string }

/** What the pipeline needs from a word segmenter; another segmenter can stand in. */
export interface Segmenter {
  readonly name: string;
  /** Words of `text`, in order, covering it (white space may be left out). */
  segment(text: string): Token[];
  /** Teach the segmenter words it must keep whole (lexicon names), with an optional POS tag. */
  addWords?(words: Iterable<{ word: string; tag?: string }>): void;
}

/**
 * Align words returned by a segmenter with the string they came from. Segmenters may drop
 * or change characters (white space, invalid UTF-16), so a word is searched from the
 * cursor rather than assumed to be there. Offsets are shifted by `offset` (the piece's place
 * in a longer text) and the tokens appended to `out`.
 */
export function alignWords(text: string, words: Array<{ word: string; tag?: string }>, offset = 0, out: Token[] = []): Token[] {
  let at = 0;
  for (const w of words) {
    if (!w.word) continue;
    let i = text.startsWith(w.word, at) ? at : text.indexOf(w.word, at);
    if (i < 0 || i - at > 64) continue; // a word we cannot place nearby is skipped, not guessed
    const start = i + offset, end = start + w.word.length;
    out.push(w.tag === undefined ? { start, end, word: w.word } : { start, end, word: w.word, tag: w.tag });
    at = i + w.word.length;
  }
  return out;
}

/** Lone surrogates and control characters become spaces of the same length before native code sees them. */
export function sanitizeForNative(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
}

/** For each index of the segmented string, the index of the token covering it, or -1. */
export function tokenIndex(length: number, tokens: readonly Token[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    at.fill(i, Math.max(0, t.start), Math.min(length, t.end));
  }
  return at;
}

/** The word covering `at`, if any (an index of -1 is never looked up: it is a slow property read). */
export function tokenCovering(tokens: readonly Token[], tokenAt: Int32Array, at: number): Token | undefined {
  const k = at < tokenAt.length ? tokenAt[at]! : -1;
  return k >= 0 ? tokens[k] : undefined;
}

/** Intl.Segmenter (ICU's dictionary): no native code, no POS tags, slower. */
export class IntlSegmenter implements Segmenter {
  readonly name = 'intl';
  private readonly seg = new Intl.Segmenter('zh', { granularity: 'word' });
  segment(text: string): Token[] {
    const out: Token[] = [];
    for (const s of this.seg.segment(text)) {
      if (s.isWordLike === false && /^\s+$/.test(s.segment)) continue;
      out.push({ start: s.index, end: s.index + s.segment.length, word: s.segment });
    }
    return out;
  }
}

/** Longest piece handed to nodejieba at once; longer texts go in pieces cut at sentence ends. */
const JIEBA_CHUNK = 20000;

/** nodejieba: fast dictionary + HMM segmentation with POS tags. Its dictionary loads on first use. */
export class JiebaSegmenter implements Segmenter {
  readonly name = 'nodejieba';
  private loaded = false;
  private readonly pending: Array<{ word: string; tag?: string }> = [];
  constructor(private readonly jieba: NodeJieba) {}

  private ensure(): void {
    if (this.loaded) return;
    this.jieba.load();
    this.loaded = true;
    for (const w of this.pending.splice(0)) this.insert(w);
  }

  private insert(w: { word: string; tag?: string }): void {
    if (w.word && !hasSpace(w.word)) this.jieba.insertWord(w.word, w.tag);
  }

  addWords(words: Iterable<{ word: string; tag?: string }>): void {
    for (const w of words) this.loaded ? this.insert(w) : this.pending.push(w);
  }

  segment(text: string): Token[] {
    this.ensure();
    const clean = sanitizeForNative(text);
    const out: Token[] = [];
    for (let from = 0; from < clean.length;) {
      let to = Math.min(clean.length, from + JIEBA_CHUNK);
      if (to < clean.length) {
        const cut = Math.max(clean.lastIndexOf('。', to), clean.lastIndexOf('\n', to));
        if (cut > from) to = cut + 1;
      }
      const piece = clean.slice(from, to);
      alignWords(piece, this.jieba.tag(piece), from, out);
      from = to;
    }
    return out;
  }
}

/** The default segmenter: nodejieba where it loads, Intl.Segmenter otherwise. */
export function defaultSegmenter(): Segmenter {
  const jieba = loadNodeJieba();
  return jieba ? new JiebaSegmenter(jieba) : new IntlSegmenter();
}
