import { z } from 'zod';
import { dataTable } from './tables.js';

/**
 * A name or demonym two states share in the news ("Congo", "Congolese") read, in one text, as the
 * state its other words point to (shared-names.json): "Congo" beside Goma and
 * the M23 is the Democratic Republic of the Congo, beside Brazzaville the
 * Republic of the Congo. Where the words point to both or neither, the name
 * keeps its meaning in the country tables.
 */

const table = z
  .object({
    about: z.string(),
    names: z.array(
      z.object({
        forms: z.array(z.string()).min(1),
        states: z.record(z.string(), z.array(z.string()).min(1)),
      }),
    ),
  })
  .parse(dataTable('shared-names.json'));

const CUES = table.names.map(({ forms, states }) => ({
  forms,
  states: Object.entries(states).map(
    ([code, words]) => [code, new RegExp(String.raw`(?<![\p{L}-])(?:${words.join('|')})(?![\p{L}-])`, 'u')] as const,
  ),
}));

/** Every form an entry lists: the names and demonyms a text's words may settle. */
export const SHARED_NAMES = new Set(table.names.flatMap(({ forms }) => forms));

/** The state each shared name or demonym stands for in this text, where its words point to one only. */
export function sharedNamesIn(text: string): Map<string, string> {
  const reading = new Map<string, string>();
  for (const { forms, states } of CUES) {
    const pointed = states.filter(([, cue]) => cue.test(text)).map(([code]) => code);
    if (pointed.length === 1) for (const form of forms) reading.set(form, pointed[0]!);
  }
  return reading;
}
