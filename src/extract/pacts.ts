import { MONTH_NAMES } from '../calendar.js';
import { DATED_PACTS, DESCRIBED_PACTS, NOT_PLACES, STATE_FORMS } from './gazetteer.js';
import { alternation } from './text.js';
import { PURCHASE_NOUN } from './drafted/arms.js';

/**
 * Pacts named by their kind and their parties or place, with no title of
 * their own: "the peace agreement initialled by the two countries", "a
 * memorandum with Somaliland", "the memorandum between ⟨A⟩ and ⟨B⟩", "the
 * border treaty signed in 2014", "a declaration of intent on ...", "the San
 * Francisco peace treaty", "the US-Japan security treaty". A pact's kind
 * alone ("the agreement") refers back and is not read. The mention is the
 * kind's words, so that the parties after it or a state's name before it
 * are still read as the parties; the name keeps them, since they tell the
 * pact from any other of its kind, and the kind is its alias, as a reader
 * names the pact again.
 */

export interface DescribedPact {
  start: number;
  end: number;
  name: string;
  aliases: string[];
}

const { pacts, ofHeads, ofWords, signed, groups, generic } = DESCRIBED_PACTS;

/** A capitalised word of a party's or a place's name: "Somaliland", "U.S.", "Timor-Leste", "Ethiopia–Somaliland". */
const WORD = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}’']*)(?:[-–]\\p{Lu}[\\p{L}’']*)*";
/** "the Republic of Korea", but not "Iran of March 2023": a date after "of" is the pact's. */
const NAME = `${WORD}(?: (?:of (?:the )?(?!(?:${MONTH_NAMES.join('|')})(?![\\p{L}])))?${WORD}){0,3}`;
const PARTY = `(?:the )?${NAME}`;
/** Parties named together by a noun: "the two countries", "both sides". */
const GROUP = `(?:the|our|both|its|their) (?:two |three )?(?:${alternation(groups)})`;
const YEAR = '(?:1[89]|20)\\d\\d';
const MODIFIER = `(?!(?:${alternation(generic)})(?![\\p{L}-]))[a-z][a-z-]+`;
const PACT = `(?:${alternation(pacts)})s?`;
/** A pact's kind: "peace agreement", "defence cooperation protocol", "memorandum of understanding", "joint declaration". */
const KIND = `(?:${MODIFIER} ){0,2}(?:(?<of>(?:${alternation(ofHeads)}) of (?:${alternation(ofWords)}))|(?:${alternation(DATED_PACTS.joint)}) (?:${MODIFIER} )?(?:${alternation(DATED_PACTS.statements)})|${PACT})`;
const SIGNED = `(?:(?:was|were|is|had been|has been|have been) )?(?:${alternation(signed)})`;
/** Who made it or where: "between ⟨A⟩ and ⟨B⟩", "with ⟨A⟩", "initialled by the two countries", "signed in ⟨Place⟩". */
/**
 * Who made it or where: "between ⟨A⟩ and ⟨B⟩", "with ⟨A⟩", "initialled by the two countries", "was signed in ⟨Place⟩",
 * "the two countries signed".
 */
const TAIL = `(?: between (?:${GROUP}|${PARTY} and ${PARTY})| with ${PARTY}| ${SIGNED} (?:(?:by|with|between) (?:${GROUP}|${PARTY}(?: and ${PARTY})?)|in ${NAME}(?=[\\s,.;:])|in ${YEAR})| (?:that |which )?(?:${GROUP}|${PARTY} and ${PARTY}) (?:(?:have|has|had) )?(?:${alternation(signed)}))(?: in ${YEAR})?`;
const DETERMINER =
  '(?<=(?<![\\p{L}])(?:[Tt]he|[Aa]n?|(?<owner>[Ii]ts|[Tt]heir|[Oo]ur)|[Tt]his|[Tt]hat|[Hh]is|[Hh]er) )';
/** What a deal to buy weapons is for, after it in its clause: "an agreement with ⟨A⟩ for the purchase of 88 ⟨W⟩" is a sale (transfers.ts). */
const FOR_PURCHASE = new RegExp(
  `^[^.;]*?\\b(?:for (?:the )?${PURCHASE_NOUN} of|to (?:buy|purchase|acquire)\\b|for \\d)`,
  'u',
);
const BY_PARTIES = new RegExp(
  `${DETERMINER}(?:(?:${alternation(generic)}) )*(?<kind>${KIND})(?<tail>${TAIL})?(?![\\p{L}])`,
  'gdu',
);
/** A place's or a party's name before the kind: "the San Francisco peace treaty", "the Ethiopia–Somaliland memorandum". */
const BY_NAME = new RegExp(
  `(?<=(?<![\\p{L}])(?:the|a|an|its|their) )(?<names>${WORD}(?: ${WORD}){0,2}) (?<kind>(?:${MODIFIER} ){0,2}${PACT})(?![\\p{L}])`,
  'gdu',
);

export function describedPacts(text: string): DescribedPact[] {
  const found: DescribedPact[] = [];
  for (const m of text.matchAll(BY_PARTIES)) {
    const { kind, tail, of, owner } = m.groups!;
    // A kind alone is the pact a text named before; "of intent" and "of understanding" name one alone, and so does a
    // kind of pact its parties own ("our shiprider agreement"), though not their consent ("its agreement to ...").
    const owned = owner && kind!.includes(' ') && !/^ to\b/.test(text.slice(m.index! + m[0].length));
    if (!tail && !of && !owned) continue;
    if (FOR_PURCHASE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 120))) continue;
    const [start, end] = m.indices!.groups!.kind!;
    // "a peace agreement was signed in Bangkok" is the peace agreement signed in Bangkok.
    const by = (tail ?? '').replace(/^ (?:was|were|is|had been|has been|have been) /, ' ');
    found.push({
      start,
      end,
      name: `${kind}${by}`,
      aliases: tail ? [kind!] : [],
    });
  }
  for (const m of text.matchAll(BY_NAME)) {
    const { names, kind } = m.groups!;
    const words = names!.split(/[ \-–]/);
    if (words.some((w) => NOT_PLACES.has(w))) continue;
    // A state named before the kind is a party, still read as the state: only the kind is the mention.
    const [start, end] = words.some((w) => STATE_FORMS.has(w) || STATE_FORMS.has(names!))
      ? m.indices!.groups!.kind!
      : [m.index!, m.index! + m[0].length];
    found.push({ start, end, name: `${names} ${kind}`, aliases: [kind!] });
  }
  return found;
}
