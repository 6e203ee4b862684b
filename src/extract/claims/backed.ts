import { z } from 'zod';
import { dataTable, phraseGroup } from '../tables.js';
import { VERBS } from '../verbs.js';
import { escapeRegExp } from '../text.js';
import type { ClaimDraft } from './types.js';

/**
 * A denial told by a participle in apposition, whose speaker's words are
 * its answer: "⟨A⟩'s delegate, rejecting that account, said her delegation
 * had worked ..." denies with the words it says, pointing back at the
 * account the participle names; it is answered as a denial that names what
 * it answers is (rules.ts answerDenials). Words given after a denial
 * ("rejected the charge, saying ...") stay a position of their own.
 */

/** Denial verbs as participles hung between a speaker and the verb: "rejecting", "dismissing", "disputing". */
const DENYING = VERBS.filter((v) => v.kind === 'DENY' && v.object === 'denied' && v.participle && !v.followedBy)
  .map((v) => escapeRegExp(v.gerund))
  .join('|');

/** Nouns by which a denial points back at what another side just said: "that account", "this argument". */
const POINTED_BACK = z
  .object({ pointedBack: phraseGroup })
  .parse(dataTable('accounts.json'))
  .pointedBack.phrases.join('|');

/** ", rejecting that account, said": the participle in apposition and the noun it points back with. */
const APPOSED = new RegExp(
  String.raw`,\s+(?:${DENYING})\s+(?:that|this|these|those|such)\s+(?:[\w-]+\s+)?(${POINTED_BACK})\s*,\s+(?:[a-z]+\s+){0,3}?$`,
  'i',
);

/** Where a claim's words begin in its sentence: the first few words of the allegation, found after its start. */
function wordsAt(c: ClaimDraft, text: string): number {
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const head = c.allegation.slice(0, 24);
  const at = sentence.indexOf(head);
  return at < 0 ? -1 : c.sentence.start + at;
}

/**
 * "⟨A⟩, rejecting that account, said ...": a position whose verb a denial participle stands before is a denial
 * pointing back with the participle's noun. Read before denials are answered (rules.ts answerDenials).
 */
export function apposedDenials(claims: ClaimDraft[], text: string) {
  const told = new Set<ClaimDraft>();
  for (const c of claims) {
    if (c.kind !== 'STATE' || c.thanked) continue;
    const at = wordsAt(c, text);
    if (at < 0) continue;
    const before = text.slice(c.sentence.start, at);
    const m = APPOSED.exec(before);
    if (!m) continue;
    c.kind = 'DENY';
    c.deniesAccusation = true;
    c.denies = [];
    c.pointsAt = m[1]!.toLowerCase();
    // The participle read as a claim of its own ("rejecting that account") is this denial told twice.
    const participle = before.slice(m.index);
    for (const d of claims)
      if (d !== c && d.speaker === c.speaker && d.kind === 'DENY' && d.sentenceIndex === c.sentenceIndex)
        if (d.allegation.trim() && participle.includes(d.allegation.trim())) told.add(d);
  }
  for (let i = claims.length - 1; i >= 0; i--) if (told.has(claims[i]!)) claims.splice(i, 1);
}
