import type { MentionKind } from '../schema/mention.js';
import { MENTION_KINDS } from '../schema/mention.js';

/** Background and underline colour of each kind: light fills, darker rules, told apart by hue. */
export const KIND_COLORS: Record<MentionKind, { fill: string; rule: string }> = {
  number: { fill: '#dbe4ff', rule: '#3b5bdb' },
  ordinal: { fill: '#e5dbff', rule: '#7048e8' },
  percent: { fill: '#ffe3e3', rule: '#e03131' },
  money: { fill: '#d3f9d8', rule: '#2f9e44' },
  dimension: { fill: '#fff3bf', rule: '#f08c00' },
  count: { fill: '#ffe8cc', rule: '#e8590c' },
  date: { fill: '#c5f6fa', rule: '#0c8599' },
  time: { fill: '#99e9f2', rule: '#0b7285' },
  datetime: { fill: '#a5d8ff', rule: '#1971c2' },
  duration: { fill: '#d0ebff', rule: '#1864ab' },
  set: { fill: '#eebefa', rule: '#9c36b5' },
  entity: { fill: '#fcc2d7', rule: '#c2255c' },
};

const kindRules = MENTION_KINDS.map((k) => {
  const c = KIND_COLORS[k];
  return `mark.k-${k}{background:${c.fill};border-bottom-color:${c.rule}}`
    + `.legend .k-${k}{background:${c.fill};border-color:${c.rule}}`
    // a kind switched off in the legend loses its highlight (no script needed)
    + `body:has(#show-${k}:not(:checked)) mark.k-${k}{background:none;border-bottom-color:transparent}`;
}).join('\n');

export const PAGE_CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Noto Sans CJK TC","Noto Sans CJK SC","PingFang TC","Microsoft JhengHei",sans-serif;line-height:1.6}
body{margin:0 auto;max-width:72rem;padding:1.5rem;color:#212529;background:#fff}
h1{font-size:1.4rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta{color:#495057;font-size:.9rem;margin:0 0 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 1rem;padding:0;list-style:none;font-size:.85rem}
.legend label{display:inline-flex;align-items:center;gap:.3rem;padding:.1rem .5rem;border:1px solid;border-radius:1rem;cursor:pointer}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.9;padding:1rem;border:1px solid #dee2e6;border-radius:.5rem;background:#fff}
mark{position:relative;color:inherit;padding:0;border-bottom:2px solid;border-radius:2px}
mark:hover::after{content:attr(data-kind) " · " attr(data-value);position:absolute;left:0;top:100%;z-index:2;white-space:nowrap;font-size:.8rem;line-height:1.3;padding:.2rem .45rem;border-radius:.3rem;background:#212529;color:#fff;pointer-events:none}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #dee2e6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}
td.claim{min-width:16rem}
.args{margin:0;padding:0;list-style:none}
.args li+li{margin-top:.15rem}
.table-wrap{overflow-x:auto}
.value{color:#495057;font-size:.8rem}
.modality{font-variant:small-caps}
.empty{color:#868e96;font-style:italic}
${kindRules}
`;
