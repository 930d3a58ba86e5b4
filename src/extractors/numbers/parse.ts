import { BIG_UNIT, DIGIT_VALUE, SMALL_UNIT, isChineseDigitCode } from './digits.js';
import { isAsciiDigitCode } from '../../text/chars.js';

/** What a numeral says beyond its value: 几 (some) makes it vague, 余/多 (odd) a lower bound. */
export interface NumeralReading {
  value: number;
  /** 几 stood for a digit: 十几 reads 10 and is vague */
  vague: boolean;
  /** 余 or 多 inside: 十余万 is more than 100000 */
  above: boolean;
  /** two neighbouring digits give an approximate range (七八万 = 70000..80000): the upper end */
  max?: number;
}

type Atom =
  | { t: 'num'; v: number; lone: boolean; zero: boolean; pair?: boolean }
  | { t: 'small'; v: number }
  | { t: 'big'; v: number };

const MAX_LEN = 64;
/** what the rewriting before reading touches: most numerals have none of it */
const NEEDS_REWRITING = /[\s○廿卅卌]/;
/** every written notation has one of these */
const NOTATION_MARK = /[eE./^]/;

/**
 * Read a numeral in working form to a number: 1,536 · 1.35 · 二十万 · 3万4000 · 25万6千 ·
 * 两百 · 一千零五 · 三千五百亿 · 一万五千亿 · 二〇二五 · 十五点七 · 三分之一 · 负三十二 · 40k ·
 * 廿九 · 二○二六 · 1e3 · 2.5e-1 · .5 · 3/4 · 2^-1. An approximate pair (七八万, 十七八) reads its
 * lower end. White space inside is ignored. Returns null for anything that is not a whole numeral.
 */
export function parseNumeral(text: string): number | null {
  return readNumeral(text)?.value ?? null;
}

/** Like parseNumeral, with the 几/余/多 flags. */
export function readNumeral(text: string): NumeralReading | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_LEN) return null;
  // 廿 and 卅 are contracted tens (廿九 = 二十九); ○ is a variant of 〇
  let s = NEEDS_REWRITING.test(text) ? text.replace(/\s+/g, '').replace(/○/g, '〇').replace(/廿/g, '二十').replace(/卅/g, '三十').replace(/卌/g, '四十') : text;
  let sign = 1;
  if (/^[负\-−]/.test(s)) { sign = -1; s = s.slice(1); }
  if (!s) return null;
  const flags = { vague: false, above: false };
  let value: number | null;
  const whole = s.indexOf('又');
  const frac = s.indexOf('分之');
  const written = readWritten(s);
  if (written !== undefined) {
    value = written;
  } else if (frac > 0) {
    // 三分之一, 三百五又三分之一: denominator first, then numerator
    const intPart = whole > 0 && whole < frac ? s.slice(0, whole) : '';
    const den = readPlain(s.slice(intPart ? whole + 1 : 0, frac), flags);
    const num = readPlain(s.slice(frac + 2), flags);
    const base = intPart ? readPlain(intPart, flags) : 0;
    value = den && num !== null && base !== null ? base + num / den : null;
  } else {
    value = readPlain(s, flags);
  }
  const pair = frac < 0 && written === undefined && sign > 0 ? approximatePair(s) : null;
  if (pair) return { value: pair[0], max: pair[1], ...flags };
  if (value === null || !Number.isFinite(value)) return null;
  // 2.2亿 is 220000000, not 220000000.00000003
  // (a whole number below 10^15 comes back from toPrecision(15) unchanged)
  const rounded = Number.isInteger(value) && Math.abs(value) < 1e15 ? value : Number(value.toPrecision(15));
  return { value: sign * rounded, vague: flags.vague, above: flags.above };
}

/** Arabic notations read as a whole: 1e3, -2.5e-1, .5, 3/4, 2^-1, 1.1^+23 (undefined: not one of them). */
function readWritten(s: string): number | null | undefined {
  if (!NOTATION_MARK.test(s)) return undefined;
  const sci = /^(\d{1,16}(?:\.\d{1,12})?|\.\d{1,12})[eE]([+\-−]?)(\d{1,3})$/.exec(s);
  if (sci) return Number(sci[1]) * 10 ** ((sci[2] ? -1 : 1) * Number(sci[3]));
  if (/^\.\d{1,12}$/.test(s)) return Number(s);
  const ratio = /^(\d{1,9})\/(\d{1,9})$/.exec(s);
  if (ratio) return Number(ratio[2]) === 0 ? null : Number(ratio[1]) / Number(ratio[2]);
  const power = /^(\d{1,9}(?:\.\d{1,9})?)\^([+\-−]?)(\d{1,3}(?:\.\d{1,6})?)$/.exec(s);
  if (power) return Number(power[1]) ** ((power[2] && power[2] !== '+' ? -1 : 1) * Number(power[3]));
  return undefined;
}

const PAIR_DIGITS = '一二两三四五六七八九';
/** Neighbouring digits inside a numeral (七八万, 十七八, 三四百, 一两): its lower and upper readings. */
function approximatePair(s: string): [number, number] | null {
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s[i]!, b = s[i + 1]!;
    if (!PAIR_DIGITS.includes(a) || !PAIR_DIGITS.includes(b)) continue;
    const va = DIGIT_VALUE[a]!, vb = DIGIT_VALUE[b]!;
    // 三五 (three to five) and 三两 (two or three) are pairs too
    if (!(vb === va + 1 || (va === 3 && (vb === 5 || b === '两')))) return null;
    // a digit on either side makes it a digit-by-digit numeral (一二三四), not a pair
    if (isChineseDigitCode(s.charCodeAt(i - 1)) || isChineseDigitCode(s.charCodeAt(i + 2)) || isAsciiDigitCode(s.charCodeAt(i + 2))) return null;
    const lo = readPlain(s.slice(0, i) + a + s.slice(i + 2), { vague: false, above: false });
    const hi = readPlain(s.slice(0, i) + b + s.slice(i + 2), { vague: false, above: false });
    if (lo === null || hi === null || lo === hi) return null;
    return lo < hi ? [lo, hi] : [hi, lo];
  }
  return null;
}

