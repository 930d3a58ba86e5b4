/**
 * The floor: what any pipeline over Chinese news pays at least — opencc-js Traditional →
 * Simplified conversion and nodejieba POS tagging of the converted text.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
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

/**
 * The floor for a fresh process or worker thread, as plain CommonJS source that defines
 * `floorRun(text)`: opencc-js and nodejieba resolved from the project at `root`, nodejieba
 * loaded with the stand-in keyword tables the library passes it (data/jieba), so the floor
 * loads what the pipeline loads.
 */
export function floorSource(root: string): string {
  const tables = path.join(root, 'data', 'jieba') + path.sep;
  return `
const floorRun = (() => {
  const req = require('node:module').createRequire(${JSON.stringify(path.join(root, 'package.json'))});
  const jieba = req('nodejieba');
  const convert = req('opencc-js').Converter({ from: 'tw', to: 'cn' });
  jieba.load({ idfDict: ${JSON.stringify(tables + 'idf-stub.utf8')}, stopWordDict: ${JSON.stringify(tables + 'stop-words-stub.utf8')} });
  return (text) => jieba.tag(convert(text));
})();
`;
}
