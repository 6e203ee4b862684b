import type { Masked } from '../../masked.js';
import { intersect, type Quotation } from '../../text.js';
import type { ClaimFinder } from '../finder.js';
import type { ClaimDraft, SentenceContext } from '../types.js';

/**
 * A quotation that goes on without attribution is its last speaker's: a
 * sentence inside a quotation begun earlier, or a new quotation opening
 * the sentence right after the last one, in the same or the next
 * paragraph.
 */

export interface RunningQuote {
  quotation: Quotation;
  speakers: string[];
  /** The claims (indices into the finder's claims) its words belong to. */
  claims: number[];
}

export function continuation(finder: ClaimFinder, ctx: SentenceContext, masked: Masked) {
  const last = finder.lastQuote;
  if (!last) return;
  const units = masked.units;
  const quotation = ctx.quotations.find((q) => q.start === last.quotation.start);
  const opens = ctx.quotations.find((q) => q.start >= ctx.sentence.start && q.start <= ctx.sentence.start + 2);
  if (!quotation && !opens) return;
  const readings = finder.readStatement(masked, { start: 0, end: masked.text.length }, units, last.speakers);
  if (readings.length === 0) {
    // Nothing new said: the words join the last claim's quotation.
    const claim = finder.claims[last.claims[last.claims.length - 1]!];
    const running = (quotation ?? opens)!;
    const piece = intersect(ctx.sentence, running.inner);
    if (claim && piece) claim.quotes.push(finder.trimQuote(piece));
    last.quotation = running;
    return;
  }
  for (const r of readings) {
    const context =
      r.target !== null || r.kind === 'STATE' || r.kind === 'REPORT' || r.kind === 'CALL_FOR'
        ? []
        : r.antecedent
          ? finder.doer(last.speakers)
          : finder.recentTargets(last.speakers, ctx.sentence.index);
    finder.emitReading(
      {
        kind: r.pointsBack && !context.length ? 'STATE' : r.kind,
        speakers: last.speakers,
        targets: r.target === null ? [] : [r.target],
        targetKeys: context,
        units,
        masked,
        ctx,
        tense: 'said',
      },
      r.span,
      readings.length > 1,
    );
  }
}

/** The quotation the claims of a sentence end in, whose speaker a following sentence may go on quoting. */
export function runningQuote(finder: ClaimFinder, made: ClaimDraft[], before: number): RunningQuote | null {
  const quoted = made.map((c, i) => ({ c, i: before + i })).filter(({ c }) => c.quotes.length > 0);
  if (!quoted.length) return null;
  const last = quoted[quoted.length - 1]!;
  const q = finder.speakers.allQuotations.find((q) => intersect(q.inner, last.c.quotes[last.c.quotes.length - 1]!));
  return q ? { quotation: q, speakers: [last.c.speaker], claims: quoted.map((x) => x.i) } : null;
}
