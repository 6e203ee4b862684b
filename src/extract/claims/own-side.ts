import type { Entities } from '../entities.js';
import type { ClaimDraft } from './types.js';

/** The party a key stands for: a state's armed service, ministry or embassy is the state; anything else itself. */
export function partyOf(entities: Entities, key: string): string {
  if (entities.get(key)?.type === 'State') return key;
  return entities.partOf.find((p) => p.from === key && entities.get(p.to)?.type === 'State')?.to ?? key;
}

/** The speaker, whom it speaks for, and the states they are part of: never whom their own claim is aimed at. */
export function ownSide(c: Pick<ClaimDraft, 'speaker' | 'onBehalfOf'>, entities: Entities): Set<string> {
  const own = new Set<string>();
  for (const k of [c.speaker, c.onBehalfOf]) if (k) own.add(k).add(partyOf(entities, k));
  return own;
}
