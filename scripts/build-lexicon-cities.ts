/**
 * World cities from CLDR's exemplar cities (the time-zone city names, Simplified and
 * Traditional), into data/entities/cldr-cities.json in working form. Names already in the
 * country or division lists, and names jieba knows as common words (万象), are left out.
 *
 *   npm pack cldr-dates-full && tar xzf cldr-dates-full-*.tgz   (in PKG_DIR)
 *   npx tsx scripts/build-lexicon-cities.ts PKG_DIR
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import countries from '../data/entities/countries.json';
import cnDivisions from '../data/entities/cn-divisions.json';
import twDivisions from '../data/entities/tw-divisions.json';

const [pkgDir = '/tmp/pkgs'] = process.argv.slice(2);
const out = path.join(import.meta.dirname, '..', 'data', 'entities', 'cldr-cities.json');
const req = createRequire(import.meta.url);
const jieba = req('nodejieba') as { load(): void; tag(s: string): Array<{ word: string; tag: string }> };
jieba.load();
const converters = [OpenCC.Converter({ from: 't', to: 'cn' }), OpenCC.Converter({ from: 'twp', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
const working = (name: string) => [...new Set(converters.map((c) => c(name)))];
/**
 * a two-character name jieba knows as a common word (万象, 金边) reads as the word first; longer
 * names jieba tags as plain nouns (底特律, 平壤) are still places
 */
const commonWord = (w: string) => { const t = jieba.tag(w); return w.length <= 2 && t.length === 1 && !/^(ns|nr|nrt|nz|j)$/.test(t[0]!.tag); };

type Zones = Record<string, unknown>;
function exemplarCities(locale: string): Map<string, string> {
  const file = path.join(pkgDir, 'package', 'main', locale, 'timeZoneNames.json');
  const zone = JSON.parse(fs.readFileSync(file, 'utf8')).main[locale].dates.timeZoneNames.zone as Zones;
  const out = new Map<string, string>();
  const walk = (o: Zones, at: string[]) => {
    for (const [k, v] of Object.entries(o)) {
      if (!v || typeof v !== 'object') continue;
      const city = (v as { exemplarCity?: string }).exemplarCity;
      if (city) out.set([...at, k].join('/'), city);
      walk(v as Zones, [...at, k]);
    }
  };
  walk(zone, []);
  return out;
}

/** names that are far more often a person, an era or a common word: Wake (威克), Juneau (朱诺), Thule (图勒), Nome (诺姆) */
const DROP = new Set(['威克', '朱诺', '图勒', '诺姆', '法罗']);
const taken = new Set<string>(DROP);
const REGIONAL: Record<string, string> = { 雪梨: '@tw' };
for (const f of [countries, cnDivisions, twDivisions] as unknown as Array<{ rows: string[][] }>) for (const r of f.rows) for (const n of r.slice(3)) taken.add(n);
const hans = exemplarCities('zh'), hant = exemplarCities('zh-Hant');
const rows: string[][] = [];
for (const [zoneId, cn] of hans) {
  // research stations named after people (戴维斯, 凯西, 昭和) are not cities a text names
  if (/^(Etc|Antarctica|Arctic)\//.test(zoneId)) continue;
  const names = [...new Set([cn, hant.get(zoneId) ?? cn].flatMap(working))].filter((n) => n.length >= 2 && !taken.has(n) && !commonWord(n));
  if (!names.length) continue;
  const type = /(岛|群岛)$/.test(names[0]!) ? 'LOC' : 'GPE';
  // 雪梨 is Sydney in Taiwan and a pear elsewhere
  for (let i = 0; i < names.length; i++) names[i] += REGIONAL[names[i]!] ?? '';
  rows.push([type, zoneId.split('/').pop()!.replace(/_/g, ' '), `gpe:tz-${zoneId.toLowerCase()}`, ...names]);
}
const body = rows.map((r) => JSON.stringify(r)).join(',\n');
fs.writeFileSync(out, `{\n"_source": "Unicode CLDR exemplar cities (time-zone city names), npm cldr-dates-full main/zh and main/zh-Hant timeZoneNames.json; names already in the country and division lists, and common words, left out",\n"_license": "Unicode License v3 (CLDR)",\n"_format": "rows of [type, canonical, id, ...names in working form (Simplified)]",\n"rows": [\n${body}\n]}\n`);
console.log(out, rows.length);
