import type { Masked } from '../masked.js';
import { adversaryOf } from './conventions.js';
import { EVALUATION } from './lexicon.js';
import { CONCERN } from './own-voice.js';
import { labelEnd } from './label.js';
import type { ClaimFinder } from './finder.js';
import type { ClaimDraft, SentenceContext } from './types.js';

/**
 * Weapons another party supplied to the speaker's adversary, told in a
 * statement's or an answer's own words with no verb of accusing ("the drones
 * used against our positions include TB2s supplied to ⟨B⟩ by ⟨C⟩", "⟨C⟩
 * shipped shells to ⟨B⟩ last year"): an accusation of the supplier. Whether
 * the recipient is the adversary is known only once the text is read (the
 * party the speaker's claims hold to account most), so each is drafted at the
 * end, where its sentence's claims are. A supply to the speaker's own side,
 * or by it, accuses no one; a judgement of the supply the sentence already
 * makes of no one is aimed at the supplier instead, and a supply told with
 * words of judgement ("notes with concern that ⟨C⟩ has delivered ...") is a
 * criticism of it.
 */

export interface ToldSupply {
  ctx: SentenceContext;
  masked: Masked;
  speakers: string[];
  supplier: string;
  recipient: string;
  about: string[];
}

/** The supplies a sentence tells in the speaker's own voice, to be read once the text is read. */
export function tellSupplies(
  finder: ClaimFinder,
  ctx: SentenceContext,
  masked: Masked,
  made: ClaimDraft[],
  supplied: { supplier: string; recipient: string }[],
  about: string[],
): ToldSupply[] {
  const own = finder.ownVoice(ctx);
  if (!own.length || ctx.voice?.question || /\?\s*$/.test(ctx.sentence.text)) return [];
  const sides = new Set(finder.speakers.withSides(own));
  const sideOf = (k: string) => finder.speakers.sideOf(k) ?? k;
  const told: ToldSupply[] = [];
  for (const { supplier, recipient } of supplied) {
    const [s, r] = [sideOf(supplier), sideOf(recipient)];
    if (sides.has(s) || sides.has(r) || s === r) continue;
    const ours = made.filter((c) => own.includes(c.speaker) && c.kind !== 'STATE' && c.kind !== 'REPORT');
    if (ours.some((c) => c.target)) continue;
    if (ours.length) for (const c of ours) c.target = s;
    else told.push({ ctx, masked, speakers: own, supplier: s, recipient: r, about });
  }
  return told;
}

/** Drafts the accusations of the supplies told to the speaker's adversary, each after its sentence's claims. */
export function accuseSuppliers(finder: ClaimFinder, told: ToldSupply[]) {
  const claims = finder.claims;
  const settled = [...claims];
  for (const t of told) {
    const sentenceIndex = t.ctx.sentence.index;
    const speaker = t.speakers[0]!;
    const probe = { speaker, onBehalfOf: finder.speakers.sideOf(speaker), sentenceIndex } as ClaimDraft;
    if (adversaryOf(probe, settled) !== t.recipient) continue;
    const label = labelEnd(t.ctx, t.masked);
    const before = claims.length;
    finder.emitTold(
      {
        kind: EVALUATION.test(t.masked.text) || CONCERN.test(t.masked.text) ? 'CRITICIZE' : 'ACCUSE',
        speakers: t.speakers,
        targets: [],
        targetKeys: [t.supplier],
        masked: t.masked,
        ctx: t.ctx,
        tense: 'states',
      },
      { start: label, end: t.masked.text.length },
    );
    const made = claims.splice(before);
    for (const c of made) c.about.push(...t.about.filter((k) => !c.about.includes(k)));
    const at = claims.findLastIndex((c) => c.sentenceIndex <= sentenceIndex) + 1;
    claims.splice(at, 0, ...made);
  }
}
