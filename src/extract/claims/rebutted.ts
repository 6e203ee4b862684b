import type { Entities } from '../entities.js';
import { side } from './denied.js';
import type { ClaimDraft } from './types.js';

/**
 * Whom a denial answers when nothing the text drafted was aimed at the
 * denier: "Malawi does not accept this description", "rejected any
 * suggestion that its territory was used to arm rebels", "These
 * allegations are baseless". A denial always answers another party; in a
 * text about a dispute that party is the one the text sets against the
 * denier, the state it names most beside the denier's own, when one stands
 * out from the rest. Only in a government's own statement or briefing
 * (`home`, the state whose it is) and of that state's denials: a news
 * report or a debate sets many parties against each other. Run after
 * denials are answered (rules.ts), on those still aimed at no one.
 */
export function aimAtRebutted(
  claims: ClaimDraft[],
  entities: Entities,
  sideOf: (key: string) => string | null,
  home: string | undefined,
) {
  if (!home) return;
  for (const denial of claims) {
    if (denial.kind !== 'DENY' || denial.target || !denial.deniesAccusation) continue;
    // Only a government's own statement or briefing speaks against one other party: a report or a debate quotes many.
    if (![denial.speaker, denial.onBehalfOf, sideOf(denial.speaker)].includes(home)) continue;
    const own = new Set([denial.speaker, denial.onBehalfOf, side(denial), sideOf(denial.speaker)].filter(Boolean));
    denial.target = mostNamedBeside(entities, own);
  }
}

/** The state the text names most, its own side's aside, when it is named more often than the next. */
function mostNamedBeside(entities: Entities, own: Set<string | null>): string | null {
  const [first, second] = [...entities.byKey.values()]
    .filter((e) => e.type === 'State' && e.mentions.length > 0 && !own.has(e.key))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  return first && (!second || first.mentions.length > second.mentions.length) ? first.key : null;
}
