import { z } from 'zod';
import { dataTable, phraseGroup as group } from '../tables.js';

/**
 * A side's own sentences that carry a position on another party with no
 * verb of warning or demanding (resolute.json): its resolve not to yield
 * ("We will not be intimidated", "will not bow to pressure",
 * "Our operations will continue until ...") is a warning, and its hope that
 * another party acts ("We hope the relevant country will not interfere")
 * a demand of that party. Read by said.ts only in the words of a speaker
 * (a statement's or an answer's own sentences, reported words), after every
 * word of accusation, denial and judgement.
 */

const table = z.object({ note: z.string(), resolve: group, hope: group }).parse(dataTable('resolute.json'));

/** The speaker's side will not yield, or will go on until an end it sets: a warning. */
export const RESOLVE = new RegExp(String.raw`\b(?:${table.resolve.phrases.join('|')})`, 'iu');

/** The speaker's side hopes another party will act: a demand of it (group 1, the party when named). */
export const HOPED = new RegExp(String.raw`\b(?:${table.hope.phrases.join('|')})`, 'iu');
