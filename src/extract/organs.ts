import { z } from 'zod';
import { dataTable } from './tables.js';
import { alternation } from './text.js';

/**
 * A state's organs named by a common noun (organs.json): "the Irish government", "Iraq's cabinet", "the federal
 * Government", "Russian forces", "our forces", "the security services". What is found here is only where each is
 * named and how; whose organ it is the caller settles, since that needs the text's state (mentions.ts).
 */

const ORGAN = z.object({
  slug: z.string(),
  name: z.string(),
  category: z.enum(['GOVERNMENT_BODY', 'MILITARY']),
  service: z.string().optional(),
  qualified: z.array(z.string()),
  plural: z.record(z.string(), z.string()).optional(),
  bare: z.array(z.string()),
  own: z.array(z.string()),
  home: z.array(z.string()).optional(),
  unmarked: z.array(z.string()),
  of: z.array(z.string()),
  in: z.array(z.string()).optional(),
  pronoun: z.array(z.string()).optional(),
  ledBy: z.array(z.string()).optional(),
  opening: z.array(z.string()).optional(),
  before: z.array(z.string()),
  notFollowedBy: z.array(z.string()),
});
export type Organ = z.infer<typeof ORGAN>;

const TABLE = z
  .object({
    note: z.string(),
    organs: z.array(ORGAN).min(1),
    leaderTitles: z.object({
      note: z.string(),
      titles: z.array(z.string()).min(1),
      nounsNote: z.string(),
      nouns: z.array(z.string()).min(1),
    }),
    unmarkedAfter: z.array(z.string()).min(1),
    chargedAfter: z.object({ note: z.string(), stems: z.array(z.string()).min(1) }),
  })
  .parse(dataTable('organs.json'));
export const ORGANS: Organ[] = TABLE.organs;
const UNMARKED_AFTER = alternation(TABLE.unmarkedAfter);
/** The titles of a head of government, as a regular expression's alternation ("Prime Minister", "President"). */
export const LEADER_TITLES = alternation(TABLE.leaderTitles.titles);
/** The nouns for a government named after its head ("Ian Smith's government", "the Maduro regime"). */
export const LEADER_NOUNS = alternation(TABLE.leaderTitles.nouns);
/** The stems of the verbs of a charge, demand or warning before an organ, as a regular expression's alternation. */
export const CHARGE_STEMS = `(?:${TABLE.chargedAfter.stems.join('|')})`;

/**
 * How the organ is named: after its state's demonym or possessive or before "of" and its name, after "the" alone, with no article at all
 * ("before parliament", read as "the" is), after "our", after "the" in a state's own words ("the army" in its defence
 * ministry's briefing), or after "its" or "their", the state the pronoun stands for ("its Government").
 */
export type OrganForm = 'qualified' | 'bare' | 'own' | 'home' | 'pronoun';

export interface FoundOrgan {
  start: number;
  end: number;
  organ: Organ;
  form: OrganForm;
  /** The organ's noun with the words before it that still name it ("federal Government"). */
  noun: string;
  /** The demonym or the state's name as written, for a qualified organ. */
  demonym?: string;
  possessive?: string;
  /** The state's name after "of" ("the Government of Mali") or bare before the noun ("United States forces"). */
  named?: string;
  /** The words naming this state's organ alone, where one phrase names several ("Latvian army" in "the Lithuanian and Latvian armies"). */
  words?: string;
  /** The capital after "in" ("the authorities in Bangui"). */
  seat?: string;
}

const B = '(?<![\\p{L}\\p{N}-])';
const E = '(?![\\p{L}\\p{N}-])';

/**
 * Every organ named in `text`; `demonyms`, `names` and `capitals` are the alternations of the states' demonyms, names
 * and capitals. A state's word joined by a hyphen ("pro-Russian forces", "Russian-backed forces") names someone
 * else's men.
 */
