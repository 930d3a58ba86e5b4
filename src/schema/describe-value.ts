import type { Mention } from './mention.js';

const BOUND_SIGN: Record<string, string> = { lt: '<', le: '≤', gt: '>', ge: '≥' };

function magnitude(v: Record<string, unknown>, main: 'value' | 'amount'): string {
  const qualifier = `${v.approx ? '≈' : ''}${BOUND_SIGN[v.bound as string] ?? ''}`;
  const amount = v.min !== undefined || v.max !== undefined
    ? `${v.min ?? '…'}–${v.max ?? '…'}`
    : String(v[main] ?? '?');
  return qualifier + amount;
}

/**
 * A one-line reading of a mention's normalized value, for tooltips, summaries and tables.
 * `brief` leaves out resolved intervals and lexicon ids.
 */
export function describeValue(m: Mention, options: { brief?: boolean } = {}): string {
  const v = m.value as Record<string, unknown>;
  switch (m.kind) {
    case 'entity':
      return [v.type, v.canonical, v.id && !options.brief ? `(${v.id})` : ''].filter(Boolean).join(' ');
    case 'date': case 'time': case 'datetime': case 'duration': case 'set': {
      const range = (v.start || v.end) && !options.brief ? ` [${v.start ?? '…'} – ${v.end ?? '…'})` : '';
      return `${v.timex}${v.mod ? ` ${v.mod}` : ''}${range}`;
    }
    case 'ordinal':
      return `#${v.value}`;
    case 'percent':
      return `${magnitude(v, 'value')}${v.unit === 'pp' ? ' pp' : '%'}`;
    case 'money':
      return `${magnitude(v, 'amount')} ${v.currency}${v.per ? ` / ${v.per}` : ''}`;
    default:
      return `${magnitude(v, 'value')}${v.unit ? ` ${v.unit}` : ''}`;
  }
}
