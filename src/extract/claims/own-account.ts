import { side } from './denied.js';
import type { ClaimDraft } from './types.js';

/**
 * "The Embassy of ⟨B⟩ has described these facts as groundless": in a government's own statement, what another party
 * is told to deny, naming no accuser and answering no claim the text drafts, is the statement's own account; the
 * denial answers the government whose statement it is. Only in a statement (a briefing's or a debate's denials answer
 * the questions and the speakers around them), and only denials of a party not of the government's side. Run after
 * denials are answered (rules.ts), on those still aimed at no one.
 */
export function aimAtOwnAccount(
  claims: ClaimDraft[],
  sideOf: (key: string) => string | null,
  home: string | undefined,
  statement: boolean,
) {
  if (!home || !statement) return;
  for (const denial of claims) {
    if (denial.kind !== 'DENY' || denial.target || !denial.deniesAccusation || denial.answers !== null) continue;
    if ([denial.speaker, denial.onBehalfOf, side(denial), sideOf(denial.speaker)].includes(home)) continue;
    denial.target = home;
  }
}
