/**
 * Where a pattern can match: the first two UTF-16 units its matches can begin with, read once
 * from its source, so that a scan tries the pattern only at positions that hold such a start.
 *
 * The reading is a superset of the truth: lookbehinds, negative lookaheads and anchors constrain
 * nothing here (a positive lookahead only the unit after a one-unit match), a repetition is read
 * as "one or more", and whatever the reader does not follow (a negated class, `.`, \D, \S, a
 * back-reference, the flags i/u/v/s) allows any unit. A scan gated by it therefore finds exactly
 * the matches a search over every position finds.
 */

import { codeAt, UnitSet, WHITE_SPACE } from './chars.js';

type Units = Set<number> | 'any';
/** for each first unit, the units that can come second in a match of two units or more */
type Pairs = Map<number, Units> | 'any';
/**
 * What the reader knows of the strings a piece of pattern matches. `ahead` is set on a bare
 * positive lookahead (?=X) only: the units the text must go on with there.
 */
interface Lang { first: Units; nullable: boolean; singles: Units; pairs: Pairs; ahead?: Units }

/** The starts of a pattern's matches, for a StartGate. */
export interface Starts {
  /** every unit a match may begin with */
  readonly units: readonly number[];
  /** the units a match may begin with whatever follows them */
  readonly anySecond: UnitSet;
  /** for the other first units, the second units that may follow them */
  readonly seconds: ReadonlyMap<number, ReadonlySet<number>>;
}

/** The starts of a pattern, or null when its matches may begin anywhere (or be empty). */
export function startsOf(re: RegExp): Starts | null {
  if (/[iuvs]/.test(re.flags)) return null;
  let lang: Lang;
  try {
    const reader = new SourceReader(re.source);
    lang = reader.alternation();
    if (reader.at < re.source.length) return null;
  } catch {
    return null;
  }
  if (lang.first === 'any' || lang.nullable) return null;
  const anySecond = new UnitSet();
  const seconds = new Map<number, Set<number>>();
  for (const u of lang.first) {
    const next = lang.singles === 'any' || lang.singles.has(u) || lang.pairs === 'any' ? 'any' : lang.pairs.get(u) ?? 'any';
    if (next === 'any') { anySecond.add(u); continue; }
    seconds.set(u, next);
  }
  return { units: [...lang.first].sort((x, y) => x - y), anySecond, seconds };
}

/**
 * Where some word of a set may begin, as small bit tables: the units words begin with, the
 * units that are a word (or a match) of their own, and the first two units of the longer ones
 * hashed into `2^pairBits` bits. "Surely not" for most positions of a text, "maybe" for the
 * rest (a few more than the exact answer, as pairs share bits), without a map lookup.
 */
export class PairFilter {
  private readonly firsts = new UnitSet();
  private readonly wholes = new UnitSet();
  private readonly pairs: Int32Array;
  private readonly shift: number;

  constructor(pairBits = 16) {
    this.pairs = new Int32Array(Math.max(1, (1 << pairBits) >>> 5));
    this.shift = 32 - pairBits;
  }

  /** a word (empty: nothing) */
  add(word: string): void {
    if (!word) return;
    if (word.length === 1) this.addWhole(word.charCodeAt(0));
    else this.addPair(word.charCodeAt(0), word.charCodeAt(1));
  }

  /** a unit that begins a word whatever follows it */
  addWhole(unit: number): void {
    this.firsts.add(unit);
    this.wholes.add(unit);
  }

  /** a word of two units or more that begins with these two */
  addPair(first: number, second: number): void {
    this.firsts.add(first);
    const bit = this.pairBit(first, second);
    this.pairs[bit >>> 5] = this.pairs[bit >>> 5]! | (1 << (bit & 31));
  }

  /** whether some word begins with this unit (false for NaN) */
  begins(unit: number): boolean { return this.firsts.has(unit); }

  /** whether this unit is a word of its own (false for NaN) */
  isWhole(unit: number): boolean { return this.wholes.has(unit); }

