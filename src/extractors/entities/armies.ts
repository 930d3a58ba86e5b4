import armies from '../../../data/entities/armies.json';
import { entity, isHanAt, type Doc, type EntityCandidate } from './doc.js';
import type { KnownSpan } from './name-extension.js';

const BRANCHES = [...armies.branches].sort((a, b) => b.length - a.length);
const COUNTRY_CHARS = new Set(armies.countryArmyChars);
const DYNASTY_CHARS = new Set(armies.dynastyArmyChars);
const NOT_AFTER = new Set(armies.notAfterArmy);

/** the longest service branch written at `at`, if any */
function branchAt(text: string, at: number): string | undefined {
  for (const b of BRANCHES) if (text.startsWith(b, at)) return b;
  return undefined;
}

/**
 * Armed forces: a country's name and a service branch as one organization (美国海军, 德国军队,
 * 英国军方), and one-character country names before 军 (美军, 日军, 以军), which the
 * abbreviation rule leaves out as compounds. Dynasty armies (清军, 蜀军) only where the
 * segmenter keeps them as one word; 军 glued into another word (美军事, 军舰) is no army.
 */
export function armedForces(doc: Doc, known: readonly KnownSpan[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { text } = doc;
  for (const k of known) {
    if (k.type !== 'GPE') continue;
    const branch = branchAt(text, k.end);
    if (!branch) continue;
    const end = k.end + branch.length;
    // 美国军队伍 is no army: the branch must end a word
    if (doc.wordEnd[end] !== 1 && isHanAt(text, end)) continue;
    out.push(entity(k.start, end, 'ORG', undefined, undefined, 2));
  }
  // each 军 after the first unit, found by the string search rather than a test per unit
  for (let army = text.indexOf('军', 1); army >= 0; army = text.indexOf('军', army + 1)) {
    const i = army - 1;
    const c = text[i]!;
    const country = COUNTRY_CHARS.has(c), dynasty = DYNASTY_CHARS.has(c);
    if (!country && !dynasty) continue;
    if (NOT_AFTER.has(text[i + 2] ?? '')) continue;
    // the character must open a word: 欧美军 is 欧美 + 军, 每日军报 no army
    if (doc.wordStart[i] !== 1 || (isHanAt(text, i - 1) && COUNTRY_CHARS.has(text[i - 1]!))) continue;
    const ti = doc.tokenAt[i]!;
    const token = ti >= 0 ? doc.tokens[ti]! : null;
    const oneWord = !!token && token.start === i && token.end === i + 2;
    if (dynasty && !country && !oneWord) continue;
    if (!oneWord && !(token && token.start === i && token.end === i + 1)) continue;
    out.push(entity(i, i + 2, 'ORG', undefined, undefined, 2));
  }
  return out;
}

