import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitArticles, type CorroborationInput } from '../../src/corroborate/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_EVAL = path.resolve(process.env.ZH_CLAIMS_EVAL_DIR ?? path.join(root, '..', 'shared', 'eval'));
export const SEED_GOLD = path.join(SHARED_EVAL, 'seed-gold.jsonl');
export const SEED_FEED = path.join(root, 'seeds', '000_af5b69dcd7e89b35.txt');

export interface GoldCase {
  id: string; text: string; referenceDate: string | null;
  mentions: CorroborationInput['mentions'];
  claims: Array<CorroborationInput['claims'][number] & { id?: string; fact?: string }>;
}

export const haveGold = () => fs.existsSync(SEED_GOLD);

export function readGold(): GoldCase[] {
  return fs.readFileSync(SEED_GOLD, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldCase);
}

/** Article and publisher of each seed line (`seed:L<n>`), from the feed itself. */
export function seedArticles(): Map<string, { article: string; publisher?: string }> {
  const feed = fs.readFileSync(SEED_FEED, 'utf8');
  const lineOf = (offset: number) => feed.slice(0, offset).split('\n').length;
  const out = new Map<string, { article: string; publisher?: string }>();
  for (const a of splitArticles(feed)) {
    const info = { article: `article:${a.index}`, ...(a.publisher ? { publisher: a.publisher.text } : {}) };
    for (const h of a.headings) out.set(`seed:L${lineOf(h.start)}`, info);
    out.set(`seed:L${lineOf(a.body.start)}`, info);
  }
  return out;
}

/** A gold case in the shape corroborate reads (the gold claims stand in for extracted ones). */
export function goldToInput(c: GoldCase, articles: Map<string, { article: string; publisher?: string }>): CorroborationInput {
  return { id: c.id, text: c.text, referenceDate: c.referenceDate, mentions: c.mentions, claims: c.claims, ...(articles.get(c.id) ?? {}) };
}
