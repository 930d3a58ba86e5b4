import cues from '../../../data/entities/cues.json';
import tagFixes from '../../../data/entities/segmenter-tags.json';
import { CharSet } from './doc.js';

/**
 * Word and character lists several entity rules ask about, built once from the data files
 * (data/entities/cues.json, segmenter-tags.json).
 */

/** one-character surnames */
export const SURNAMES = new CharSet(cues.surnames);
/** titles that stand next to a name (主席, 教授) */
export const TITLES = new Set(cues.personTitles);
/** common words, and words the segmenter's dictionary wrongly tags as names */
export const NOT_PERSON = new Set([...cues.notPersonWords, ...tagFixes.notPerson]);
/** common words, and words the segmenter's dictionary wrongly tags as places */
export const NOT_PLACE = new Set([...cues.notPlaceWords, ...tagFixes.notPlace]);
/** countries a one-character name stands for (中, 华 → 中国), by id, with the full name the lexicon knows them by */
export const COUNTRY_ABBREVIATIONS: ReadonlyArray<[string, { name: string; characters: string }]> = Object.entries(cues.countryAbbreviations);
/** after a place name these make a demonym (美国人, 中国籍) */
export const DEMONYM_NEXT = new CharSet(cues.demonymCharacters);
/** 这, 该, 各: a word opening with a determiner is a description, not a name (那幢大楼, 该国) */
export const DETERMINERS = new CharSet(cues.determinerCharacters);
/** one-character country names that pair up (中美, 欧美) */
export const PAIR_CHARS = new CharSet(cues.pairAbbreviations);

/** characters that transliterations of foreign names are written with */
export const TRANSLITERATION = new CharSet(cues.transliterationCharacters);
/** the middle dots that join the parts of a transliterated name (伊丽莎白·华伦) */
export const NAME_DOTS = new CharSet(cues.nameDots);
/** a word written only with them (a word tagged nrt made of others, 崇高, is no name) */
export const transliterated = (w: string): boolean => w.length > 0 && TRANSLITERATION.every(w);
