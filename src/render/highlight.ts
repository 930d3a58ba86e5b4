import type { Mention } from '../schema/mention.js';
import { escapeHtml } from './escape.js';
import { describeValue } from '../schema/describe-value.js';

/** One highlighted mention: kind as a class, normalized value for the hover, offsets for tools. */
export function markHtml(m: Mention, inner: string): string {
  const value = escapeHtml(describeValue(m));
  return `<mark class="k-${m.kind}" data-kind="${m.kind}" data-start="${m.start}" data-end="${m.end}" data-value="${value}" title="${m.kind}: ${value}">${inner}</mark>`;
}

/** Mentions that can be drawn: inside the text, non-empty, in order, none overlapping an earlier one. */
export function drawableMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let cursor = 0;
  for (const m of sorted) {
    if (m.start < cursor) continue; // the pipeline resolves overlaps; a hand-made result may not
    out.push(m);
    cursor = m.end;
  }
  return out;
}

/**
 * The text with each mention wrapped in a <mark>. The parsed DOM text is exactly `text`
 * (same UTF-16 units), so a mention's offsets are its character positions on the page.
 */
export function highlightText(text: string, mentions: readonly Mention[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of drawableMentions(text, mentions)) {
    parts.push(escapeHtml(text.slice(at, m.start)), markHtml(m, escapeHtml(text.slice(m.start, m.end))));
    at = m.end;
  }
  parts.push(escapeHtml(text.slice(at)));
  return parts.join('');
}
