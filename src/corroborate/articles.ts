import type { Article } from './schema.js';
import { trimSpace } from '../text/chars.js';

interface Line { start: number; end: number; text: string }

/** A publisher in closing brackets at the end of a body: `… (環球時報)`, `…（深科技）`. */
const PUBLISHER_AT_END = /[(（]([^()（）\n]{1,24})[)）]\s*$/;
/** `#tag` lines (topic labels of a feed). */
const TAG_LINE = /^\s*#[^\s#]/;
/** A sentence inside a line: bodies have them, headings usually do not. */
const SENTENCE_END = /[。！？!?;；]/;

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > at && text.charCodeAt(end - 1) === 13) end--; // \r\n
    // trim surrounding white space, keeping offsets exact
    const { start: s, end: e } = trimSpace(text, at, end);
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    at = nl + 1;
  }
  return out;
}

/** The publisher span of a body line, or null when the line is not a body that names one. */
function publisherOf(line: Line): Line | null {
  const m = PUBLISHER_AT_END.exec(line.text);
  if (!m) return null;
  const before = line.text.slice(0, m.index);
  // a heading may end in brackets too ("…(圖)"): a body is long or has sentences
  if (before.length < 60 && !SENTENCE_END.test(before)) return null;
  const name = m[1]!.trim();
  if (!name || /[,，。:：!！?？]/.test(name)) return null;
  const nameAt = line.start + m.index + 1 + m[1]!.indexOf(name);
  return { start: nameAt, end: nameAt + name.length, text: name };
}

function article(index: number, tags: Line[], headings: Line[], body: Line, publisher: Line | null): Article {
  const span = (l: Line) => ({ start: l.start, end: l.end, text: l.text });
  const first = headings[0] ?? body;
  return {
    index,
    start: first.start,
    end: body.end,
    title: headings.length ? span(headings[headings.length - 1]!) : null,
    headings: headings.map(span),
    body: span(body),
    publisher: publisher ? span(publisher) : null,
    tags: tags.map(span),
  };
}

/**
 * Split a feed into articles. A feed is a run of lines: optional `#tag` lines, one or more
 * heading lines, then a body line that ends with its publisher in brackets. Without such
 * bodies, blank-line separated blocks are the articles (first line the title when the block
 * has several). Offsets index `text` (UTF-16), end exclusive.
 */
export function splitArticles(text: string): Article[] {
  if (typeof text !== 'string') throw new TypeError('zh-claims: splitArticles(text) expects a string');
  const lines = linesOf(text);
  const out: Article[] = [];
  let tags: Line[] = [];
  let headings: Line[] = [];
  let sawBody = false;
  for (const line of lines) {
    if (TAG_LINE.test(line.text) && line.text.length <= 60) {
      if (headings.length === 0) tags.push(line); else headings.push(line);
      continue;
    }
    const publisher = publisherOf(line);
    if (publisher) {
      out.push(article(out.length, tags, headings, line, publisher));
      tags = []; headings = []; sawBody = true;
    } else headings.push(line);
  }
  if (!sawBody) return blocks(text);
  if (headings.length) {
    // trailing lines without a publisher: one last article, its last line the body
    const body = headings.pop()!;
    out.push(article(out.length, tags, headings, body, null));
  }
  return out;
}

/** Fallback: articles are blocks separated by blank lines. */
function blocks(text: string): Article[] {
  const out: Article[] = [];
  const all = linesOf(text);
  let block: Line[] = [];
  const flush = () => {
    const content = block.filter((l) => !TAG_LINE.test(l.text));
    const tags = block.filter((l) => TAG_LINE.test(l.text));
    if (content.length) {
      const [head, ...rest] = content;
      const heading = rest.length && head!.text.length <= 80 ? [head!] : [];
      const bodyLines = heading.length ? rest : content;
      const body: Line = { start: bodyLines[0]!.start, end: bodyLines[bodyLines.length - 1]!.end, text: text.slice(bodyLines[0]!.start, bodyLines[bodyLines.length - 1]!.end) };
      out.push(article(out.length, tags, heading, body, null));
    }
    block = [];
  };
  let prevEnd = -1;
  for (const l of all) {
    if (prevEnd >= 0 && /\n[^\S\n]*\r?\n/.test(text.slice(prevEnd, l.start))) flush();
    block.push(l);
    prevEnd = l.end;
  }
  flush();
  return out;
}
