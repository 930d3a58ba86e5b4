import cues from '../../../data/entities/cues.json';
import tagFixes from '../../../data/entities/segmenter-tags.json';
import { CharSet, entity, isHanAt, isHanCode, type Doc, type EntityCandidate } from './doc.js';
import { ORGANIZATION_TAG, PERSON_TAGS, TagSet, UNKNOWN_WORD_TAG } from './tags.js';
import { SURNAMES } from './cues.js';
import { alternation } from '../../text/alternation.js';
import type { Token } from '../../text/segmenter.js';
import { SuffixList } from './suffixes.js';
import { leftExtender, type KnownIndex, type KnownSpan } from './name-extension.js';

export type { KnownSpan };

const SUFFIXES = new SuffixList(cues.orgSuffixes);
const NEEDS_NAME = new Set(cues.orgSuffixesNeedName);
const GENERIC_HEADS = new Set(cues.orgGenericHeads);
/** a word ending in a generic head (政府, 公司), itself one included */
const GENERIC_HEAD_ENDINGS = new SuffixList(cues.orgGenericHeads);
/** a proper word that may hold a name and its suffix in one (李嘉诚基金会 tagged nr) */
const NAME_HOLDING_TAGS = new TagSet(['nr', 'nrfg', 'nrt', 'ns', 'nz']);
/** a word that may send a body (中国驻…) */
const SENDER_TAGS = new TagSet(['nt', 'ns']);
/** a verb, adverb, function word, time or pronoun after a regional arm ends it (汇丰中国昨日表示) */
const AFTER_ARM_TAGS = new TagSet(['v', 'd', 'p', 't', 'c', 'x', 'r']);
/** last units of an office (部长, 局员), whose name is the word without them */
const OFFICE_CHIEF = '长'.charCodeAt(0), OFFICE_MEMBER = '员'.charCodeAt(0);
/** the bodies an office is of (部, 局 …): 商务部长 names 商务部 */
const OFFICE_OF = new CharSet(cues.officeCharacters);
/** words the segmenter tags as organizations that name a kind of body (人民法院, 音乐会) */
const NOT_ORG = new Set(tagFixes.notOrganization);
/** endings of newspapers and outlets (日报, 电视台), whose titles in 《》 are organizations */
const OUTLET_ENDINGS = new SuffixList(cues.outletEndings);

/** endings of words that end like an organization but are not one (内部, 社会), and longer endings that make one after all (同学会, though 学会 is listed) */
const NOT_ORG_ENDINGS = new SuffixList([...cues.notOrgEndings, ...cues.orgEndingsAfterAll]);
const ORG_AFTER_ALL = new Set(cues.orgEndingsAfterAll);
/** whether the word's longest listed ending says it is no organization */
function endsLikeNoOrganization(word: string): boolean {
  const ending = NOT_ORG_ENDINGS.longestEnding(word);
  return ending !== null && !ORG_AFTER_ALL.has(ending);
}

/** 理事国, 成员国: a member state of a body */
const MEMBER_STATE_ENDINGS = new SuffixList(cues.memberStateEndings);

/** 中美关系, 中俄友好: the segmenter's organisations that are a pair of countries and a relation */
const PAIR_OPENING = new RegExp(`^[${cues.pairAbbreviations}]{2,3}(?:${alternation(cues.pairRelationWords)})`);


function suffixOf(word: string): string | null {
  return SUFFIXES.longestEnding(word);
}

/**
 * Organizations by shape: a name (place, person, proper noun, known entity) followed by a
 * suffix word (公司, 大学, 委员会, 部, 日报 …), as one span (美国商务部, 美中贸易全国委员会);
 * words the segmenter tags as organizations (nt). A known organization before a generic head
 * (华为公司, 美国政府) is left to the lexicon: the head stays outside.
 */
