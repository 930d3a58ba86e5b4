import cues from '../../../data/entities/cues.json';
import { entity, isHan, type Doc, type EntityCandidate } from './doc.js';
import type { Token } from '../../text/segmenter.js';

const SUFFIXES = [...cues.orgSuffixes].sort((a, b) => b.length - a.length);
const NEEDS_NAME = new Set(cues.orgSuffixesNeedName);
const GENERIC_HEADS = new Set(cues.orgGenericHeads);
/** a verb, function word or title before an organization ends its name (李瑞环会见|光彩事业促进会, 珠宝总裁|沈东军) */
const LEFT_STOPS = new Set([...cues.orgLeftStops, ...cues.personTitles]);
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);
const SURNAMES = new Set(cues.surnames);
/** tokens that can be part of an organization's name before its suffix */
const NAME_PART_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'n', 'vn', 'an', 'b', 'm', 'x']);
const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'x']);
/** 部长, 局长 …: the office's name ends before 长 */
const OFFICE_HEAD = /(部|局|院|署|会|社|厅|处|委)(长|员)$/;
const OUTLET = /(报|时报|日报|晚报|早报|周刊|周报|杂志|新闻|新闻网|网|电视台|电台|通讯社|社)$/;

/** words that end like an organization but are not one */
const NOT_SUFFIXED = /(内部|外部|全部|局部|东部|西部|南部|北部|中部|干部|头部|底部|顶部|腹部|胸部|背部|脑部|面部|俱乐部|结局|格局|大局|当局|布局|骗局|开局|终局|政局|时局|赌局|社会|机会|晚会|聚会|约会|宴会|舞会|峰会|都会|学会|理会|体会|误会|例会|开会|年会|盛会|庙会|拍卖会|研讨会|发布会|座谈会|委员会委员|网上|上网|联网|互联网|电网|渔网|球网|法网|公司法)$/;

/** 中美关系, 中俄友好: the segmenter's organisations that are a pair of countries and a relation */
const PAIR_OPENING = new RegExp(`^[${cues.pairAbbreviations}]{2,3}(关系|两国|双方|友好|合作|贸易|经贸|战略|峰会|会晤|对话|联合)`);

export interface KnownSpan { start: number; end: number; type: string }

function suffixOf(word: string): string | null {
  for (const s of SUFFIXES) if (word.endsWith(s)) return s;
  return null;
}

/**
 * Organizations by shape: a name (place, person, proper noun, known entity) followed by a
 * suffix word (公司, 大学, 委员会, 部, 日报 …), as one span (美国商务部, 美中贸易全国委员会);
 * words the segmenter tags as organizations (nt). A known organization before a generic head
 * (华为公司, 美国政府) is left to the lexicon: the head stays outside.
 */
