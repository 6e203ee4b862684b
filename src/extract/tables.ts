import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The extractor's data tables (verbs, phrases, names, code lists) are JSON
 * files beside this module, so that a newcomer adds a word without touching
 * a rule. Each reader checks its table against a schema of its own.
 */

/** The raw content of src/extract/NAME, for a schema to parse. */
export function dataTable(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
}

/** A list of phrases and the note that says what they mean: the commonest shape of a table's entry. */
export const phraseGroup = z.object({ note: z.string(), phrases: z.array(z.string()).min(1) });

/** A group's phrases as one alternation of a RegExp, as written: the phrases are pattern sources, not escaped. */
export const phrasesOf = (group: { phrases: string[] }) => group.phrases.join('|');
