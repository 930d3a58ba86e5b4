import outletData from '../../data/corroborate/outlets.json';
import affiliationData from '../../data/corroborate/affiliations.json';
import { toSimplified } from './working.js';

interface OutletDef { canonical: string; names: string[]; wire?: boolean; group?: string }
/** An outlet as looked up: its written names are converted to Simplified once, when the table is built. */
interface Outlet { canonical: string; group?: string; simplifiedNames: readonly string[] }

let names: Map<string, Outlet> | null = null;
/** Outlets by every written name, built at the first question: converting them loads OpenCC, which importing the library should not. */
function outletsByName(): Map<string, Outlet> {
  if (names) return names;
  names = new Map();
  for (const def of outletData.outlets as OutletDef[]) {
    const o: Outlet = {
      canonical: def.canonical, group: def.group,
      simplifiedNames: [...new Set([...def.names.map(toSimplified), toSimplified(def.canonical)])],
    };
    names.set(def.canonical.toLowerCase(), o);
    for (const n of def.names) { names.set(n.toLowerCase(), o); names.set(toSimplified(n).toLowerCase(), o); }
  }
  return names;
}

const strip = (s: string) => s.replace(/[《》〈〉「」“”"']/g, '').trim();

/** the outlet of a stripped name: as written (lower-cased), else by its Simplified form */
function outletOf(stripped: string): Outlet | undefined {
  const byName = outletsByName();
  return byName.get(stripped.toLowerCase()) ?? byName.get(toSimplified(stripped).toLowerCase());
}

/** The canonical name of an outlet or speaker as written (路透社 → Reuters); unknown names stay as they are. */
export function canonicalOutlet(name: string): string {
  const n = strip(name);
  return outletOf(n)?.canonical ?? n;
}

/** The newsroom an outlet belongs to: outlets of one group are not independent of each other. */
export function outletGroup(name: string): string {
  const n = strip(name);
  const o = outletOf(n);
  return o?.group ?? o?.canonical ?? n;
}

/** Every written name of the outlet, in Simplified (for finding citations of it in a text). */
export function outletNames(name: string): readonly string[] {
  const n = strip(name);
  return outletOf(n)?.simplifiedNames ?? [toSimplified(n)];
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
