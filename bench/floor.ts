/**
 * The floor: what any pipeline over Chinese news pays at least — opencc-js Traditional →
 * Simplified conversion and nodejieba POS tagging of the converted text.
 */
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';

interface Jieba { tag(s: string): Array<{ word: string; tag: string }> }

export interface Floor {
  convert(text: string): string;
  tag(text: string): unknown;
  /** both, as the pipeline needs them */
  run(text: string): void;
}

/**
 * Build the floor. Call it AFTER the pipeline has segmented once: nodejieba is one dictionary
 * per thread, and calling its `load()` again would drop the words the pipeline added.
 */
export function createFloor(): Floor | null {
  let jieba: Jieba;
  try { jieba = createRequire(import.meta.url)('nodejieba') as Jieba; } catch { return null; }
  const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
  return {
    convert,
    tag: (t) => jieba.tag(t),
    run: (t) => { jieba.tag(convert(t)); },
  };
}
