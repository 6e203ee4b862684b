import { z } from 'zod';
import { dataTable } from './tables.js';

/**
 * A name two states share in the news ("Congo") read, in one text, as the
 * state its other words point to (shared-names.json): "Congo" beside Goma and
 * the M23 is the Democratic Republic of the Congo, beside Brazzaville the
 * Republic of the Congo. Where the words point to both or neither, the name
 * keeps its meaning in the country tables.
 */

const table = z
  .object({ about: z.string(), names: z.record(z.string(), z.record(z.string(), z.array(z.string()).min(1))) })
  .parse(dataTable('shared-names.json'));

const CUES = Object.entries(table.names).map(
  ([name, states]) =>
    [
      name,
      Object.entries(states).map(
        ([code, words]) =>
          [code, new RegExp(String.raw`(?<![\p{L}-])(?:${words.join('|')})(?![\p{L}-])`, 'u')] as const,
      ),
    ] as const,
);

/** The state each shared name stands for in this text, where its words point to one only. */
export function sharedNamesIn(text: string): Map<string, string> {
  const reading = new Map<string, string>();
  for (const [name, states] of CUES) {
    const pointed = states.filter(([, cue]) => cue.test(text)).map(([code]) => code);
    if (pointed.length === 1) reading.set(name, pointed[0]!);
  }
  return reading;
}