export function organizations(doc: Doc, index: KnownIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens } = doc;
  const extendLeft = leftExtender(doc, index);
  const tiledByPlaces = (start: number, end: number): boolean => {
    let pos = start;
    while (pos < end) { const e = index.placeAt.get(pos)?.end; if (!e || e > end) return false; pos = e; }
    return true;
  };
  /** organizations found so far, by end: they may open a longer name (广州乾朗珠宝|有限公司) */
  const found = new Map<number, number>();
  const { tokenTag, tokenFirst, tokenLast } = doc;
  for (let i = 0; i < tokens.length; i++) {
    // only a word tagged nt, one ending like a suffix, or an office (商务部长) can be or end a name
    const last = tokenLast[i]!;
    const tag = tokenTag[i]!;
    const taggedOrganization = tag === ORGANIZATION_TAG;
    if (!taggedOrganization && !SUFFIXES.mayEndWith(last) && last !== OFFICE_CHIEF && last !== OFFICE_MEMBER) continue;
    if (!isHanCode(tokenFirst[i]!)) continue;
    const t = tokens[i]!;
    let end = t.end;
    let word = t.word;
    // 商务部长: the office's name ends before 长
    const office = (last === OFFICE_CHIEF || last === OFFICE_MEMBER) && OFFICE_OF.hasAt(word, word.length - 2);
    if (office && word.length >= 3) { end -= 1; word = word.slice(0, -1); }
    let suffix = suffixOf(word);
    // a one-character suffix counts alone (…委员会 …部) or closing a longer word (商务部), not in 内部, 社会, 大会
    if (suffix && suffix.length === 1 && word.length === 2) suffix = null;
    if (suffix && endsLikeNoOrganization(word)) suffix = null;
    // 沈东军, 李建华: a name that happens to end like a suffix
    if (suffix && suffix.length === 1 && (PERSON_TAGS.has(tag) || (tag === UNKNOWN_WORD_TAG && word.length === 3 && SURNAMES.has(word[0]!)))) suffix = null;
    if (!suffix && !taggedOrganization) continue;
    // 中美关系: a pair of countries and their relation is no organization
    if (taggedOrganization && PAIR_OPENING.test(word)) continue;
    // 中华人民共和国香港特别行政区: a segmenter organisation made only of known places is places
    if (taggedOrganization && tiledByPlaces(t.start, t.end)) continue;
    // 安理会常任理事国: a member state of a body is no organization
    if (taggedOrganization && MEMBER_STATE_ENDINGS.longestEnding(word) !== null) continue;
    if (taggedOrganization && word === t.word && !NOT_ORG.has(word) && GENERIC_HEAD_ENDINGS.longestEnding(word) === null) out.push(entity(t.start, end, 'ORG'));
    if (!suffix) continue;
    // one proper word holding a name and its suffix (李嘉诚基金会 taggedOrganization as a person's name)
    if (!taggedOrganization && suffix.length >= 2 && word.length >= suffix.length + (NEEDS_NAME.has(suffix) ? 3 : 2) && NAME_HOLDING_TAGS.has(tag)) {
      out.push(entity(t.start, end, 'ORG', undefined, undefined, 0));
      continue;
    }
    let { start, proper, parts } = extendLeft(i, end);
    // 天津市人民政府驻乌鲁木齐办事处, 中国驻美国大使馆: the sending body before 驻 belongs to the name
    if (start <= t.start && doc.text[start - 1] === '驻' && start >= 2) {
      const ti = doc.tokenAt[start - 2]!;
      if (ti >= 0 && tokens[ti]!.end === start - 1 && isHanAt(tokens[ti]!.word, 0)) {
        const sender = extendLeft(ti, start - 1);
        const senderIsName = sender.proper > 0 || SENDER_TAGS.has(doc.tokenTag[ti]!);
        if (senderIsName) { start = Math.min(sender.start, tokens[ti]!.start); proper++; parts += sender.parts + 1; }
      }
    }
    // a suffix word alone (子公司, 该公司) is no name: the name must come from the words before it
    if (start >= t.start || proper === 0) continue;
    if (NEEDS_NAME.has(suffix) && word.length === suffix.length && parts === 1 && end - start <= 2) continue;
    // a single known name before a generic head: 华为公司, 美国政府 keep the head outside
    if (GENERIC_HEADS.has(suffix) && index.knownAt.has(end - suffix.length)) continue;
    if (end - start < 2) continue;
    // a trade word after a name just found (林达集团|投资) is no new name
    if (NEEDS_NAME.has(suffix) && found.get(t.start) === start) continue;
    extendLeft.add({ start, end, type: 'ORG' });
    found.set(end, start);
    out.push(entity(start, end, 'ORG', undefined, undefined, 0));
  }
  return out;
}