  /** whether a longer word may begin with these two units (a "yes" may be wrong, a "no" never is) */
  mayPair(first: number, second: number): boolean {
    const bit = this.pairBit(first, second);
    return (this.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** Whether a word may begin at `at` and end by `end` (false at or past the end). */
  mayStartAt(text: string, at: number, end: number = text.length): boolean {
    const first = codeAt(text, at);
    if (!this.firsts.has(first)) return false;
    if (this.wholes.has(first)) return true;
    const second = codeAt(text, at + 1);
    return at + 1 < end && second === second && this.mayPair(first, second);
  }

  private pairBit(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x3c6ef372, 0x85ebca77)) >>> this.shift;
  }
}

/** Where any of several patterns may begin (see PairFilter): most positions of a text are a sure no. */
export class StartGate {
  private readonly filter = new PairFilter();
  /** a pattern may begin anywhere: every position is a maybe */
  private readonly open: boolean;
  /** every unit some pattern may begin with, or null when open */
  readonly units: readonly number[] | null;

  /** `alone`: units that begin a match whatever follows them */
  constructor(starts: ReadonlyArray<Starts | null>, alone = '') {
    this.open = starts.includes(null);
    const units = new Set<number>();
    for (const c of alone) { units.add(c.charCodeAt(0)); this.filter.addWhole(c.charCodeAt(0)); }
    for (const s of starts) {
      if (!s) continue;
      for (const u of s.units) {
        units.add(u);
        if (s.anySecond.has(u)) this.filter.addWhole(u);
        else for (const v of s.seconds.get(u)!) this.filter.addPair(u, v);
      }
    }
    this.units = this.open ? null : [...units];
  }

  mayStartAt(text: string, i: number): boolean {
    return this.open || this.filter.mayStartAt(text, i);
  }
}

// ---- the strings of a pattern, as far as their first two units ----

const EMPTY_LANG = (): Lang => ({ first: new Set(), nullable: true, singles: new Set(), pairs: new Map() });
const ANY_LANG = (nullable: boolean): Lang => ({ first: 'any', nullable, singles: 'any', pairs: 'any' });
const unitsLang = (units: Set<number>): Lang => ({ first: units, nullable: false, singles: units, pairs: new Map() });

// Sets and maps of a Lang are never changed once made (altAll changes only its own fresh ones),
// so a union with an empty side returns the other side itself instead of a copy.
function unionUnits(a: Units, b: Units): Units {
  if (a === 'any' || b === 'any') return 'any';
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  return new Set([...a, ...b]);
}

function unionPairs(a: Pairs, b: Pairs): Pairs {
  if (a === 'any' || b === 'any') return 'any';
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const out = new Map(a);
  for (const [u, vs] of b) out.set(u, out.has(u) ? unionUnits(out.get(u)!, vs) : vs);
  return out;
}

/** pairs made of a one-unit string of the first piece and a first unit of the next */
function cross(singles: Units, next: Units): Pairs {
  const isEmpty = (next !== 'any' && next.size === 0) || (singles !== 'any' && singles.size === 0);
  if (isEmpty) return new Map();
  if (singles === 'any') return 'any';
  return new Map([...singles].map((u) => [u, next]));
}

/** a | b | c …: the branches' units and pairs gathered into fresh sets in one pass (no copy per branch) */
function altAll(branches: readonly Lang[]): Lang {
  const gather = (into: Units, units: Units): Units => {
    if (into === 'any' || units === 'any') return 'any';
    for (const u of units) into.add(u);
    return into;
  };
  let first: Units = new Set(), singles: Units = new Set();
  let pairs: Map<number, Units> | 'any' = new Map();
  let nullable = false;
  for (const b of branches) {
    nullable ||= b.nullable;
    first = gather(first, b.first);
    singles = gather(singles, b.singles);
    if (pairs === 'any' || b.pairs === 'any') { pairs = 'any'; continue; }
    for (const [u, vs] of b.pairs) {
      const had = pairs.get(u);
      pairs.set(u, had === undefined ? (vs === 'any' ? 'any' : new Set(vs)) : gather(had, vs));
    }
  }
  return { first, nullable, singles, pairs };
}

