import type { Entities } from '../entities.js';
import { GENERIC_WEAPON_NOUNS, SUPPLIED, WEAPON_NOUN } from '../drafted/arms.js';
import { LIST, listUnits, type Unit } from '../masked.js';
import { escapeRegExp } from '../text.js';
import { WRONG_ACTS } from './lexicon.js';

/**
 * "The militia continues to kill civilians with weapons and drones supplied by ⟨C⟩": the arms a wrong is done with,
 * told with the party that supplied them. A speaker who tells it charges the supplier with the wrong as well as the
 * doer, whoever the doer is and whether the words name it; the weapon nouns and the participles of supplying are those
 * of arms.json.
 */

const ARMS = `(?:${WEAPON_NOUN}|${[...GENERIC_WEAPON_NOUNS].map(escapeRegExp).join('|')})`;
/** "with weapons and drones supplied by ⟨C⟩", "using missiles provided by ⟨C⟩ and ⟨D⟩". */
const MEANS_SUPPLIED = new RegExp(
  String.raw`${WRONG_ACTS}[^;]{0,80}? (?:with|using) (?:the |its |their )?(?:[\w-]+ ){0,3}?${ARMS}(?:(?:,| and| or) (?:[\w-]+ ){0,2}?${ARMS})* (?:${SUPPLIED}) (?:to (?:the |it |them )?(?:⟨\d+⟩ )?)?by (?:the )?(${LIST})`,
  'i',
);

/** The suppliers of the arms a wrong told in the words was done with: states and bodies, none of the speaker's side. */
export function suppliersOfMeans(
  entities: Entities,
  words: string,
  units: Unit[],
  ours: (key: string) => boolean,
): number[] {
  const m = MEANS_SUPPLIED.exec(words);
  if (!m) return [];
  return listUnits(m[m.length - 1]!).filter((i) => {
    const key = units[i]!.mention.key;
    const type = entities.get(key)?.type;
    return (type === 'State' || type === 'Organization') && !ours(key);
  });
}
