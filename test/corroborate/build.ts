import type { CorroborationInput } from '../../src/corroborate/index.js';

type MentionIn = CorroborationInput['mentions'][number];
type ClaimIn = CorroborationInput['claims'][number];

/** A mention of a claim, found by its surface text inside the clause. */
export interface ArgSpec { text: string; kind: MentionIn['kind']; value: Record<string, unknown> }
export interface ClaimSpec {
  clause: string;
  subject?: { text: string; canonical?: string; type?: string };
  predicate: string;
  args?: ArgSpec[];
  source?: string | null;
  modality?: ClaimIn['modality'];
}

export const ent = (text: string, canonical: string, type = 'ORG'): ArgSpec => ({ text, kind: 'entity', value: { type, canonical } });
export const count = (text: string, value: Record<string, unknown>): ArgSpec => ({ text, kind: 'count', value });
export const date = (text: string, value: Record<string, unknown>): ArgSpec => ({ text, kind: 'date', value });

/** A document whose claims are given by hand: offsets are found by search, never counted. */
export function doc(id: string, text: string, claims: ClaimSpec[], extra: Partial<CorroborationInput> = {}): CorroborationInput {
  const mentions: MentionIn[] = [];
  const out: ClaimIn[] = [];
  for (const c of claims) {
    const start = text.indexOf(c.clause);
    if (start < 0) throw new Error(`clause «${c.clause}» not in «${text}»`);
    const end = start + c.clause.length;
    const at = (s: string) => { const i = text.indexOf(s, start); if (i < 0 || i + s.length > end) throw new Error(`«${s}» not in clause «${c.clause}»`); return i; };
    const mention = (a: ArgSpec, anywhere = false): [number, number] => {
      const s = anywhere ? text.indexOf(a.text) : at(a.text);
      if (s < 0) throw new Error(`«${a.text}» not in «${text}»`);
      if (!mentions.some((m) => m.start === s && m.end === s + a.text.length)) mentions.push({ kind: a.kind, start: s, end: s + a.text.length, text: a.text, value: a.value } as MentionIn);
      return [s, s + a.text.length];
    };
    let subject: ClaimIn['subject'] = null;
    if (c.subject) {
      // an implicit subject may stand before the clause
      const [s, e] = mention(ent(c.subject.text, c.subject.canonical ?? c.subject.text, c.subject.type), true);
      subject = { start: s, end: e, text: c.subject.text, ...(c.subject.canonical ? { canonical: c.subject.canonical } : {}) };
    }
    const p = at(c.predicate);
    out.push({
      start, end, text: c.clause, subject,
      predicate: { start: p, end: p + c.predicate.length, text: c.predicate },
      arguments: (c.args ?? []).map((a) => mention(a)),
      attribution: c.source ? { source: c.source } : null,
      modality: c.modality ?? (c.source ? 'reported' : 'asserted'),
    });
  }
  return { id, text, mentions, claims: out, ...extra };
}