function concat(a: Lang, b: Lang): Lang {
  const none: Set<number> = new Set();
  // a one-unit string of `a` is now followed, in the text, by a unit X begins with
  if (b.ahead) return { first: a.first, nullable: a.nullable, singles: none, pairs: unionPairs(a.pairs, cross(a.singles, b.ahead)) };
  return {
    first: a.nullable ? unionUnits(a.first, b.first) : a.first,
    nullable: a.nullable && b.nullable,
    singles: unionUnits(b.nullable ? a.singles : none, a.nullable ? b.singles : none),
    pairs: unionPairs(unionPairs(a.pairs, a.nullable ? b.pairs : new Map()), cross(a.singles, b.first)),
  };
}

/** one or more times (a bounded repetition reads as this too: more strings, never fewer) */
const repeated = (x: Lang): Lang => ({ ...x, pairs: unionPairs(x.pairs, cross(x.singles, x.first)) });

const unitRange = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const DIGITS = new Set(unitRange(0x30, 0x39));
/** \s without the u flag: white space and line terminators */
const SPACES = new Set([...WHITE_SPACE].map((c) => c.charCodeAt(0)));
/** \w without the u and i flags */
const WORD = new Set([...DIGITS, ...unitRange(0x41, 0x5a), ...unitRange(0x61, 0x7a), 0x5f]);
const NAMED_CLASSES: Record<string, Set<number>> = { d: DIGITS, s: SPACES, w: WORD };
const LITERAL_ESCAPE = /[.\\/\-()[\]{}?*+|^$]/;

/** A small recursive reader of the regular-expression syntax the patterns of this library use. */
class SourceReader {
  at = 0;
  constructor(private readonly src: string) {}

  /** a | b | c, up to a closing parenthesis or the end */
  alternation(): Lang {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : altAll(branches);
  }

  private sequence(): Lang {
    let out = EMPTY_LANG();
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') out = concat(out, this.quantified(this.atom()));
    return out;
  }

  private quantified(x: Lang): Lang {
    const c = this.src[this.at];
    if (x.ahead && (c === '?' || c === '*' || c === '+' || c === '{')) x = EMPTY_LANG(); // a repeated lookahead: read as nothing
    let min: number;
    if (c === '?') { min = 0; this.at++; }
    else if (c === '*' || c === '+') { min = c === '*' ? 0 : 1; this.at++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error('unread quantifier');
      min = Number(m[1]);
      this.at += m[0].length;
    } else return x;
    if (this.src[this.at] === '?') this.at++; // lazy
    const once = c === '?' ? x : repeated(x);
    return min === 0 ? { ...once, nullable: true } : once;
  }

  private atom(): Lang {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return EMPTY_LANG();
    if (c === '.') return ANY_LANG(false);
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Error('unread character');
    return unitsLang(new Set([c.charCodeAt(0)]));
  }

  private group(): Lang {
    const rest = this.src.slice(this.at, this.at + 4);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    if (lookaround) {
      this.at += lookaround[0].length;
      const inner = this.alternation();
      this.expect(')');
      // zero-width: only a lookahead that must match something says what follows
      return lookaround[0] === '(?=' && !inner.nullable ? { ...EMPTY_LANG(), ahead: inner.first } : EMPTY_LANG();
    }
    if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?<')) { const end = this.src.indexOf('>', this.at); if (end < 0) throw new Error('unread group'); this.at = end + 1; }
    else if (rest.startsWith('(?')) throw new Error('unread group');
    else this.at++;
    const inner = this.alternation();
    this.expect(')');
    return inner;
  }

  private escape(): Lang {
    const c = this.src[this.at + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if (NAMED_CLASSES[c]) return unitsLang(NAMED_CLASSES[c]);
    if (c === 'b' || c === 'B') return EMPTY_LANG();
    if (LITERAL_ESCAPE.test(c)) return unitsLang(new Set([c.charCodeAt(0)]));
    if (/[uxckpP]/.test(c)) throw new Error('unread escape');
    if (/\d/.test(c)) {
      // a back-reference may match anything, or nothing
      while (/\d/.test(this.src[this.at] ?? '')) this.at++;
      return ANY_LANG(true);
    }
    return ANY_LANG(false); // \D, \S, \W, \n …: not worth reading exactly
  }

  /** [abc], [a-z], [\d.]; a negated class may hold almost anything */
  private charClass(): Lang {
    this.at++;
    if (this.src[this.at] === '^') { this.skipClass(); return ANY_LANG(false); }
    const units = new Set<number>();
    let any = false;
    while (this.src[this.at] !== ']') {
      const from = this.classUnit();
      if (from === 'any') { any = true; continue; }
      if (typeof from !== 'number') { for (const u of from) units.add(u); continue; }
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const to = this.classUnit();
        if (typeof to !== 'number' || to < from) throw new Error('unread range');
        for (let u = from; u <= to; u++) units.add(u);
      } else units.add(from);
    }
    this.at++;
    return any ? ANY_LANG(false) : unitsLang(units);
  }

