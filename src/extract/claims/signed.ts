import type { ClaimDraft } from './types.js';

/**
 * "expresses its grave concern over the Treaty ... signed by President ⟨P⟩ of ⟨A⟩ and Chairman ⟨Q⟩ of ⟨B⟩", "condemned
 * the accord concluded by ⟨P⟩": leaders sign for their states, so a criticism of what they signed, aimed at them, is
 * aimed at the states they hold office for. A person who holds no office for a state stays the target.
 */

const SIGNED_BY = /\b(?:signed|concluded|initial(?:l)?ed|ratified|agreed|struck)\b[^.;]{0,80}?\bby\b/i;

export function signatoriesAsStates(
  claims: ClaimDraft[],
  isPerson: (key: string) => boolean,
  sideOf: (key: string) => string | null,
): void {
  for (const c of claims) {
    if (c.kind !== 'CRITICIZE' || !c.target || !isPerson(c.target) || !SIGNED_BY.test(c.allegation)) continue;
    const state = sideOf(c.target);
    if (state?.startsWith('state:')) c.target = state;
  }
}
