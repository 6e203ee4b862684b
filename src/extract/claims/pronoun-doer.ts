import { z } from 'zod';
import { dataTable, phraseGroup } from '../tables.js';
import { WRONG_ACTS } from './lexicon.js';

/**
 * "⟨B⟩ has given them no real assistance. Instead it imposed illegal sanctions on ⟨C⟩": a sentence that opens on a
 * pronoun doing something goes on about the party the sentence before opened on. The pronouns, the words that may come
 * before them and between them and their verb, and the verbs that tell no act are data (referents.json, pronounDoer).
 */

const table = z
  .object({
    pronounDoer: z.object({
      pronouns: phraseGroup,
      openers: phraseGroup,
      auxiliaries: phraseGroup,
      notActs: phraseGroup,
      irregular: phraseGroup,
    }),
  })
  .parse(dataTable('referents.json')).pronounDoer;

const words = (g: { phrases: string[] }) => g.phrases.join('|');

/** The pronoun opening a sentence, after an adverb of sequence, and the auxiliaries before its verb. */
const HEAD = String.raw`^\s*["“]?(?:(?:${words(table.openers)}),?\s+)*(?:${words(table.pronouns)})\s+(?:(?:${words(table.auxiliaries)})\s+)*`;
const PRONOUN_DOER = new RegExp(
  String.raw`${HEAD}(?!(?:${words(table.notActs)}|${words(table.auxiliaries)})\b)(?:[a-z]+(?:ed|es|s)|${words(table.irregular)})\b`,
  'i',
);
/** "It has also violated the ceasefire": a wrong the pronoun did (said.json's wrongdoing). */
const PRONOUN_WRONG = new RegExp(String.raw`${HEAD}(?:[a-z]+ed,? and )?${WRONG_ACTS}`, 'i');

/** Whether words open a sentence on a pronoun that does what they tell ("Instead it imposed ...", "It has armed ..."). */
export function opensOnPronounDoer(words: string): boolean {
  return PRONOUN_DOER.test(words);
}

/** Whether words open a sentence on a pronoun that did a wrong ("It has also violated the ceasefire"). */
export function opensOnPronounWrong(words: string): boolean {
  return PRONOUN_WRONG.test(words);
}
