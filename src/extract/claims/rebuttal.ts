import { z } from 'zod';
import { dataTable, phraseGroup as group } from '../tables.js';
import { side } from './denied.js';
import { pattern } from './positions.js';
import type { ClaimDraft } from './types.js';

/**
 * A rebuttal with no verb of denying (positions.json `rebuttal`): what a
 * party says of its own conduct that clears it ("The ⟨B⟩ government said the
 * sales were commercial and legal") is its denial of the charge another side
 * put against it just before, aimed at whoever made that charge; and a
 * conflict called internal ("a revolt of Guatemalans against Guatemalans",
 * "a purely internal affair") denies the charge of aggression made just
 * before, whomever it charged. With no such charge before it, the words stay
 * a position. Run once denials are answered (rules.ts), before their targets
 * are settled.
 */

const table = z
  .object({ rebuttal: group.extend({ internal: z.array(z.string()).min(1) }) })
  .parse(dataTable('positions.json')).rebuttal;

/** The speaker's own conduct told as lawful, commercial or defensive. */
const CLEARING = pattern(table.phrases);
/** The conflict told as internal: no one else's aggression. */
const INTERNAL = pattern(table.internal);
/** How far back the charge a rebuttal answers is looked for: its sentence and the two before. */
const RECENT_SENTENCES = 2;
/** What a rebuttal answers: a charge or a criticism. */
const CHARGES = new Set<ClaimDraft['kind']>(['ACCUSE', 'CRITICIZE']);

export function rebuttalsAsDenials(claims: ClaimDraft[], sideOf: (key: string) => string | null) {
  const copies: ClaimDraft[] = [];
  claims.forEach((c, i) => {
    if (c.kind !== 'STATE' || c.thanked) return;
    const internal = INTERNAL.test(c.allegation);
    if (!internal && !CLEARING.test(c.allegation)) return;
    const own = new Set([c.speaker, c.onBehalfOf, side(c), sideOf(c.speaker)].filter(Boolean));
    for (let j = i - 1; j >= 0 && c.sentenceIndex - claims[j]!.sentenceIndex <= RECENT_SENTENCES; j--) {
      const a = claims[j]!;
      if (!CHARGES.has(a.kind) || own.has(a.speaker) || own.has(side(a))) continue;
      // A charge against the speaker's side; a conflict called internal answers a charge against anyone.
      const against = !!a.target && (own.has(a.target) || own.has(sideOf(a.target)));
      if (!against && !(internal && a.kind === 'ACCUSE')) continue;
      c.kind = 'DENY';
      c.target = side(a);
      c.answers = j;
      c.deniesAccusation = true;
      // "⟨A⟩ and ⟨B⟩ protested that ⟨C⟩ was ...": the rebuttal answers each party that made the charge together.
      claims.forEach((b, k) => {
        if (b.kind === a.kind && b.sentenceIndex === a.sentenceIndex && b.target === a.target && side(b) !== side(a))
          copies.push({ ...c, target: side(b), answers: k, about: [...c.about] });
      });
      return;
    }
  });
  // Added after the rest, so that what the claims before answer still indexes them.
  claims.push(...copies);
}
