import { z } from 'zod';
import type { Entities } from '../entities.js';
import type { Masked } from '../masked.js';
import type { Span } from '../types.js';
import { dataTable, phraseGroup } from '../tables.js';
import type { ClaimFinder } from './finder.js';
import { agentOf, partners } from './referents.js';
import type { Found } from './types.js';

/**
 * Parties a claim names by reference rather than by name: a pronoun object ("accused it of ..."), resolved by role
 * and recency. The party a pronoun stands for is the one the words before it are about as their doer (their subject,
 * "⟨A⟩'s ties", "by ⟨A⟩"), never the speaker's own side; failing that, the one the sentence before opened on.
 */

/**
 * "said the ⟨Ortega government⟩'s ties with ⟨Moscow⟩ posed a threat, and accused it of ...": the object pronoun of a
 * verb coordinated with an earlier one stands for the doer the earlier clause is about; "⟨Somalia⟩ recalled its envoy.
 * ⟨Kenya⟩'s ministry accused it of ...": with no clause before it in the sentence, for the state or body the sentence
 * before opened on. Empty when neither names a party other than the speaker's side.
 */
export function pronounObject(finder: ClaimFinder, masked: Masked, f: Found): string[] {
  // The speaker and whom it speaks for: never what the speaker's own pronoun object stands for.
  const own = finder.speakers.withSides(f.speakers);
  const units = masked.units;
  if (f.clauseStart !== undefined) {
    const doer = agentOf(finder.entities, masked.text.slice(0, f.clauseStart), units, own);
    if (doer !== null) return [units[doer]!.mention.key];
  }
  const previous = finder.speakers.subjects.previous;
  return previous && !own.includes(previous) && !/⟨\d+⟩/.test(masked.text.slice(0, f.region.start)) ? [previous] : [];
}

const table = z
  .object({ about: z.string(), responses: phraseGroup, saying: phraseGroup })
  .parse(dataTable('reference.json'));

/** "⟨A⟩ would respond ...", "⟨A⟩ will take the necessary measures": a warning whose subject is the side that acts. */
const RESPONDS = new RegExp(
  String.raw`^\s*(?:that\s+)?(?:the\s+)?⟨(\d+)⟩ (?:(?:also|again|then|now|in turn) )?(?:${table.responses.phrases.join('|')})\b`,
  'i',
);

/** The unit a warning's words open with when it is the side threatening to respond, not the side warned; else null. */
export function responder(words: string): number | null {
  const m = RESPONDS.exec(words);
  return m ? Number(m[1]) : null;
}

/** The last verb of saying before a point, and the words said after it: "said ⟨A⟩ and ⟨B⟩ were building ... and warned that". */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:${table.saying.phrases.join('|')})\s+(?:that\s+)?((?:(?!\b(?:${table.saying.phrases.join('|')})\b).)*)$`,
  'is',
);

/**
 * Whom a warning that names only the side that acts is set against: the doers the speaker's words before it in the
 * sentence are about ("said ⟨Japan⟩ and ⟨Australia⟩ were building a bloc, and warned that ⟨China⟩ would take the
 * necessary measures": ⟨Japan⟩ and ⟨Australia⟩), none of them the speaker's side or the responder. Empty when those
 * words name no such doer.
 */
export function setAgainst(entities: Entities, masked: Masked, at: number, exclude: string[]): string[] {
  const said = SAID_BEFORE.exec(masked.text.slice(0, at));
  if (!said) return [];
  // The clause said, up to the conjunction that joins the warning to it.
  const words = said[1]!.replace(/,?\s*(?:and|but)\s*(?:warned|added|said)?\s*(?:that\s*)?$/i, '');
  const doer = agentOf(entities, words, masked.units, exclude);
  if (doer === null) return [];
  return partners(words, doer)
    .map((i) => masked.units[i]!.mention.key)
    .filter((k) => !exclude.includes(k));
}

/** "would respond ...", "will take the necessary measures": what follows the name of the side that threatens to act. */
const RESPONSE_AFTER = new RegExp(
  String.raw`^(?:[’']s (?:government|leaders|forces|military) )?\s*(?:(?:also|again|then|now|in turn) )?(?:${table.responses.phrases.join('|')})\b`,
  'i',
);

/**
 * The parties a warning's words name as the side that will respond ("⟨Ankara⟩ would respond by strengthening its
 * forces"): the side that threatens, never the one warned, whoever speaks.
 */
export function respondersIn(entities: Entities, text: string, span: Span): string[] {
  const found: string[] = [];
  for (const record of entities.byKey.values())
    for (const m of record.mentions)
      if (m.start >= span.start && m.end <= span.end && RESPONSE_AFTER.test(text.slice(m.end, span.end).trimStart()))
        found.push(record.key);
  return found;
}

/** Words before a name that make it what is done to or where, not whom a passage is about: "to ⟨B⟩", "in ⟨B⟩". */
const OBLIQUE = /\b(?:to|from|with|in|into|on|at|against|for|of|by|over|than|such as|including|like)\s+(?:the\s+)?$/i;

/**
 * The state a passage is about, whose "government", "authorities" or "army" a claim names without naming the state
 * ("said ⟨Japan⟩'s industry could compete abroad, but criticised the government for ..."): the last state the claim's
 * sentence names before its words other than as an object or a place; else the state the sentence before opens on as
 * its subject ("⟨Japan⟩ has sold radars to ⟨the Philippines⟩. ... criticised the government"); else the state named
 * last before the sentence. Never one of `own`.
 */
export function passageState(
  entities: Entities,
  text: string,
  sentence: Span,
  wordsAt: number,
  own: Set<string>,
): string | null {
  const states = [...entities.byKey.values()]
    .filter((e) => e.type === 'State' && !own.has(e.key))
    .flatMap((e) => e.mentions.map((m) => ({ key: e.key, start: m.start })))
    .sort((a, b) => a.start - b.start);
  const inSentence = states.filter(
    (m) => m.start >= sentence.start && m.start < wordsAt && !OBLIQUE.test(text.slice(sentence.start, m.start)),
  );
  if (inSentence.length) return inSentence.at(-1)!.key;
  // The sentence before: from the end of the one before it to this one's start.
  const before = text.slice(0, sentence.start).trimEnd();
  const start = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('\n')) + 1;
  const opening = states.find(
    (m) => m.start >= start && m.start < sentence.start && /^\s*(?:the\s+)?$/i.test(text.slice(start, m.start)),
  );
  if (opening) return opening.key;
  return states.filter((m) => m.start < sentence.start).at(-1)?.key ?? null;
}