/** A numeral without fraction words. */
function readPlain(s: string, flags: { vague: boolean; above: boolean }): number | null {
  if (!s) return null;
  if (s.startsWith('负')) { const v = readPlain(s.slice(1), flags); return v === null ? null : -v; }
  const atoms = atomize(s, flags);
  if (!atoms || atoms.length === 0) return null;
  return evaluate(atoms);
}

/** Split into numbers (Arabic runs, Chinese digits, decimals) and units. */
function atomize(s: string, flags: { vague: boolean; above: boolean }): Atom[] | null {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (isAsciiDigitCode(s.charCodeAt(i)) || (c === '.' && isAsciiDigitCode(s.charCodeAt(i + 1)))) {
      let j = i;
      while (j < s.length && (isAsciiDigitCode(s.charCodeAt(j)) || ((s[j] === ',' || s[j] === '.') && isAsciiDigitCode(s.charCodeAt(j + 1))))) j++;
      let v = Number(s.slice(i, j).replace(/,/g, ''));
      if (s[j] === 'k' || s[j] === 'K') { v *= 1000; j++; } else if (s[j] === 'M') { v *= 1e6; j++; }
      if (!Number.isFinite(v)) return null;
      atoms.push({ t: 'num', v, lone: false, zero: false });
      i = j;
    } else if (isChineseDigitCode(s.charCodeAt(i))) {
      atoms.push({ t: 'num', v: DIGIT_VALUE[c]!, lone: true, zero: DIGIT_VALUE[c] === 0, pair: c === '两' || c === '俩' });
      i++;
    } else if (c in SMALL_UNIT) { atoms.push({ t: 'small', v: SMALL_UNIT[c]! }); i++; }
    else if (c in BIG_UNIT) { atoms.push({ t: 'big', v: BIG_UNIT[c]! }); i++; }
    else if (c === '几') { flags.vague = true; atoms.push({ t: 'num', v: 0, lone: false, zero: false }); i++; }
    else if (c === '余' || c === '多') { flags.above = true; i++; }
    else if (c === '点' || c === '.') {
      // a decimal point: the number before it takes the digits after it as its fraction
      const prev = atoms[atoms.length - 1];
      let j = i + 1, digits = '';
      while (j < s.length && (isAsciiDigitCode(s.charCodeAt(j)) || isChineseDigitCode(s.charCodeAt(j)))) { digits += isAsciiDigitCode(s.charCodeAt(j)) ? s[j] : String(DIGIT_VALUE[s[j]!]); j++; }
      if (!digits) return null;
      const fraction = Number('0.' + digits);
      if (prev && prev.t === 'num') { prev.v += fraction; prev.lone = false; prev.zero = false; }
      else if (prev && prev.t === 'small') atoms.push({ t: 'num', v: fraction, lone: false, zero: false }); // 十点五
      else return null;
      i = j;
    } else return null;
  }
  return atoms;
}

function evaluate(atoms: Atom[]): number | null {
  // the largest big unit splits the numeral: left × unit + right (一万五千亿 = 一万五千 × 亿)
  let top = 0;
  for (const a of atoms) if (a.t === 'big' && a.v > top) top = a.v;
  if (top > 0) {
    let at = -1;
    for (let k = atoms.length - 1; k >= 0; k--) { const a = atoms[k]!; if (a.t === 'big' && a.v === top) { at = k; break; } }
    const left = atoms.slice(0, at), right = atoms.slice(at + 1);
    if (left.length === 0) return null;
    const l = evaluate(left);
    if (l === null) return null;
    let r = 0;
    if (right.length > 0) {
      const only = right[0]!;
      if (right.length === 1 && only.t === 'num' && only.lone && !only.zero) r = only.v * (top / 10); // 九万四 = 94000
      else {
        const rest = right[0]!.t === 'num' && (right[0] as { zero: boolean }).zero ? right.slice(1) : right;
        const v = rest.length ? evaluate(rest) : 0;
        if (v === null || v >= top) return null;
        r = v;
      }
    }
    return l * top + r;
  }
  return evaluateSection(atoms);
}

/** A section below 万: digits and 十/百/千. */
function evaluateSection(atoms: Atom[]): number | null {
  const hasUnit = atoms.some((a) => a.t === 'small');
  if (!hasUnit) {
    if (atoms.length === 1) return (atoms[0] as { v: number }).v;
    // 二〇二五, 九九: digits read one by one (两 never: 二两 is a weight, 一两 one or two)
    if (atoms.every((a) => a.t === 'num' && a.lone && !a.pair)) return Number(atoms.map((a) => (a as { v: number }).v).join(''));
    return null;
  }
  let total = 0, cur: number | null = null, lastUnit = Infinity, zeroSince = false, curLone = false;
  for (const a of atoms) {
    if (a.t === 'num') {
      if (a.zero) { zeroSince = true; continue; }
      if (cur !== null) return null;
      cur = a.v; curLone = a.lone;
    } else if (a.t === 'small') {
      if (a.v >= lastUnit) return null;
      total += (cur ?? 1) * a.v;
      cur = null; lastUnit = a.v; zeroSince = false;
    }
  }
  if (cur !== null) {
    // 二百五 = 250, 两千四百五 = 2450; 一百零五 = 105
    total += lastUnit !== Infinity && !zeroSince && curLone ? cur * (lastUnit / 10) : cur;
  }
  return total;
}
