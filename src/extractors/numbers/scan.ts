import { DIGIT_VALUE, FINANCIAL_CODES, NUMERAL_CHARACTERS, SMALL_UNIT, isBigUnitCode, isChineseDigitCode, isChineseNumeralCode, isSmallUnitCode } from './digits.js';
import { codeAt, isAsciiAlnumCode, isAsciiDigitCode, isAsciiLetterCode, isHan, UnitSet } from '../../text/chars.js';
import { readDian } from './dian.js';
import { slashIsDate } from './slash.js';
import { parseNumeral, readNumeral } from './parse.js';

/** A numeral found in working text. */
export interface NumeralSpan {
  start: number;
  end: number;
  /** the value as written: 4-8万 gives 4 and 80000; the extractor decides ranges */
  value: number;
  /** written with Chinese numeral characters only (no Arabic digit) */
  chinese: boolean;
  /** ends with 万/亿/兆 (after digits): 8万, 3.2亿 */
  multiplier: number | null;
  /** 几 inside (十几, 一百零几万) */
  vague: boolean;
  /** 余/多 inside (十余万, 10多万) */
  above: boolean;
  /** an approximate pair (七八万 = 70000..80000): `value` is its lower end, this the upper */
  max: number | undefined;
  /** an ASCII letter touches its start (H200, SHR-1, INT8): part of a code, not a quantity */
  letterBefore: boolean;
}

const isSpaceOrTabCode = (code: number): boolean => code === 0x20 || code === 0x09;
const codeOf = (c: string): number => c.charCodeAt(0);
const DOT = 0x2e, COMMA = codeOf(','), DIAN = codeOf('点'), LIANG = codeOf('两'), LIA = codeOf('俩'), YI = codeOf('一'), YU = codeOf('余'), DUO = codeOf('多'), JI = codeOf('几');
const SHI = codeOf('十'), SHI_FINANCIAL = codeOf('拾'), BAI = codeOf('百'), QIAN = codeOf('千'), LING = codeOf('零');
const METRIC_SUFFIX = new UnitSet('kKM');
/** 百 千 万 亿: before them 两 is a digit (两百, 一万两千) */
const UNITS_FROM_HUNDRED = new UnitSet('百千万亿');

export interface ScanOptions {
  /** whether the comma at this working index may separate thousands (the text layer knows if it was a full-width list comma) */
  commaSeparates?: (index: number) => boolean;
}

/**
 * Find every maximal numeral in `text`: Arabic (1,536 · 1.35 · 40k), Chinese (二十万,
 * 三千五百亿, 十五点七), and mixed (3万4000, 4.78万亿, 8 万). Linear in the text length.
 */
export function scanNumerals(text: string, options: ScanOptions = {}): NumeralSpan[] {
  const out: NumeralSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // most characters open no numeral: one bit of their code turns them away
    const code = text.charCodeAt(i);
    if (!MAY_OPEN.has(code)) { i++; continue; }
    // .5 begins a numeral where no digit, letter or dot stands before it
    const leadingDot = code === DOT && isAsciiDigitCode(text.charCodeAt(i + 1)) && !isAsciiAlnumCode(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== DOT;
    if (!leadingDot && !isAsciiDigitCode(code) && !isChineseDigitCode(code) && !opensAsUnit(text, i, code)) { i++; continue; }
    // most numerals are one Chinese character before an ordinary one (一个, 三国): nothing to extend
    const end = isChineseNumeralCode(code) && endsRunAlone(text.charCodeAt(i + 1)) ? i + 1
      : extendNotation(text, i, extendRun(text, leadingDot ? i + 1 : i, options));
    const span = makeSpan(text, i, end);
    if (span) out.push(span);
    i = Math.max(end, i + 1);
  }
  return out;
}

/** What a numeral may open with: '.', ASCII digits, Chinese digits and units below 万 (one lookup per character of the text). */
const MAY_OPEN = new UnitSet('.0123456789' + Object.keys(DIGIT_VALUE).join('') + Object.keys(SMALL_UNIT).join(''));

/** 十 and 拾 open a numeral (十五); 百 and 千 only before a digit other than 零 (百五 but not 百零). */
function opensAsUnit(text: string, i: number, code: number): boolean {
  if (code === SHI || code === SHI_FINANCIAL) return true;
  if (code !== BAI && code !== QIAN) return false;
  const next = text.charCodeAt(i + 1);
  return isChineseDigitCode(next) && next !== LING;
}

/** Characters after which `extendRun` looks further: numerals, separators, 点 余 多 几, metric suffixes, spaces. */
const CONTINUES_RUN = new UnitSet('0123456789,.点余多几kKM \t' + NUMERAL_CHARACTERS);
/** Whether a run that has just taken one numeral character stops before this code (NaN: the text's end). */
const endsRunAlone = (code: number): boolean => !CONTINUES_RUN.has(code);

