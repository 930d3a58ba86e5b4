import { convertMapped, type ConversionPreset } from './opencc.js';
import { OffsetMap } from './offset-map.js';
import type { Region, Script } from '../schema/result.js';

/**
 * Width folding after script conversion: full-width ASCII forms (１２３, ％, ，, ：) to
 * ASCII, the ideographic space and NO-BREAK SPACE to a plain space. One unit in, one out.
 */
export function foldWidth(text: string): { text: string; map: OffsetMap } {
  let changed = false;
  const units = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let o = c;
    if (c >= 0xff01 && c <= 0xff5e) o = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || c === 0x202f || c === 0x2007) o = 0x20;
    if (o !== c) changed = true;
    units[i] = String.fromCharCode(o);
  }
  return { text: changed ? units.join('') : text, map: OffsetMap.identity(text.length) };
}

/** The OpenCC preset that brings a text of this script and region to Simplified for matching. */
export function presetFor(script: Script, region: Region): ConversionPreset | null {
  if (script === 'none') return null;
  if (region === 'hk') return 'hk2s';
  if (region === 'tw') return 'hkv+tw2sp';
  return 'hkv+t2s';
}

/** Bring `text` to the working form: Simplified (with regional phrasing undone), half-width. */
export function toWorkingForm(text: string, script: Script, region: Region): { text: string; map: OffsetMap } {
  const preset = presetFor(script, region);
  const converted = preset ? convertMapped(text, preset) : { text, map: OffsetMap.identity(text.length) };
  const folded = foldWidth(converted.text);
  return { text: folded.text, map: converted.map };
}

