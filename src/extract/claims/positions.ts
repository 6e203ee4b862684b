import { z } from 'zod';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * What a party says without a verb that gives its kind (positions.json):
 * sovereignty and title told as fact ("⟨Place⟩ is an integral part of
 * ⟨A⟩"), a standing policy ("remains committed to dialogue") and a denial
 * that corrects what another side said ("fathers with families, not
 * fighters", "no civilians had been harmed"). Read by said.ts only in the
 * words of a speaker (a reported clause, a statement's or an answer's own
 * sentences), never in a journalist's narration, and only after every word
 * of accusation, demand, judgement and warning.
 */

const table = z
  .object({ title: group, standing: group, defence: group, correction: group })
  .parse(dataTable('positions.json'));

/** Any of a table's phrases as whole words. */
export const pattern = (phrases: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\d])(?:${phrases.join('|')})(?![\p{L}])`, 'iu');

/** Sovereignty and title told as fact: a position. */
export const TITLE = pattern(table.title.phrases);
/** A speaker's standing policy or relation told as fact: a position. */
export const STANDING = pattern(table.standing.phrases);
/** "⟨B⟩ needs to protect its people": another party's need to defend itself, a position for it (group 1). */
export const SELF_DEFENCE = new RegExp(table.defence.phrases.join('|'), 'iu');
/** A correction of what another side said, without a verb of denying: a denial. */
export const CORRECTION = pattern(table.correction.phrases);
