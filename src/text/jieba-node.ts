import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * How nodejieba is found on Node. This is the one place that needs Node built-ins to load
 * a segmenter; browser and edge builds replace this module with one that finds nothing.
 */

/** The part of nodejieba the segmenter uses. */
export interface NodeJieba {
  load(dicts?: { idfDict?: string; stopWordDict?: string }): void;
  tag(s: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag?: string): boolean;
}

let jiebaModule: NodeJieba | null | undefined;
let warned = false;

/** Load nodejieba if it is installed and built; otherwise null, with one clear warning. */
export function loadNodeJieba(): NodeJieba | null {
  if (jiebaModule !== undefined) return jiebaModule;
  try {
    const req = createRequire(import.meta.url);
    const mod = req('nodejieba') as NodeJieba;
    // nodejieba loads its native binding lazily; load it now (without the dictionary) so a
    // missing or broken build is found here, not in the middle of an extraction.
    req(req.resolve('nodejieba').replace(/index\.js$/, 'build/Release/nodejieba.node'));
    const stubs = keywordTableStubs();
    jiebaModule = stubs ? { ...mod, load: () => mod.load(stubs), tag: mod.tag, insertWord: mod.insertWord } : mod;
  } catch (err) {
    jiebaModule = null;
    if (!warned && !process.env.ZH_CLAIMS_QUIET) {
      warned = true;
      process.emitWarning(`zh-claims: nodejieba could not be loaded (${(err as Error).message.split('\n')[0]}); using Intl.Segmenter instead (slower, no POS tags). Install build tools and run \`npm rebuild nodejieba\` to enable it.`, { code: 'ZH_CLAIMS_NO_JIEBA' });
    }
  }
  return jiebaModule;
}

/**
 * One-line stand-ins for nodejieba's keyword-extraction tables, which we never use but it
 * loads anyway (~150 ms, 20 MB). Shipped in data/jieba; found beside the build (dist/) or the
 * sources (src/text/). Without them nodejieba loads its own.
 */
function keywordTableStubs(): { idfDict: string; stopWordDict: string } | null {
  for (const up of ['../data/jieba/', '../../data/jieba/']) {
    try {
      const dir = fileURLToPath(new URL(up, import.meta.url));
      const idfDict = dir + 'idf-stub.utf8', stopWordDict = dir + 'stop-words-stub.utf8';
      if (fs.existsSync(idfDict) && fs.existsSync(stopWordDict)) return { idfDict, stopWordDict };
    } catch { /* not a file URL (bundled elsewhere): use nodejieba's own tables */ }
  }
  return null;
}
