import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { WEAPON_NOUN } from '../drafted/arms.js';
import { LIST, listUnits, type Unit } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { WRONG_ACTS } from './lexicon.js';
import { CIVILIAN_WORDS } from './crossing.js';

/**
 * Charges told by the facts alone (imputed.json): no verb of accusing, and
 * no wrong told after the party as its subject, yet the words point at a
 * party. The remains of what struck are said to be its ("the missile was
 * ⟨Russian⟩", "the wreckage is that of an ⟨S-300⟩ of the ⟨Ukrainian air
 * force⟩", "the agent had been identified as one of the ⟨Novichok⟩ group,
 * developed by ⟨B⟩"); craft are said to have come from its territory ("two
 * military aircraft entered the airspace of ⟨C⟩ from the territory of ⟨B⟩",
 * "the aircraft came from ⟨B⟩ and returned there"); craft of its service
 * did the wrong ("a ⟨MiG-29⟩ fighter of the ⟨Myanmar Air Force⟩ entered
 * ⟨Thai⟩ airspace"). Said by another party, each charges the party pointed
 * at; the speaker's own side, a place and a weapon are charged with nothing.
 */

const table = z
  .object({
    remains: group,
    identified: group,
    made: group,
    craft: group,
    came: group,
    moved: group.extend({ strikes: z.array(z.string()).min(1) }),
    belief: group,
  })
  .parse(dataTable('imputed.json'));

const alt = (phrases: string[]) => `(?:${phrases.join('|')})`;
/** A phrase of time or place opening the words, naming no party: "On the evening of 6 August, ". */
const LEADING = String.raw`(?:[^,;⟨]{2,50}, )?`;
const REMAINS = alt(table.remains.phrases);
/**
 * What struck or what was left of it, opening the words ("the drone that hit the station", "the fragments recovered
 * on the beach"), and "was", "is" or "had been identified as" after it.
 */
const STRUCK = new RegExp(
  String.raw`^${LEADING}(?:the |these |those |this |that |an? )?(?:[\w⟨⟩-]+ ){0,2}?${REMAINS}(?: (?:of|from) (?:the |an? )?(?:[\w⟨⟩-]+ ){0,3}?${REMAINS})?(?: [^,;⟨]{1,60}?)?,? (?:was|were|is|are|had been|has been|have been)(?: ${alt(table.identified.phrases)}){0,2} `,
  'i',
);
/** "was ⟨Russian⟩": a state named by its demonym alone, as whose the thing was. */
const DEMONYM_ALONE = /^(?:an? |the )?⟨(\d+)⟩(?=\s*(?:$|[,;.]|and\b|not\b|rather\b))/;
/** "an ⟨S-300⟩ of the ⟨Ukrainian air force⟩": the party a weapon belongs to, with no place or aim between. */
const OWNER =
  /^(?:an? |the )?(?:(?!(?:in|on|at|near|into|over|to|from|by|for|with|against|aimed|found)\b)[\w⟨⟩-]+ ){0,3}?(?:of|belonging to) (?:the )?⟨(\d+)⟩/i;
/** "developed by ⟨A⟩ and later by ⟨B⟩", "fired by a ⟨Pakistani⟩ jet": the weapon's maker or user. */
const MAKER = new RegExp(
  String.raw`\b${alt(table.made.phrases)} by (?:an? |the )?(?:[\w-]+ )?(?<list>⟨\d+⟩(?:(?:,| and|, and) (?:(?<later>later|subsequently|then|now|since) )?(?:by )?(?:the )?⟨\d+⟩)*)`,
  'i',
);
/** Craft intruding, striking or coming, with the state they came from after "from". */
const CAME = new RegExp(
  String.raw`^${LEADING}(?<moved>(?:the |an? |(?:\d+|two|three|four|five|six|several|some) )?(?:[\w⟨⟩-]+ ){0,3}?(?:${alt(table.craft.phrases)}|${WEAPON_NOUN}))(?: [^,;⟨]{0,40}?)? (?:also |then |again |reportedly |had |have |has )*(?:${alt(table.came.phrases)}|(?<moving>${alt(table.moved.phrases)}))\b[^;]{0,120}?\bfrom (?:the )?(?:(?:territory|airspace|waters|direction|side) of )?(?:the )?⟨(?<from>\d+)⟩`,
  'i',
);
/** The strike that makes craft merely coming from a state a charge: "and returned there after the attack". */
const STRIKE = new RegExp(String.raw`\b${alt(table.moved.strikes)}\b`, 'i');
/** What is no force: the words crossing.ts reads as such, and an airliner. */
const CIVILIAN = new RegExp(String.raw`\b(?:${[...CIVILIAN_WORDS, 'airliner'].join('|')})\b`, 'i');
/** "a ⟨MiG-29⟩ fighter of the ⟨Myanmar Air Force⟩ entered ...": a wrong done by craft told as a party's. */
const CRAFT_OF = new RegExp(
  String.raw`\b(?:${alt(table.craft.phrases)}|${WEAPON_NOUN}) of (?:the )?(${LIST}) (?:also |again |repeatedly |deliberately |illegally |had |has |have )*${WRONG_ACTS}`,
  'i',
);
/** "believed ⟨B⟩ was responsible": a belief opening the wrong said of a party. */
const BELIEF = new RegExp(String.raw`\b${alt(table.belief.phrases)},?(?: that)? (?=(?:the )?⟨\d+⟩)`, 'i');

/** The words after a belief that opens on a party ("believed ⟨B⟩ was responsible"), to read for the wrong; else "". */
export function afterBelief(words: string): string {
  const m = BELIEF.exec(words);
  return m ? words.slice(m.index + m[0].length) : '';
}

/**
 * The units of the parties the words charge by the facts they tell, none when they point at no party or only at the
 * speaker's own side (`ours`).
 */
export function imputedTo(entities: Entities, words: string, units: Unit[], ours: (key: string) => boolean): number[] {
  const actor = (u: number) => {
    const key = units[u]?.mention.key;
    return !!key && isActorType(entities.get(key)?.type) && !ours(key);
  };
  const struck = STRUCK.exec(words);
  if (struck) {
    const rest = words.slice(struck[0].length);
    const alone = DEMONYM_ALONE.exec(rest);
    if (alone && units[Number(alone[1])]?.mention.form === 'demonym') return [Number(alone[1])].filter(actor);
    const owner = OWNER.exec(rest);
    if (owner) return [Number(owner[1])].filter(actor);
    const maker = MAKER.exec(rest);
    if (maker) {
      const makers = listUnits(maker.groups!.list!);
      // "developed by ⟨A⟩ and later by ⟨B⟩": the last maker holds it now.
      return (maker.groups!.later ? makers.slice(-1) : makers).filter(actor);
    }
  }
  const came = CAME.exec(words);
  if (came && !CIVILIAN.test(came.groups!.moved!) && (!came.groups!.moving || STRIKE.test(words))) {
    // "⟨Russian⟩ troops entered ... from ⟨B⟩": craft whose owner is named are that owner's, read as its wrong elsewhere.
    const owned = listUnits(came.groups!.moved!).some((u) => isActorType(entities.get(units[u]!.mention.key)?.type));
    const from = Number(came.groups!.from);
    if (!owned && entities.get(units[from]?.mention.key ?? '')?.type === 'State') return [from].filter(actor);
  }
  const craft = CRAFT_OF.exec(words);
  if (craft) return listUnits(craft[1]!).filter(actor);
  return [];
}
