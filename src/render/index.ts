import type { ExtractionResult } from '../schema/result.js';
import { MENTION_KINDS } from '../schema/mention.js';
import { claimsTable } from './claims.js';
import { escapeHtml } from './escape.js';
import { drawableMentions, highlightText } from './highlight.js';
import { PAGE_CSS } from './style.js';

export interface RenderOptions {
  /** page title and heading; default 'zh-claims' */
  title?: string;
}

export { describeValue } from '../schema/describe-value.js';
export { KIND_COLORS } from './style.js';

function langOf(r: ExtractionResult): string {
  const script = r.script === 'traditional' ? 'Hant' : r.script === 'simplified' ? 'Hans' : '';
  return ['zh', script, r.region?.toUpperCase()].filter(Boolean).join('-');
}

function legend(r: ExtractionResult): string {
  const counts = new Map<string, number>();
  for (const m of drawableMentions(r.text, r.mentions)) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const items = MENTION_KINDS.filter((k) => counts.has(k)).map((k) =>
    `<li><label class="k-${k}"><input type="checkbox" id="show-${k}" checked>${k} ${counts.get(k)}</label></li>`);
  return items.length ? `<ul class="legend">${items.join('')}</ul>` : '<p class="empty">No mentions.</p>';
}

/**
 * A standalone HTML page (inline CSS, no script, no external resources) showing the
 * original text with mentions highlighted by kind — hovering shows the normalized value —
 * and the claims as a table. Works in Node, browsers and edge runtimes.
 */
export function renderHtml(result: ExtractionResult, options: RenderOptions = {}): string {
  const text = typeof result?.text === 'string' ? result.text : '';
  const r: ExtractionResult = { ...result, text, mentions: result?.mentions ?? [], claims: result?.claims ?? [], sentences: result?.sentences ?? [] };
  const title = escapeHtml(options.title ?? 'zh-claims');
  const meta = [
    `${r.script ?? 'unknown'} script`,
    `region ${r.region ?? 'unknown'}`,
    `reference date ${r.referenceDate ?? 'none'}`,
    `${r.sentences.length} sentences`,
    `${r.mentions.length} mentions`,
    `${r.claims.length} claims`,
  ].map(escapeHtml).join(' · ');
  return `<!doctype html>
<html lang="${escapeHtml(langOf(r))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zh-claims">
<title>${title}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header><h1>${title}</h1><p class="meta">${meta}</p></header>
${legend(r)}
<h2>Text</h2>
<div class="doc" id="text">${highlightText(text, r.mentions)}</div>
<h2>Claims</h2>
${claimsTable(r.claims, text, r.mentions)}
</body>
</html>
`;
}
