import { z } from 'zod';
import type { Entities } from '../entities.js';
import { WEAPON_NOUN } from '../drafted/arms.js';
import type { Unit } from '../masked.js';
import { dataTable } from '../tables.js';

/**
 * Arms or troops a party tells of as moving into a country from a state, or
 * as that state's own, with no verb of charging: "T-72 tanks and Grad
 * launchers were still crossing into ⟨C⟩ from the ⟨B⟩", "her country had
 * seen ⟨Russian⟩ tanks, artillery and air defence systems sent across the
 * border". Said by another party, the state they come from or belong to is
 * charged with sending them (said.json `crossing`). The move must cross
 * something ("into" a country, "across" a border): weapons sent "to" a
 * state are a transfer, which the drafted transfers read. People who are no
 * force (refugees, aid convoys) and the speaker's own side's arms charge no
 * one, and neither does a move whose words name no state.
 */

const table = z
  .object({
    crossing: z.object({
      forces: z.array(z.string()).min(1),
      moves: z.array(z.string()).min(1),
      seen: z.array(z.string()).min(1),
    }),
  })
  .parse(dataTable('said.json')).crossing;

/** Men and machines of a force: the forces of said.json `crossing` and the weapon nouns of arms.json. */
export const FORCE_NOUN = `(?:${table.forces.join('|')}|${WEAPON_NOUN})`;
/** "drone parts", "missile components": a weapon's parts are the weapon's. */
const NOUN = `${FORCE_NOUN}(?: (?:parts|components|kits|rounds))?`;
/** "Her country had seen ...", "we have observed ...": a witness opening the words, before what was seen. */
const SEEN_OPENING = String.raw`(?:(?:(?:his|her|its|our|their|the) (?:country|government|delegation|side|authorities|forces|monitors|observers)|we|it|they|he|she|(?:the )?⟨\d+⟩) (?:had |has |have )?(?:also |repeatedly |recently |again )?(?:${table.seen.join('|')}) )`;
/** What moves: weapon or force nouns, one or several joined, with the demonym of the state they belong to first. */
const MOVED = String.raw`(?:the |more |new |fresh |further |heavy |(?:\d+|dozens of|hundreds of|scores of) )*(?:⟨(?<owner>\d+)⟩ )?(?:[\w⟨⟩-]+ ){0,4}?${NOUN}(?:(?:,| and|, and) (?:[\w⟨⟩-]+ ){0,4}?${NOUN})*`;
const CROSSING = new RegExp(
  String.raw`^${SEEN_OPENING}?(?<moved>${MOVED}),? (?:in recent (?:weeks|days|months) )?(?:also |still |again |openly |now )?(?:${table.moves.join('|')}) (?:back )?(?:into|across) (?<tail>[^;]{0,100})`,
  'i',
);
/** A phrase of time or place opening the words, naming no party: "Over the past week, ", "On Tuesday night, ". */
const LEADING = /^[^,;⟨]{2,40}, /;
/** Words for what is no force: relief, trade and people fleeing (read by imputed.ts too). */
export const CIVILIAN_WORDS = [
  'aid',
  'humanitarian',
  'relief',
  'civilian',
  'commercial',
  'cargo',
  'fishing',
  'passenger',
  'merchant',
  'refugees?',
  'migrants?',
];
const CIVILIAN = new RegExp(String.raw`\b(?:${CIVILIAN_WORDS.join('|')})\b`, 'i');
/** The state named as where they came from: "... into ⟨C⟩ from the ⟨B⟩". */
const FROM = /\bfrom (?:the )?(?:territory of (?:the )?)?⟨(\d+)⟩/;

/** The unit of the state charged with the arms or troops the words tell of moving across, or null. */
export function crossedFrom(
  entities: Entities,
  words: string,
  units: Unit[],
  ours: (key: string) => boolean,
): number | null {
  // "Over the past week, ⟨B⟩ troops ...": a phrase of time or place opening the words stands before what moved.
  const m = CROSSING.exec(words) ?? CROSSING.exec(words.replace(LEADING, ''));
  if (!m || CIVILIAN.test(m.groups!.moved!)) return null;
  const state = (u: number | null) => {
    if (u === null) return null;
    const key = units[u]?.mention.key;
    return key && entities.get(key)?.type === 'State' && !ours(key) ? u : null;
  };
  const from = FROM.exec(m.groups!.tail!);
  if (from) return state(Number(from[1]));
  // "⟨Russian⟩ tanks ...", "⟨Azerbaijani troops⟩ and heavy artillery": the state whose arms or men they are, named by
  // its demonym.
  const owner = m.groups!.owner === undefined ? null : Number(m.groups!.owner);
  return owner !== null && ['demonym', 'phrase'].includes(units[owner]?.mention.form ?? '') ? state(owner) : null;
}