export function organsIn(text: string, demonyms: string, names: string, capitals?: string): FoundOrgan[] {
  const found: FoundOrgan[] = [];
  for (const organ of ORGANS) {
    const before = organ.before.length ? `(?:(?:${alternation(organ.before)}) )?` : '';
    const after = organ.notFollowedBy.length ? `(?! (?:${organ.notFollowedBy.join('|')})${E})` : '';
    const noun = (nouns: string[]) => `(?<noun>${before}(?:${alternation(nouns)}))${E}${after}`;
    const forms: [OrganForm, string[], string][] = [
      [
        'qualified',
        organ.qualified,
        `${B}(?:(?<demonym>${demonyms})|(?<possessive>${names})[’']s|(?<named>${names})) `,
      ],
      ['bare', organ.bare, `(?<=${B}[Tt]he )`],
      ['own', organ.own, `(?<=${B}[Oo]ur )`],
      ['home', organ.home ?? [], `(?<=${B}[Tt]he )`],
      ['bare', organ.unmarked, `(?<=${B}(?:${UNMARKED_AFTER}) )`],
    ];
    const patterns = forms
      .filter(([, nouns]) => nouns.length)
      .map(([form, nouns, lead]) => [form, new RegExp(`${lead}${noun(nouns)}`, 'gu')] as const);
    // "the Government of Mali": the state's name after the noun.
    if (organ.of.length)
      patterns.push([
        'qualified',
        new RegExp(`${B}(?<noun>${alternation(organ.of)}) of (?:the )?(?<named>${names})${E}`, 'gu'),
      ]);
    // "the authorities in Bangui", "the Government in Kinshasa": the organ seated in the state's capital.
    if (organ.in?.length && capitals)
      patterns.push([
        'qualified',
        new RegExp(`(?<=${B}[Tt]he )${before}(?<noun>${alternation(organ.in)}) in (?<seat>${capitals})${E}`, 'gu'),
      ]);
    if (organ.pronoun?.length)
      patterns.push(['pronoun', new RegExp(`(?<=${B}(?:[Ii]ts|[Tt]heir) )${noun(organ.pronoun)}`, 'gu')]);
    // "the government of Prime Minister ⟨P⟩": the government its head names, of the state the text is about.
    if (organ.ledBy?.length)
      patterns.push([
        'bare',
        new RegExp(
          `(?<=${B}[Tt]he )${before}(?<noun>${alternation(organ.ledBy)})(?= of (?:${LEADER_TITLES}) \\p{Lu})`,
          'gu',
        ),
      ]);
    // "Within days, security forces had cleared ...", "in which security forces repressed ...": with no article at
    // all where a clause opens, read as "the" is.
    if (organ.opening?.length)
      patterns.push([
        'bare',
        new RegExp(
          `(?<=(?:^|[.!?:;]\\s+|,\\s+|${B}(?:that|which|whom|where|when|while|after|before|as|and|by) ))${noun(organ.opening)}`,
          'gmu',
        ),
      ]);
    if (organ.plural) found.push(...pluralOrgans(text, organ, demonyms, after));
    for (const [form, re] of patterns) {
      for (const m of text.matchAll(re)) {
        const g = m.groups!;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          organ,
          form,
          noun: g.noun!,
          ...(g.demonym ? { demonym: g.demonym } : {}),
          ...(g.possessive ? { possessive: g.possessive } : {}),
          ...(g.named ? { named: g.named } : {}),
          ...(g.seat ? { seat: g.seat } : {}),
        });
      }
    }
  }
  return found;
}

/**
 * "the Lithuanian and Latvian armies", "British and French forces": two or more demonyms joined by "and" before a
 * plural noun name one organ of each state, each the state's own ("Latvian army"), as if named apart.
 */
function pluralOrgans(text: string, organ: Organ, demonyms: string, after: string): FoundOrgan[] {
  const plural = organ.plural!;
  const list = `(?<list>(?:${demonyms})(?:, (?:${demonyms}))*,? and (?:${demonyms}))`;
  const re = new RegExp(`${B}${list} (?<noun>${alternation(Object.keys(plural))})${E}${after}`, 'gu');
  const found: FoundOrgan[] = [];
  for (const m of text.matchAll(re)) {
    const noun = plural[m.groups!.noun!]!;
    for (const demonym of m.groups!.list!.split(/,? and |, /))
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        organ,
        form: 'qualified',
        noun,
        demonym,
        words: `${demonym} ${noun}`,
      });
  }
  return found;
}
