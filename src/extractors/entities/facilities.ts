import cues from '../../../data/entities/cues.json';
import { entity, isHanAt, type Doc, type EntityCandidate } from './doc.js';
import { SuffixList } from './suffixes.js';
import { PERSON_TAGS, TagSet } from './tags.js';
import { leftExtender, type KnownIndex } from './name-extension.js';

const HEADS = new SuffixList(cues.facilityHeads);
/** a proper word that may hold the name before its head (王府井大街, 大观园) */
const SELF_NAMED_TAGS = new TagSet(['ns', 'nr', 'nz', 'nt', 'x', 'nrt', 'j']);
const NOT_FACILITY = new Set(cues.notFacility);
/** one-character or generic heads need a proper name before them (南京路, 大观园; not 该酒店) */
const NEEDS_NAME = new Set(cues.facilityNeedName);
/** roads that an address continues with a house number: 王府井大街218号 */
const ROAD_ENDINGS = new SuffixList(cues.roadEndings);
/** 218号, 一段161号, 3巷5弄2号: sections, lanes and alleys before the number */
const HOUSE_NUMBER = /^(?:[\d一二三四五六七八九十]{1,3}段)?(?:\d{1,4}巷)?(?:\d{1,4}弄)?(?:\d{1,5}|[一二三四五六七八九十百零]{1,6})(?:号|號)(?:楼|院)?/;

function headOf(word: string): string | null {
  return HEADS.longestEnding(word);
}

/**
 * Named places built by people: a name and a facility word (上海美术馆, 首都国际机场, 海渔广场,
 * 万龙滑雪场, 王府井大街) as one LOC, and an address that runs from its divisions through a
 * road to the house number (北京市东城区王府井大街218号). The name is found as for
 * organizations: known places and proper words to the left of the facility word.
 */
export function facilities(doc: Doc, index: KnownIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const { tokens, text } = doc;
  const extendLeft = leftExtender(doc, index);
  for (let i = 0; i < tokens.length; i++) {
    // the head first: one table read rejects most words
    if (!HEADS.mayEndWith(doc.tokenLast[i]!)) continue;
    const t = tokens[i]!;
    const w = t.word;
    const head = headOf(w);
    if (!head || !isHanAt(w, 0) || NOT_FACILITY.has(w) || PERSON_TAGS.has(doc.tokenTag[i]!) && w.length <= 4) continue;
    // a one-character head closes a longer word only (南京路), never a two-character common word (马路)
    if (head.length === 1 && w.length === 2) continue;
    // a head standing alone follows a name (海渔 广场), not an abstract noun (国际化 路)
    if (w.length === head.length && /[化性式型者]$/.test(tokens[i - 1]?.word ?? '')) continue;
    let { start, proper } = extendLeft(i, t.end);
    // the word itself may hold the name (王府井大街, 大观园): a proper word longer than its head
    const selfNamed = w.length > head.length && SELF_NAMED_TAGS.has(doc.tokenTag[i]!);
    if (start >= t.start) {
      if (!selfNamed) continue;
      start = t.start;
    } else if (proper === 0 && !selfNamed) continue;
    if (NEEDS_NAME.has(head) && start === t.start && w.length - head.length < 2) continue;
    let end = t.end;
    if (ROAD_ENDINGS.longestEnding(w) !== null) {
      const num = HOUSE_NUMBER.exec(text.slice(end, end + 10));
      if (num) end += num[0].length;
    }
    out.push(entity(start, end, 'LOC', undefined, undefined, 1));
  }
  return out;
}
