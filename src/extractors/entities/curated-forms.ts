import * as OpenCC from 'opencc-js';
import precomputed from '../../../data/entities/curated-forms.json';

const FORMS: Record<string, string[]> = precomputed.forms;

let converters: Array<(s: string) => string> | null = null;
/** The forms a name takes once the text side is converted t->cn, Taiwan or Hong Kong phrasing to cn. */
export function workingFormsByOpenCC(name: string): string[] {
  converters ??= [
    OpenCC.Converter({ from: 't', to: 'cn' }),
    OpenCC.Converter({ from: 'twp', to: 'cn' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
  ];
  const out = new Set<string>([name]);
  for (const c of converters) out.add(c(name));
  return [...out];
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The working forms of a curated or user name. Curated names were converted when the data was
 * built (data/entities/curated-forms.json), so loading the shipped lexicon runs no OpenCC;
 * only names not found there (a caller's own entries) are converted now.
 */
export function workingForms(name: string): string[] {
  if (ASCII.test(name)) return [name];
  const extra = Object.prototype.hasOwnProperty.call(FORMS, name) ? FORMS[name] : undefined;
  return extra ? [name, ...extra] : workingFormsByOpenCC(name);
}
