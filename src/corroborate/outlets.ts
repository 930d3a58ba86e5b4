import outletData from '../../data/corroborate/outlets.json';
import affiliationData from '../../data/corroborate/affiliations.json';
import { toSimplified } from './working.js';

interface OutletDef { canonical: string; names: string[]; wire?: boolean; group?: string }

let names: Map<string, OutletDef> | null = null;
/** Outlets by every written name, built at the first question: converting them loads OpenCC, which importing the library should not. */
function outletsByName(): Map<string, OutletDef> {
  if (names) return names;
  names = new Map();
  for (const o of outletData.outlets as OutletDef[]) {
    names.set(o.canonical.toLowerCase(), o);
    for (const n of o.names) { names.set(n.toLowerCase(), o); names.set(toSimplified(n).toLowerCase(), o); }
  }
  return names;
}

const strip = (s: string) => s.replace(/[《》〈〉「」“”"']/g, '').trim();

/** The canonical name of an outlet or speaker as written (路透社 → Reuters); unknown names stay as they are. */
export function canonicalOutlet(name: string): string {
  const n = strip(name);
  const byName = outletsByName();
  return byName.get(n.toLowerCase())?.canonical ?? byName.get(toSimplified(n).toLowerCase())?.canonical ?? n;
}

/** The newsroom an outlet belongs to: outlets of one group are not independent of each other. */
export function outletGroup(name: string): string {
  const byName = outletsByName();
  const o = byName.get(strip(name).toLowerCase()) ?? byName.get(toSimplified(strip(name)).toLowerCase());
  return o?.group ?? o?.canonical ?? strip(name);
}

/** Every written name of the outlet (for finding citations of it in a text). */
export function outletNames(name: string): string[] {
  const byName = outletsByName();
  const o = byName.get(strip(name).toLowerCase()) ?? byName.get(toSimplified(strip(name)).toLowerCase());
  return o ? [...new Set([...o.names.map(toSimplified), toSimplified(o.canonical)])] : [toSimplified(strip(name))];
}

const actsFor = affiliationData.actsFor as Record<string, string>;

/** The entity and those it acts for, nearest first (Howard Lutnick → US Department of Commerce → United States). */
export function principals(entity: string): string[] {
  const out = [entity];
  let at = entity;
  for (let i = 0; i < 6; i++) {
    const next = actsFor[at];
    if (!next || out.includes(next)) break;
    out.push(next); at = next;
  }
  return out;
}