export function* organizations(doc: Doc, known: readonly KnownSpan[]): Iterable<EntityCandidate> {
  const { tokens } = doc;
  const knownAt = new Map<number, KnownSpan>();
  const knownFrom = new Set<number>();
  const personSpans = new Set(known.filter((k) => k.type === 'PER').map((k) => `${k.start}:${k.end}`));
  const knownPersonAt = (start: number, end: number) => personSpans.has(`${start}:${end}`);
  for (const k of known) {
    if (!knownAt.has(k.end) || knownAt.get(k.end)!.start > k.start) knownAt.set(k.end, k);
    knownFrom.add(k.start);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isHan(t.word[0])) continue;
    let end = t.end;
    let word = t.word;
    const office = OFFICE_HEAD.exec(word);
    if (office && word.length >= 3) { end -= 1; word = word.slice(0, -1); }
    let suffix = suffixOf(word);
    // a one-character suffix counts alone (…委员会 …部) or closing a longer word (商务部), not in 内部, 社会, 大会
    if (suffix && suffix.length === 1 && word.length === 2) suffix = null;
    if (suffix && NOT_SUFFIXED.test(word)) suffix = null;
    // 沈东军, 李建华: a name that happens to end like a suffix
    if (suffix && suffix.length === 1 && (PERSON_TAGS.has(t.tag ?? '') || (t.tag === 'x' && word.length === 3 && SURNAMES.has(word[0]!)))) suffix = null;
    if (!suffix && t.tag !== 'nt') continue;
    // an nt word ending in a generic head (美国政府) is the place or company before the head
    if (t.tag === 'nt' && PAIR_OPENING.test(word)) continue;
    if (t.tag === 'nt' && word === t.word && !GENERIC_HEADS.has(word) && ![...GENERIC_HEADS].some((h) => word.endsWith(h))) yield entity(t.start, end, 'ORG');
    if (!suffix) continue;
    // one proper word holding a name and its suffix (李嘉诚基金会 tagged as a person's name)
    if (t.tag !== 'nt' && suffix.length >= 2 && word.length >= suffix.length + 2 && /^(nr|nrfg|nrt|ns|nz)$/.test(t.tag ?? '') && !NEEDS_NAME.has(suffix)) {
      yield entity(t.start, end, 'ORG', undefined, undefined, 0);
      continue;
    }
    // extend left over name parts: known entities or proper/noun words, at most 5 words or 16 characters
    let start = t.start;
    let proper = 0;
    let parts = 0;
    let j = i - 1;
    let pos = t.start;
    while (j >= 0 && parts < 5 && end - pos < 16) {
      const k = knownAt.get(pos);
      if (k && k.start < pos) {
        start = k.start; pos = k.start; proper++; parts++;
        while (j >= 0 && tokens[j]!.start >= pos) j--;
        continue;
      }
      const p = tokens[j]!;
      if (p.end !== pos || !p.tag || !NAME_PART_TAGS.has(p.tag) || !isHan(p.word[0]) && p.tag !== 'eng') break;
      if (LEFT_STOPS.has(p.word)) break;
      // a person's name opens an organization only right before its suffix (宋庆龄基金会), not further left
      if ((PERSON_TAGS.has(p.tag) || knownPersonAt(p.start, p.end)) && parts > 0) break;
      // an unknown word (x) counts as a name only when it is short and all Han
      if (p.tag === 'x' && (p.word.length > 4 || ![...p.word].every((c) => isHan(c)))) break;
      if (p.tag === 'm' && !/^第?[一二三四五六七八九十百零\d]+(次|届)?$/.test(p.word)) break;
      // an unknown word is a name right before the suffix (通灵珠宝), not further left (直送|客户资料中心)
      if (p.tag === 'x' && parts > 0) break;
      if (PROPER_TAGS.has(p.tag)) proper++;
      start = p.start; pos = p.start; parts++; j--;
    }
    // the leftmost part must be a name, not a common noun
    while (start < t.start) {
      const ti = doc.tokenAt[start]!;
      if (ti < 0) break;
      const first = tokens[ti]!;
      if (knownFrom.has(start) || PROPER_TAGS.has(first.tag ?? '')) break;
      start = first.end;
      parts--;
    }
    // a suffix word alone (子公司, 该公司) is no name: the name must come from the words before it
    if (start >= t.start || proper === 0) continue;
    if (NEEDS_NAME.has(suffix) && word.length === suffix.length && parts === 1 && end - start <= 2) continue;
    // a single known name before a generic head: 华为公司, 美国政府 keep the head outside
    if (GENERIC_HEADS.has(suffix) && knownAt.has(end - suffix.length)) continue;
    if (end - start < 2) continue;
    yield entity(start, end, 'ORG', undefined, undefined, 0);
  }
}

const CONGRESS = /(?:第[一二三四五六七八九十百零\d]{1,4}[次届])(?:全国)?(?:人民)?代表大会|(?<![一二三四五六七八九十百零\d第])(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])大(?![学夫小量型批家会街概多都人])/g;

/**
 * Party and people's congresses by their number: 第十五次全国代表大会, 第九届全国人民代表大会,
 * 十五大 (written as one word), joined to the party or body just before them
 * (中国致公党第十一次全国代表大会, 中国致公党十一大).
 */
export function* congresses(doc: Doc, known: readonly KnownSpan[]): Iterable<EntityCandidate> {
  const orgEndingAt = new Map<number, number>();
  for (const k of known) if (k.type === 'ORG') orgEndingAt.set(k.end, Math.min(k.start, orgEndingAt.get(k.end) ?? k.start));
  CONGRESS.lastIndex = 0;
  for (let m = CONGRESS.exec(doc.text); m; m = CONGRESS.exec(doc.text)) {
    let start = m.index;
    const end = start + m[0].length;
    // 十五大 only where the segmenter has it as a word of its own (not 十五大项, 三大)
    if (!m[0].includes('代表大会') && (m[0].length < 3 || doc.wordStart[start] !== 1 || doc.wordEnd[end] !== 1)) continue;
    const party = orgEndingAt.get(start);
    if (party !== undefined) start = party;
    yield entity(start, end, 'ORG', undefined, undefined, 1);
  }
}

/** 《…》: newspapers and outlets are ORG, laws LAW, other titles WORK; the brackets stay outside. */
export function* bracketedTitles(doc: Doc, lawHead: RegExp): Iterable<EntityCandidate> {
  const re = /《([^《》\n]{1,30})》/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const inner = m[1]!.trim();
    if (!inner) continue;
    const start = m.index + 1 + m[1]!.indexOf(inner);
    const end = start + inner.length;
    const type = OUTLET.test(inner) ? 'ORG' : lawHead.test(inner) ? 'LAW' : 'WORK';
    yield entity(start, end, type, undefined, undefined, -1);
  }
}

export type { Token };