/** The end of the numeral run starting at `start`. */
function extendRun(text: string, start: number, options: ScanOptions): number {
  const n = text.length;
  let j = start;
  let lastNumeral = start; // end of the last character that is part of the numeral
  // characters are read as codes (no string per character); NaN stands for none (before the first, past the end)
  while (j < n && j - start < 48) {
    const c = text.charCodeAt(j);
    const prev = j > start ? text.charCodeAt(lastNumeral - 1) : NaN;
    // right after the numeral so far, perhaps behind the spaces already accepted
    const atEnd = j === lastNumeral || (j > lastNumeral && isSpaceOrTabCode(text.charCodeAt(j - 1)));
    if (isAsciiDigitCode(c) || isChineseNumeralCode(c)) {
      // Arabic digits after a Chinese digit do not continue it (三4): only after units (3万4000)
      if (isAsciiDigitCode(c) && isChineseDigitCode(prev) && text.charCodeAt(j - 1) !== DIAN) break;
      if (isChineseDigitCode(c) && isAsciiDigitCode(prev)) break;
      // 两 after a digit is a weight (二两) or a second numeral, never a digit of it; 一两 is a pair
      // (一万两千, 三千两百: before a unit 两 is a digit again)
      if ((c === LIANG || c === LIA) && text.charCodeAt(j - 1) !== DIAN && (isChineseDigitCode(prev) || isSmallUnitCode(prev)) && !(prev === YI && c === LIANG) && !UNITS_FROM_HUNDRED.has(text.charCodeAt(j + 1))) break;
      j++; lastNumeral = j; continue;
    }
    if (c === COMMA && isAsciiDigitCode(prev) && j === lastNumeral && /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5)) && (options.commaSeparates?.(j) ?? true)) { j++; continue; }
    if (c === DOT && isAsciiDigitCode(prev) && j === lastNumeral && isAsciiDigitCode(text.charCodeAt(j + 1))) { j++; continue; }
    if (c === DIAN && atEnd && (isChineseDigitCode(prev) || isSmallUnitCode(prev)) && (isChineseDigitCode(text.charCodeAt(j + 1)) || isAsciiDigitCode(text.charCodeAt(j + 1)))) {
      // 十五点七 is a decimal; 八点十五 and 下午三点三 are clock times
      const whole = wholeValueOf(text.slice(start, lastNumeral));
      if (whole !== null && readDian(text, start, j, whole) === 'decimal') { j++; continue; }
      break;
    }
    // 40k, 3M, -1.2M: a metric suffix standing alone (3M公司 is a name)
    if (METRIC_SUFFIX.has(c) && isAsciiDigitCode(prev) && j === lastNumeral && /^(?:$|[\s,.;:!?)\]，。；：！？、）个個])/.test(text.slice(j + 1, j + 2))) { j++; lastNumeral = j; break; }
    // 十余万, 五百余万, 10多万: 余/多 inside a numeral, before a unit
    if ((c === YU || c === DUO) && (isAsciiDigitCode(prev) || isChineseNumeralCode(prev))) {
      const after = isSpaceOrTabCode(text.charCodeAt(j + 1)) ? text.charCodeAt(j + 2) : text.charCodeAt(j + 1);
      if (isSmallUnitCode(after) || isBigUnitCode(after)) { j++; lastNumeral = j; continue; }
    }
    if (c === JI && atEnd && (isSmallUnitCode(prev) || prev === LING)) { j++; lastNumeral = j; continue; }
    if (isSpaceOrTabCode(c) && j === lastNumeral) {
      // 8 万, 1000  万: spaces before a unit; 十 余 万: spaces between Chinese numeral characters
      let k = j;
      while (k < n && k - j < 3 && isSpaceOrTabCode(text.charCodeAt(k))) k++;
      const next = text.charCodeAt(k);
      const beforeUnit = (isBigUnitCode(next) || isSmallUnitCode(next)) && (isAsciiDigitCode(prev) || isChineseNumeralCode(prev) || prev === YU);
      const betweenChinese = k - j === 1 && (isChineseNumeralCode(prev) || prev === YU) && (isChineseNumeralCode(next) || next === YU);
      // 7万 5千 4百: Arabic digits with their unit after a unit; 一百 二 十 几亿; 二十六 点三三
      const unitThenArabic = k - j === 1 && (isSmallUnitCode(prev) || isBigUnitCode(prev)) && /^\d{1,4}[十百千万亿]/.test(text.slice(k, k + 6));
      const vagueDigit = k - j === 1 && isChineseNumeralCode(prev) && next === JI && (isSmallUnitCode(text.charCodeAt(k + 1)) || isBigUnitCode(text.charCodeAt(k + 1)));
      const decimalPoint = k - j === 1 && isChineseNumeralCode(prev) && next === DIAN && isChineseDigitCode(text.charCodeAt(k + 1));
      if (beforeUnit || betweenChinese || unitThenArabic || vagueDigit || decimalPoint) { j = k; continue; }
      break;
    }
    break;
  }
  return lastNumeral;
}

/** what a notation after the digits begins with: e/E, ^ or / */
const NOTATION_OPENS = new UnitSet('eE^/');