const CONGRESS = /(?:第[一二三四五六七八九十百零\d]{1,4}[次届])(?:全国)?(?:人民)?代表大会|(?<![一二三四五六七八九十百零\d第])(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])大(?![学夫小量型批家会街概多都人])/g;

/**
 * Party and people's congresses by their number: 第十五次全国代表大会, 第九届全国人民代表大会,
 * 十五大 (written as one word), joined to the party or body just before them
 * (中国致公党第十一次全国代表大会, 中国致公党十一大).
 */
export function congresses(doc: Doc, known: readonly KnownSpan[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  CONGRESS.lastIndex = 0;
  for (let m = CONGRESS.exec(doc.text); m; m = CONGRESS.exec(doc.text)) {
    let start = m.index;
    const end = start + m[0].length;
    // 十五大 only where the segmenter has it as a word of its own (not 十五大项, 三大)
    if (!m[0].includes('代表大会') && (m[0].length < 3 || doc.wordStart[start] !== 1 || doc.wordEnd[end] !== 1)) continue;
    const party = organizationEndingAt(known, start);
    if (party !== undefined) start = party;
    out.push(entity(start, end, 'ORG', undefined, undefined, 1));
  }
  return out;
}

/** the start of the longest known organization ending at `end` (congresses are rare: no index is built for them) */
function organizationEndingAt(known: readonly KnownSpan[], end: number): number | undefined {
  let start: number | undefined;
  for (const k of known) if (k.type === 'ORG' && k.end === end && (start === undefined || k.start < start)) start = k.start;
  return start;
}

/** 《…》: newspapers and outlets are ORG, laws LAW, other titles WORK; the brackets stay outside. */
export function bracketedTitles(doc: Doc, lawTitleEndings: SuffixList): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const re = /《([^《》\n]{1,30})》/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const inner = m[1]!.trim();
    if (!inner) continue;
    const start = m.index + 1 + m[1]!.indexOf(inner);
    const end = start + inner.length;
    const type = OUTLET_ENDINGS.longestEnding(inner) !== null ? 'ORG' : lawTitleEndings.longestEnding(inner) !== null ? 'LAW' : 'WORK';
    out.push(entity(start, end, type, undefined, undefined, -1));
  }
  return out;
}

export type { Token };

/**
 * A company's regional arm: a known organization glued to a country or region name and then a
 * verb, adverb or punctuation (汇丰中国昨日表示, 花旗中国, 索尼澳大利亚有人) is one organization.
 * Before a noun (苹果中国市场) the place belongs to the noun phrase and stays apart.
 */
export function regionalArms(doc: Doc, known: readonly KnownSpan[], index: KnownIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const k of known) {
    if (k.type !== 'ORG') continue;
    const place = index.placeAt.get(k.end);
    if (!place || place.end - place.start < 2) continue;
    const ti = doc.tokenAt[place.end] ?? -1;
    const next = ti >= 0 ? doc.tokens[ti]! : null;
    // 新华社北京3月3日电 is a dateline: outlet, place, date
    if (/^[\s\d一二三四五六七八九十]/.test(doc.text[place.end] ?? '')) continue;
    const boundary = !next || next.start !== place.end ? doc.wordStart[place.end] === 1 : AFTER_ARM_TAGS.has(doc.tokenTag[ti]!) && next.word !== '的';
    if (!boundary || (next && isHanAt(next.word, 0) && doc.tokenTag[ti] === UNKNOWN_WORD_TAG)) continue;
    out.push(entity(k.start, place.end, 'ORG', undefined, undefined, 1));
  }
  return out;
}
