import { z } from 'zod';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * The kind of a side's own sentence from what it does, with no verb of
 * warning or criticising (own-voice.json): that a wrong done to it will be
 * answered or that it will not accept another party's act ("will not go
 * unpunished", "We will not accept any intervention", "reserves the right to
 * respond") is a warning; that it has the means to defend itself, a warning
 * to no one named; that it does not agree with a decision, a criticism of
 * its author, and with what was claimed ("We disagree with this"), a denial; inaction judged by what it cost
 * ("Silence and inaction have not served ..."), a criticism of whoever failed to act. Read by said.ts only in a speaker's words, after
 * every word of accusation, denial and judgement.
 */

const table = z
  .object({
    note: z.string(),
    badFaith: group,
    deterrence: group.extend({ relations: group, answered: group }),
    capability: group,
    deterred: group,
    disagreement: group.extend({ claimed: group }),
    concern: group,
    inaction: group.extend({ failed: group, waiting: group }),
  })
  .parse(dataTable('own-voice.json'));

const pattern = (phrases: string[]) => new RegExp(`(?:${phrases.join('|')})`, 'iu');

/** A wrong done to the speaker's side that will be answered, or an act it will not accept: a warning. */
export const DETERRENCE = pattern(table.deterrence.phrases);

/** "its relations with ⟨B⟩": the party a warning to review what binds the speaker to it is aimed at (group 1). */
export const RELATIONS_WITH = pattern(table.deterrence.relations.phrases);

/** "respond to this aggression": a warning that points back to the wrong it answers, aimed at whoever did it. */
export const ANSWERED_ACT = pattern(table.deterrence.answered.phrases);

/** The speaker's side has the will or the means to defend its own: a warning to no one named. */
export const CAPABILITY = pattern(table.capability.phrases);

/** "so that no one is tempted to test us", "only makes an accident more likely": a clash warded off or foretold, a warning to no one named. */
export const DETERRED = pattern(table.deterred.phrases);

/** The speaker's side does not agree with a decision or words: a criticism of their author. */
export const DISAGREEMENT = pattern(table.disagreement.phrases);

/** What follows "disagree with" when it is something claimed ("this", "these accusations"): a denial of the claim. */
export const DISAGREED_CLAIM = pattern(table.disagreement.claimed.phrases);

/** "This is an attempt to shift responsibility ...", "These claims are a pretext": a claim just reported called bad faith. */
export const BAD_FAITH = pattern(table.badFaith.phrases);

/** "notes with the utmost concern that ⟨C⟩ has delivered ...": a supply told with concern, a criticism of the supplier. */
export const CONCERN = pattern(table.concern.phrases);

/** "Silence and inaction have not served the people of ⟨P⟩": inaction judged by what it cost, of a party not named. */
export const INACTION = pattern(table.inaction.phrases);

/** "have paid with their lives while waiting for the ⟨Council⟩ to act": the party awaited (group 1). */
export const AWAITED = pattern(table.inaction.waiting.phrases);

/** "the ⟨Council⟩ had again failed the people of the region", "has been silent while ...": the party that failed (group 1). */
export const FAILED_TO_ACT = pattern(table.inaction.failed.phrases);
