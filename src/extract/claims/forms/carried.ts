import type { Masked } from '../../masked.js';
import { briefers } from '../briefed.js';
import type { ClaimFinder } from '../finder.js';
import type { SentenceContext } from '../types.js';

/**
 * UN meetings coverage carries a briefer's account on without attribution: "Briefing the Council, Force Commander
 * ⟨X⟩ said the ⟨Lebanese Armed Forces⟩ had taken over 38 positions. ⟨Israeli⟩ forces, however, remained at five
 * hilltop positions inside ⟨Lebanese⟩ territory." A sentence with no speaker of its own, in the same paragraph right
 * after one whose claims are all a UN briefer's or a monitor's, is still that speaker's account; only a party's act
 * it tells is drafted, as a finding aimed at the doer (briefed.ts). Anything else it says stays the narration's.
 */
export function carriedBriefing(finder: ClaimFinder, ctx: SentenceContext, masked: Masked) {
  const { sentence } = ctx;
  const last = finder.claims.filter((c) => c.sentenceIndex === sentence.index - 1);
  if (!last.length || ctx.quotations.some((q) => q.start < sentence.end && q.end > sentence.start)) return;
  // A blank line between them: a new paragraph, which names its own speaker.
  if (/\n\s*\n/.test(finder.text.slice(last[0]!.sentence.end, sentence.start))) return;
  const speakers = [...new Set(last.map((c) => c.speaker))];
  if (speakers.length !== 1 || !briefers(finder.speakers, speakers)) return;
  const units = masked.units;
  // Only the doer of an act, which briefed.ts gives by its key: a finding the sentence aims at whom it names first
  // ("violations of ⟨Lebanese⟩ airspace") may name the victim.
  const readings = finder
    .readStatement(masked, { start: 0, end: masked.text.length }, units, speakers)
    .filter((r) => r.kind === 'REPORT' && r.target === null && r.targetKeys?.length);
  for (const r of readings)
    finder.emitReading(
      { kind: 'REPORT', speakers, targetKeys: r.targetKeys ?? [], masked, ctx, tense: 'said' },
      r.span,
      readings.length > 1,
    );
}
