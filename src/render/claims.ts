import type { Claim } from '../schema/claim.js';
import type { Mention } from '../schema/mention.js';
import { escapeHtml } from './escape.js';
import { markHtml } from './highlight.js';
import { describeValue } from '../schema/describe-value.js';

const EMPTY = '<span class="empty">—</span>';

function argumentsCell(claim: Claim, text: string, bySpan: ReadonlyMap<string, Mention>): string {
  if (!claim.arguments.length) return EMPTY;
  const items = claim.arguments.map(([start, end]) => {
    const m = bySpan.get(`${start}:${end}`);
    if (!m) return `<li>${escapeHtml(text.slice(start, end))}</li>`;
    return `<li>${markHtml(m, escapeHtml(m.text))} <span class="value">${escapeHtml(describeValue(m))}</span></li>`;
  });
  return `<ul class="args">${items.join('')}</ul>`;
}

function subjectCell(claim: Claim): string {
  const s = claim.subject;
  if (!s) return EMPTY;
  return `${escapeHtml(s.text)}${s.canonical ? ` <span class="value">${escapeHtml(s.canonical)}</span>` : ''}`;
}

function sourceCell(claim: Claim): string {
  const a = claim.attribution;
  if (!a) return EMPTY;
  const lines = [a.source ? escapeHtml(a.source) : '<span class="empty">unnamed</span>'];
  if (a.via) lines.push(`via ${escapeHtml(a.via)}`);
  if (a.cue) lines.push(`cue ${escapeHtml(a.cue)}`);
  if (a.chain?.length) lines.push(`chain ${a.chain.map(escapeHtml).join(' → ')}`);
  return lines.join('<br>');
}

/** The claims as a table: subject, predicate, arguments, source, modality. */
export function claimsTable(claims: readonly Claim[], text: string, mentions: readonly Mention[]): string {
  if (!claims.length) return '<p class="empty">No claims.</p>';
  const bySpan = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m] as const));
  const rows = claims.map((c, i) => `<tr data-start="${c.start}" data-end="${c.end}">`
    + `<td>${i + 1}</td>`
    + `<td class="claim">${escapeHtml(c.text)}</td>`
    + `<td>${subjectCell(c)}</td>`
    + `<td>${c.predicate ? escapeHtml(c.predicate.text) : EMPTY}</td>`
    + `<td>${argumentsCell(c, text, bySpan)}</td>`
    + `<td>${sourceCell(c)}</td>`
    + `<td class="modality">${escapeHtml(c.modality)}</td>`
    + '</tr>');
  return '<div class="table-wrap"><table class="claims"><thead><tr><th>#</th><th>claim</th><th>subject</th><th>predicate</th><th>arguments</th><th>source</th><th>modality</th></tr></thead>'
    + `<tbody>${rows.join('\n')}</tbody></table></div>`;
}
