import { z } from 'zod';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * A demand whose verb names no addressee (demanded.json): "demanded that the troops withdraw at once" tells men or
 * craft to act, which is asked of the party they belong to, not an outcome called for of no one, as "demanded that those
 * responsible be held to account" is.
 */

const table = z.object({ note: z.string(), forcesTold: group, owed: group }).parse(dataTable('demanded.json'));

/**
 * A that-clause whose subject is men or craft of no party named, told to act in the subjunctive: "that the troops
 * withdraw", "that all foreign naval forces leave", "that they pull back immediately". Not what is told of them ("that
 * the troops had withdrawn", "that forces are leaving", "that the troops withdrew"), nor a party named ("that ⟨B⟩'s
 * troops withdraw", read where the words name it).
 */
export const FORCES_TOLD = new RegExp(
  String.raw`^(?:that )?(?:the |all |any |its |their |those )?(?:[a-z-]+ ){0,2}?(?:${table.forcesTold.phrases.join('|')})(?: (?:immediately|at once|now|also|promptly))? (?:not )?(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|could|can|may|might|must|did|do|does|who|which|that|of|in|on|from|at|to|and|or)\b)[a-z]+\b(?<!(?:ed|ing|[^s]s))`,
  'i',
);

/** "foreign forces", "all armed groups", "any troops": men of no party in particular, of whom no one is asked. */
export const FORCES_OF_NONE = /^(?:that )?(?:all |any )?(?:foreign|outside|external|all|any)\b/i;

/**
 * "an explanation", "the immediate and unconditional release of ...", "a full inquiry": what only a wrong's doer can
 * give. A joint inquiry is asked of both sides, of neither in particular.
 */
export const OWED = new RegExp(
  String.raw`^(?!(?:the |an? )?joint\b)(?:the |an? |their |its |his |her |our )?(?:(?:[\w-]+|and) ){0,4}?(?:${table.owed.phrases.join('|')})\b`,
  'i',
);
