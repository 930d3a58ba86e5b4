/**
 * A generated benchmark corpus: news-sized documents of shuffled sentences taken from the
 * seed document and the evaluation texts, each document written in one script and region
 * (mainland Simplified, Taiwan or Hong Kong Traditional), converted with OpenCC.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';

export interface BenchDoc { id: string; text: string; region: 'cn' | 'tw' | 'hk' }

/** A small deterministic PRNG (mulberry32), so two runs measure the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences (ending at 。！？!? or a line break) of every text we may read. */
export function sourceSentences(sharedDir: string): string[] {
  const texts: string[] = [];
  const seeds = path.join(sharedDir, 'seeds');
  if (fs.existsSync(seeds)) for (const f of fs.readdirSync(seeds)) texts.push(fs.readFileSync(path.join(seeds, f), 'utf8'));
  const evalDir = path.join(sharedDir, 'eval');
  const sets = [evalDir, path.join(evalDir, 'peers')].filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(d, f)));
  for (const f of sets) {
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try { const c = JSON.parse(line) as { text?: unknown }; if (typeof c.text === 'string') texts.push(c.text); } catch { /* not a case */ }
    }
  }
  const out = new Set<string>();
  for (const t of texts) {
    for (const s of t.split(/(?<=[。！？!?])|\n/)) {
      const x = s.trim();
      if (x.length >= 4) out.add(x);
    }
  }
  return [...out];
}

/**
 * Documents of 300–3000 characters until the corpus holds `minBytes` of UTF-8.
 * Each sentence is converted to the document's script once and cached.
 */
export function generateCorpus(sentences: readonly string[], minBytes: number, seed = 20251230): BenchDoc[] {
  if (!sentences.length) throw new Error('no source sentences for the corpus');
  const rand = prng(seed);
  const toCn = OpenCC.Converter({ from: 't', to: 'cn' });
  const fromCn = { tw: OpenCC.Converter({ from: 'cn', to: 'twp' }), hk: OpenCC.Converter({ from: 'cn', to: 'hk' }) };
  const cache = { cn: new Map<number, string>(), tw: new Map<number, string>(), hk: new Map<number, string>() };
  const inScript = (i: number, region: BenchDoc['region']): string => {
    let s = cache[region].get(i);
    if (s === undefined) {
      const cn = cache.cn.get(i) ?? toCn(sentences[i]!);
      cache.cn.set(i, cn);
      s = region === 'cn' ? cn : fromCn[region](cn);
      cache[region].set(i, s);
    }
    return s;
  };
  const docs: BenchDoc[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const region = (['cn', 'tw', 'hk'] as const)[Math.floor(rand() * 3)]!;
    const target = 300 + Math.floor(rand() * 2700);
    let text = '';
    while (text.length < target) {
      text += inScript(Math.floor(rand() * sentences.length), region);
      if (rand() < 0.15) text += '\n';
    }
    docs.push({ id: `bench:${docs.length}`, text, region });
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

/** Write documents as JSON Lines cases into a fresh temporary directory; returns the file. */
export function writeJsonl(docs: readonly BenchDoc[], name: string, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-bench-'))): string {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, 'w');
  try {
    let buf = '';
    for (const d of docs) {
      buf += JSON.stringify({ id: d.id, text: d.text }) + '\n';
      if (buf.length > 1 << 20) { fs.writeSync(fd, buf); buf = ''; }
    }
    fs.writeSync(fd, buf);
  } finally { fs.closeSync(fd); }
  return file;
}
