import type { Masked } from '../../masked.js';
import { ANY_VERB, verbOf } from '../../verbs.js';
import { ATTRIBUTION_PIECE } from '../patterns.js';
import type { Found } from '../types.js';
import { nextStart, startOfSpeaker } from './coordinated.js';

/**
 * Words on both sides of an attribution. News and meetings coverage put the speaker inside what they said: "⟨A⟩, he
 * said, armed ⟨B⟩ ...", "Earlier today, she said, a ⟨C⟩ missile had struck ...", "... did not seek escalation, he
 * said, but would respond ...", "... was lawful, he said, and ⟨B⟩ had ...". The words after the attribution are the
 * speaker's as much as those before, and the two are read as one statement with the attribution left out. A
 * reporting verb after it ("'...,' he said, and accused ⟨B⟩ of ...") is a second verb of the same speaker, with
 * words of its own.
 */

/** The attribution's own words after its verb, up to the comma that ends it: "he told reporters in Oslo on Monday". */
const TAIL = new RegExp(`^(?:\\s+(?:${ATTRIBUTION_PIECE}))*`, 'u');
const VERB_AFTER = new RegExp(
  `^,\\s+(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+)?(?<verb>(?!\\w+ing\\b)(?:${ANY_VERB}))(?![\\p{L}])`,
  'u',
);
/**
 * Whom a verb after the attribution is aimed at when a pronoun or unnamed states stand for them ("and urged it to",
 * "and urged European states to follow"): what they stand for lies in the quotation's own words, which are not read
 * for it here, and the claim is left out rather than aimed at the wrong party.
 */
const UNNAMED_ADDRESSEE =
  /^\s+(?:it|them|him|her|(?:[A-Za-z]+ ){0,3}(?:states|countries|governments|partners|allies))\b/;
/**
 * What may follow an attribution without being more of the words: a participle (read by participles.ts), a
 * quotation resumed, a relative clause on the speaker, "as" or "according to".
 */
const NOT_WORDS = /^,\s+(?:["“”‘’]|(?:and |while |but )?[a-z]+ing\b|(?:which|who|whose|where|as|according)\b)/;
/**
 * The words after the attribution go on with a clause of their own ("..., he said, and ⟨B⟩ had ..."): the comma
 * before it stays. One with no subject ("..., he said, but would respond ...") is the first clause's verb going on.
 */
const OWN_CLAUSE =
  /^,\s+(?:and|but)\s+(?:⟨|[A-Z]|(?:the|a|an|his|her|its|their|it|he|she|they|we|there|no|this|that|these|those|some|all|both|neither|none|one|each)\b)/;

export function readAround(found: Found[], masked: Masked) {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!f.inverted || f.masked) continue;
    // Only a speaker before the verb sits inside the words: after "..., said ⟨A⟩" comes what ⟨A⟩ is.
    const speakerAt = startOfSpeaker(masked.text, f.verbEnd, f.kindVerb);
    if (speakerAt >= f.verbEnd - f.kindVerb.length) continue;
    const open = /,["”’]?\s*$/.exec(masked.text.slice(0, speakerAt));
    if (!open) continue;
    const close = f.verbEnd + TAIL.exec(masked.text.slice(f.verbEnd))![0].length;
    const rest = masked.text.slice(close);
    if (!/^,\s+[\p{L}⟨]/u.test(rest) || NOT_WORDS.test(rest)) continue;
    const verb = VERB_AFTER.exec(rest);
    if (verb) {
      const verbEnd = close + verb[0].length;
      if (UNNAMED_ADDRESSEE.test(masked.text.slice(verbEnd))) continue;
      found.splice(i + 1, 0, {
        ...f,
        verbEnd,
        kindVerb: verb.groups!.verb!,
        verb: verbOf(verb.groups!.verb!, 'active', masked.text.slice(verbEnd)),
        region: { start: close, end: masked.text.length },
        complement: { start: verbEnd, end: masked.text.length },
        inverted: false,
        clauseStart: close,
      });
      i++;
      continue;
    }
    const end = nextStart(masked, found[i + 1]);
    const hole = { start: open.index, end: OWN_CLAUSE.test(rest) ? close : close + 1 };
    const cut = hole.end - hole.start;
    if (end - cut <= hole.start) continue;
    f.masked = masked.without(hole);
    f.verbEnd = hole.start;
    f.complement = { start: 0, end: end - cut };
    f.region = { start: 0, end: end - cut };
  }
}