/** Arabic notations after a plain Arabic run: 1e-3, 2^-1, and 3/4 where it is no date (slashIsDate). */
function extendNotation(text: string, start: number, end: number): number {
  if (!NOTATION_OPENS.has(codeAt(text, end))) return end;
  const raw = text.slice(start, end);
  if (!/^\.?\d[\d.]{0,30}$/.test(raw)) return end;
  const tail = text.slice(end, end + 12);
  const sci = /^[eE][+\-−]?\d{1,3}(?![\dA-Za-z])/.exec(tail);
  if (sci && !isAsciiLetterCode(codeAt(text, start - 1))) return end + sci[0].length;
  const power = /^\^[+\-−]?\d{1,3}(?:\.\d{1,6})?(?!\d)/.exec(tail);
  if (power) return end + power[0].length;
  const ratio = /^\/(\d{1,4})(?![\d/.])/.exec(tail);
  if (ratio && /^\d{1,4}$/.test(raw) && !/[/\d]/.test(text[start - 1] ?? '') && Number(ratio[1]) > 0 && !slashIsDate(text, start, end, end + ratio[0].length)) {
    return end + ratio[0].length;
  }
  return end;
}

/** The numeral without its trailing 万/亿/兆 and spaces (a loop: a `[…]+$` pattern backtracks). */
function trimBigUnits(raw: string): string {
  let end = raw.length;
  while (end > 0 && /[万亿兆\s]/.test(raw[end - 1]!)) end--;
  return raw.slice(0, end);
}

/** What a numeral says whatever surrounds it; null when it is no number. */
interface Reading { hasArabic: boolean; value: number; vague: boolean; above: boolean; max?: number; multiplier: number | null }

function holdsChineseDigit(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (isChineseDigitCode(raw.charCodeAt(k))) return true;
  return false;
}

function readRaw(raw: string): Reading | null {
  const hasArabic = /\d/.test(raw);
  const hasDigit = hasArabic || holdsChineseDigit(raw) || /^[十拾]/.test(raw);
  if (!hasDigit) return null;
  const reading = readNumeral(raw);
  if (!reading) return null;
  const last = raw.trimEnd().slice(-1);
  const body = trimBigUnits(raw);
  const bodyReading = isBigUnitCode(last.charCodeAt(0)) && body.length > 0 ? readNumeral(body) : null;
  const multiplier = bodyReading ? reading.value / bodyReading.value : null;
  return {
    hasArabic, value: reading.value, vague: reading.vague, above: reading.above,
    ...(reading.max !== undefined ? { max: reading.max } : {}),
    multiplier: multiplier !== null && Number.isFinite(multiplier) && multiplier >= 1e4 ? multiplier : null,
  };
}

/**
 * Readings by the numeral as written: the same few (一, 三, 10, 2025, 三十) come back in every
 * document, and a reading depends on nothing else. Bounded: emptied when it grows too large.
 */
const READINGS = new Map<string, Reading | null>();
/** values of the numerals before a 点 (一点, 两点, 十五点七: most are clock times or "a little") */
const WHOLE_VALUES = new Map<string, number | null>();
const MAX_CACHED = 4096;

function cached<V>(cache: Map<string, V>, raw: string, read: (raw: string) => V): V {
  let v = cache.get(raw);
  if (v === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    v = read(raw);
    cache.set(raw, v);
  }
  return v;
}

const readingOf = (raw: string): Reading | null => cached(READINGS, raw, readRaw);
const wholeValueOf = (raw: string): number | null => cached(WHOLE_VALUES, raw, parseNumeral);

/** A, z or _ (NaN before the text's start is none). */
const isLetterCode = (code: number): boolean => isAsciiLetterCode(code) || code === 0x5f;

/** Readings of one-character numerals (一, 三, 十: two in three numerals) by their code: no string is made for them. */
const SINGLE_READINGS = new Map<number, Reading | null>();

function singleReading(code: number): Reading | null {
  let r = SINGLE_READINGS.get(code);
  if (r === undefined) { r = readRaw(String.fromCharCode(code)); SINGLE_READINGS.set(code, r); }
  return r;
}

function makeSpan(text: string, start: number, end: number): NumeralSpan | null {
  const single = end - start === 1;
  const r = single ? singleReading(text.charCodeAt(start)) : readingOf(text.slice(start, end));
  if (!r) return null;
  // a lone financial form inside a word (收拾, 大陆, 退伍) is no numeral
  if (single && FINANCIAL_CODES.has(text.charCodeAt(start)) && !/分之$/.test(text.slice(Math.max(0, start - 2), start)) && (isHan(text[start - 1]) || isHan(text[end]))) return null;
  const before = codeAt(text, start - 1);
  const letterBefore = isLetterCode(before) || (before === 0x2d && isLetterCode(codeAt(text, start - 2)));
  return { start, end, value: r.value, chinese: !r.hasArabic, vague: r.vague, above: r.above, max: r.max, multiplier: r.multiplier, letterBefore };
}
