import type { Masked } from '../../masked.js';
import { ANY_VERB, verbOf } from '../../verbs.js';
import type { ClaimFinder } from '../finder.js';
import { APPOSITIVE, BETWEEN, SUBJECT } from '../patterns.js';
import type { Found } from '../types.js';

/**
 * Reporting verbs coordinated with a speaker's verb make claims of their
 * own, with their own words: "⟨A⟩ condemned the decision and urged ⟨B⟩
 * to ..." is a criticism and a demand, ", and also rejected", "but denied".
 */

const COORDINATED = new RegExp(
  `,?\\s+(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+|again\\s+)?(?<verb>(?!\\w+ing\\b)(?:${ANY_VERB}))(?![\\p{L}])`,
  'gu',
);

/**
 * "had been armed and encouraged from abroad": a second participle of a passive ("been armed and ..."), with no object
 * but its doer or origin after it, is done to the passive's subject, not a verb of the speaker's ("was politically
 * motivated and rejected the accusations" is the speaker's).
 */
const PASSIVE_BEFORE =
  /\b(?:been|be|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)(?:,\s+[a-z]+(?:ed|en|t))*$/i;

const AGENT_OR_ORIGIN = /^\s*(?:by|from|with|in|at|to|into|for|over|through)\b|^\s*(?:[,;.]|$)/;

/** The masked offset where the speaker of a verb ending at `verbEnd` begins (so the previous claim stops there). */
export function startOfSpeaker(masked: string, verbEnd: number, verb: string): number {
  const head = masked.slice(0, verbEnd - verb.length);
  const m = new RegExp(`${SUBJECT}${APPOSITIVE},?\\s+${BETWEEN}$`, 'u').exec(head);
  return m ? m.index : verbEnd;
}

/** Where the words of the verb found after `f` begin, so that `f`'s words stop there. */
export function nextStart(masked: Masked, next: Found | undefined): number {
  return next ? (next.clauseStart ?? startOfSpeaker(masked.text, next.verbEnd, next.kindVerb)) : masked.text.length;
}

/** Inserts the verbs coordinated with each speaker's verb after it, in order. */
export function addCoordinated(found: Found[], masked: Masked, finder: ClaimFinder) {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.inverted) continue;
    const limit = Math.min(f.complement.end, nextStart(masked, found[i + 1]));
    const stretch = masked.text.slice(f.verbEnd, limit);
    for (const m of stretch.matchAll(COORDINATED)) {
      const clauseStart = f.verbEnd + m.index!;
      if (finder.speakers.insideQuote(masked.offset(clauseStart))) continue;
      if (
        PASSIVE_BEFORE.test(stretch.slice(0, m.index!)) &&
        /ed$/.test(m.groups!.verb!) &&
        AGENT_OR_ORIGIN.test(stretch.slice(m.index! + m[0].length))
      )
        continue;
      const verbEnd = clauseStart + m[0].length;
      // "said ..., which ⟨B⟩ denies, and warned ...": the relative clause is ⟨B⟩'s; the verb after it the first speaker's.
      const speaker = f.charge ? found.slice(0, i).findLast((g) => !g.charge && !g.inverted) : undefined;
      found.splice(i + 1, 0, {
        ...(speaker ?? f),
        charge: false,
        verbEnd,
        kindVerb: m.groups!.verb!,
        verb: verbOf(m.groups!.verb!, 'active', masked.text.slice(verbEnd)),
        region: { start: clauseStart, end: f.region.end },
        complement: { start: verbEnd, end: f.complement.end },
        clauseStart,
      });
      f.complement = { start: f.complement.start, end: clauseStart };
      break;
    }
  }
}
