import { convertMapped, type ConversionPreset } from './opencc.js';
import { OffsetMap } from './offset-map.js';
import type { Region, Script } from '../schema/result.js';
import { detectRegion, scriptCounts, scriptOf } from './script.js';

const WIDE = /[\uff01-\uff5e\u3000\u00a0\u202f\u2007]/g;

/**
 * Width folding after script conversion: full-width ASCII forms (１２３, ％, ，, ：) to
 * ASCII, the ideographic space and NO-BREAK SPACE to a plain space. One unit in, one out,
 * so the conversion's offset map stays valid.
 */
export function foldWidth(text: string): string {
  const folded = text.replace(WIDE, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
  });
  return folded;
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
  return { text: foldWidth(converted.text), map: converted.map };
}


/** Detect a text's script and region, and bring it to the working form: the one way every entry point prepares text. */
export function workingFormOf(original: string): { text: string; map: OffsetMap; script: Script; region: Region } {
  const script = scriptOf(scriptCounts(original));
  const region = detectRegion(original, script);
  return { ...toWorkingForm(original, script, region), script, region };
}
