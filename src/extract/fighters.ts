import { z } from 'zod';
import { STATE_FORMS } from './gazetteer.js';
import { dataTable } from './tables.js';

/**
 * Armed groups named by a proper word and a noun for their fighters (fighters.json): "the Contra rebels", "Tuareg
 * separatists", "Mai-Mai militiamen". What the phrase names is a group of its own, not a state's men: the proper word
 * is no state's name or demonym, and not a capitalised word that opens a sentence or a clause.
 */
const table = z
  .object({
    about: z.string(),
    nouns: z.array(z.string()).min(1),
    breakaway: z.array(z.string()).min(1),
    common: z.array(z.string()).min(1),
    commonWords: z.array(z.string()).min(1),
  })
  .parse(dataTable('fighters.json'));

const NOUN = [...table.nouns].sort((a, b) => b.length - a.length).join('|');
const FIGHTERS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?<name>\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?) (?:${NOUN})(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** Capitalised words that are no name: a sentence's first word, a title. */
const NOT_NAME = new Set(
  'The A An But And In On At For After Before When While Its His Her Their Our This That These Those Both Some Many Most Several Other Armed Islamist Jihadist Local Rival Former Government Opposition Pro-government Anti-government'.split(
    ' ',
  ),
);

export interface NamedFighters {
  start: number;
  end: number;
  name: string;
}

/** The armed groups a text names by a proper word and a noun for fighters. */
export function namedFighters(text: string): NamedFighters[] {
  const out: NamedFighters[] = [];
  for (const m of text.matchAll(FIGHTERS)) {
    // "The Tuareg rebels": a word that opens the sentence is not the name's.
    const words = m.groups!.name!.split(' ');
    const lead = NOT_NAME.has(words[0]!) && words.length > 1 ? words[0]!.length + 1 : 0;
    const name = m.groups!.name!.slice(lead);
    // "Iran-backed militias" are named after their patron, read as the state's proxies elsewhere.
    const parts = name.split(/[ -]/);
    if (parts.some((w) => NOT_NAME.has(w) || STATE_FORMS.has(w)) || STATE_FORMS.has(name)) continue;
    out.push({ start: m.index! + lead, end: m.index! + m[0].length, name: m[0].slice(lead) });
  }
  return out;
}

const BREAKAWAY = table.breakaway.join('|');
const GROUP_NAME = '\\p{Lu}[\\p{L}\\p{N}-]+(?: \\p{Lu}[\\p{L}\\p{N}-]+){0,3}';
/** "FARC dissidents", "dissidents of the FARC", "a splinter faction of the ADF". */
const BROKE_AWAY = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?<before>${GROUP_NAME}) (?:${BREAKAWAY})|(?:${BREAKAWAY}) of (?:the )?(?<after>${GROUP_NAME}))(?![\\p{L}\\p{N}-])`,
  'gu',
);

/**
 * The groups of fighters who broke away from an armed group, named by it: a group of their own, named by the text's
 * words, not the group they left nor a state's men ("Syrian dissidents" are a state's people).
 */
export function breakawayGroups(text: string): NamedFighters[] {
  const out: NamedFighters[] = [];
  for (const m of text.matchAll(BROKE_AWAY)) {
    const group = (m.groups!.before ?? m.groups!.after)!;
    const words = group.split(' ');
    if (words.some((w) => NOT_NAME.has(w) || STATE_FORMS.has(w)) || STATE_FORMS.has(group)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, name: m[0] });
  }
  return out;
}

const COMMON = [...table.common].sort((a, b) => b.length - a.length).join('|');
/**
 * The same vocabulary for the armed groups a weapons transfer goes to (drafted/arms.ts): the common nouns, and the words
 * that may qualify them there ("vetted rebel groups", "criminal gangs").
 */
export const COMMON_GROUP_NOUNS: readonly string[] = table.common;
export const COMMON_GROUP_WORDS: readonly string[] = table.commonWords;

export interface CommonGroup {
  start: number;
  end: number;
  /** The noun as written: "separatists", "armed groups". */
  noun: string;
  /** The text's words for the group, without the article: "secessionists of South Kasai", "Iran's proxies". */
  words: string;
  /** How the text says whose the group is: the topic state's ("the separatists"), a place's, or a patron's. */
  form: 'topic' | 'of' | 'patron' | 'pronoun';
  /** The state's possessive as written, for a patron: "Iran". */
  patron?: string;
}

/**
 * Armed sides named by a common noun (fighters.json `common`): "the separatists", "the armed groups", "the secessionists
 * of South Kasai", "Iran's proxies", "its proxies". `names` is the alternation of the states' names, for a patron's
 * possessive. Whose each is the caller settles: the text's topic, the place named, or the patron.
 */
export function commonGroupsIn(text: string, names: string): CommonGroup[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:(?<the>[Tt]he )|(?<patron>${names})[’']s |(?<pronoun>[Ii]ts |[Tt]heir ))(?<noun>${COMMON})(?![\\p{L}\\p{N}’'-])(?<of> of (?!the\\b)\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?(?![\\p{L}-]))?`,
    'gu',
  );
  const out: CommonGroup[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups!;
    const lead = g.the ?? g.pronoun ?? '';
    const start = m.index + lead.length;
    const end = m.index + m[0].length;
    const words = text.slice(start, end);
    const form = g.of ? 'of' : g.patron ? 'patron' : g.pronoun ? 'pronoun' : 'topic';
    // "The rebels' own ...", fine; "the rebels of the north" has no proper name after "of" and reads as the topic's.
    out.push({
      start: g.patron ? m.index : start,
      end,
      noun: g.noun!,
      words,
      form,
      ...(g.patron ? { patron: g.patron } : {}),
    });
  }
  return out;
}