  private classUnit(): number | Set<number> | 'any' {
    const c = this.src[this.at];
    if (c === undefined) throw new Error('unclosed class');
    if (c !== '\\') { this.at++; return c.charCodeAt(0); }
    const e = this.src[this.at + 1];
    if (e === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if (NAMED_CLASSES[e]) return NAMED_CLASSES[e];
    if (LITERAL_ESCAPE.test(e)) return e.charCodeAt(0);
    return 'any';
  }

  private skipClass(): void {
    while (this.src[this.at] !== ']') {
      if (this.src[this.at] === undefined) throw new Error('unclosed class');
      this.at += this.src[this.at] === '\\' ? 2 : 1;
    }
    this.at++;
  }

  private expect(c: string): void {
    if (this.src[this.at] !== c) throw new Error(`expected ${c}`);
    this.at++;
  }
}

/**
 * A pattern that may begin with a given unit: which one, and the second units it needs (null:
 * any), as a short sorted array, quicker to read than a set that has left the cache.
 */
interface Candidate { pattern: number; seconds: Uint16Array | null }

function hasSorted(units: Uint16Array, unit: number): boolean {
  for (let k = 0; k < units.length; k++) {
    if (units[k] === unit) return true;
    if (units[k]! > unit) return false;
  }
  return false;
}

/**
 * Several global patterns searched in one pass over a text: each pattern is tried (sticky) only
 * where its matches can begin, and after a match only from its end on, so every pattern finds
 * the matches its own global search would find. A pattern whose matches may begin anywhere is
 * searched on its own.
 */
export class PatternSet {
  private readonly sticky: RegExp[];
  private readonly searchedAlone: number[] = [];
  /** where some gated pattern's match may begin: most positions stop here */
  private readonly gate: StartGate;
  private readonly candidates = new Map<number, Candidate[]>();

  constructor(private readonly patterns: readonly RegExp[]) {
    this.sticky = patterns.map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y'));
    const gated: Starts[] = [];
    patterns.forEach((re, pattern) => {
      const starts = startsOf(re);
      if (!starts) { this.searchedAlone.push(pattern); return; }
      gated.push(starts);
      for (const u of starts.units) {
        if (!this.candidates.has(u)) this.candidates.set(u, []);
        const seconds = starts.anySecond.has(u) ? null : Uint16Array.from(starts.seconds.get(u)!).sort();
        this.candidates.get(u)!.push({ pattern, seconds });
      }
    });
    this.gate = new StartGate(gated);
  }

  /** For each pattern (in the order given), its non-empty matches in text order. */
  matchAll(text: string): RegExpExecArray[][] {
    const found: RegExpExecArray[][] = this.patterns.map(() => []);
    const nextFrom: number[] = this.patterns.map(() => 0);
    for (const k of this.searchedAlone) searchAll(this.patterns[k]!, text, found[k]!);
    for (let i = 0; i < text.length; i++) {
      if (!this.gate.mayStartAt(text, i)) continue;
      for (const c of this.candidates.get(text.charCodeAt(i))!) {
        if (i < nextFrom[c.pattern]! || (c.seconds !== null && !hasSorted(c.seconds, text.charCodeAt(i + 1)))) continue;
        const sticky = this.sticky[c.pattern]!;
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        if (m && m[0].length) { found[c.pattern]!.push(m); nextFrom[c.pattern] = i + m[0].length; }
      }
    }
    return found;
  }
}

/** A global search over the whole text; empty matches advance so nothing loops. */
function searchAll(re: RegExp, text: string, into: RegExpExecArray[]): void {
  const global = re.global ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (!m[0].length) { global.lastIndex++; continue; }
    into.push(m);
  }
}
