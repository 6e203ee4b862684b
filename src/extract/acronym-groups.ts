import { z } from 'zod';
import { STATE_FORMS } from './gazetteer.js';
import { dataTable } from './tables.js';
import { alternation } from './text.js';
import { REPORTING_WORDS } from './verbs.js';

/**
 * An acronym the gazetteer does not know that the text uses as a group's name: listed with other groups' names
 * before a plural word for them ("the Boko Haram and ISWAP groups") or speaking ("ISWAP says it shot down ...",
 * "the CDU said"). A weapon's or a programme's acronym neither joins a list of groups nor speaks, so the use tells
 * what the letters name. Wherever else the text writes the acronym bare, it is that group again. Letters that
 * stand for a name the text spells out ("the Border Security Force ... The BSF says") are that body's, read with it.
 */

const table = z.object({ listed: z.array(z.string()).min(1) }).parse(dataTable('fighters.json'));

const ACRONYM = '[A-Z][A-Z-]{2,7}(?<!-)';
const NAME = `(?:${ACRONYM}|\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3})`;
const B = '(?<![\\p{L}\\p{N}.-])';
const E = '(?![\\p{L}\\p{N}-])';

const LISTED = new RegExp(
  `${B}(?<list>${NAME}(?:, ${NAME})*,? and ${NAME}) (?:${alternation(table.listed)})${E}`,
  'gu',
);
const SPEAKING = new RegExp(`${B}(?<name>${ACRONYM}) (?:${alternation(REPORTING_WORDS)})${E}`, 'gu');

export interface AcronymGroup {
  acronym: string;
  /** Every place the text writes it. */
  uses: { start: number; end: number }[];
  /** Listed among groups, not only speaking: a party of its own, whose words and deeds are its own. */
  listed: boolean;
}

/** Whether `text` spells out a name whose initials are the acronym's letters ("Border Security Force" for BSF). */
function spelledOut(text: string, acronym: string): boolean {
  const letters = acronym.replace(/-/g, '').split('');
  const words = letters.map((l) => `${l}[\\p{L}-]+`).join(' (?:(?:of|for|the|and|on|in) )*');
  return new RegExp(`${B}${words}${E}`, 'u').test(text);
}

/** The unknown acronyms `text` uses as groups' names; `known` tells a body's name the gazetteer has. */
export function acronymGroups(text: string, known: (name: string) => boolean): AcronymGroup[] {
  const listed = new Set<string>();
  for (const m of text.matchAll(LISTED))
    for (const name of m.groups!.list!.split(/,? and |, /)) if (new RegExp(`^${ACRONYM}$`).test(name)) listed.add(name);
  const found = new Set([...listed, ...[...text.matchAll(SPEAKING)].map((m) => m.groups!.name!)]);
  return [...found]
    .filter((a) => !STATE_FORMS.has(a) && !known(a) && !spelledOut(text, a))
    .map((acronym) => ({
      listed: listed.has(acronym),
      acronym,
      uses: [...text.matchAll(new RegExp(`${B}${acronym}${E}`, 'gu'))].map((m) => ({
        start: m.index!,
        end: m.index! + acronym.length,
      })),
    }));
}
