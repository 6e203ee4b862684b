import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { LIST, listUnits, type Masked } from '../masked.js';
import { dataTable } from '../tables.js';
import type { ClaimDraft } from './types.js';

/**
 * A decision, words or conduct named as a party's and judged (owned.json): "We consider the decision of ⟨B⟩ ... a
 * hostile step", "The statements of the leaders of ⟨B⟩ and ⟨C⟩ ... are unacceptable", "⟨B⟩'s conduct was reckless".
 * The party whose act it is is whom the criticism is aimed at, whatever the act was, so that a verdict on it needs no
 * row of the acts told before (acts.ts).
 */

const table = z
  .object({ note: z.string(), acts: z.array(z.string()).min(1), holders: z.array(z.string()).min(1) })
  .parse(dataTable('owned.json'));

const ACTS = table.acts.join('|');
const HOLDERS = table.holders.join('|');

/** "the decision of (the leaders of) ⟨B⟩ (and ⟨C⟩)", "the steps taken by ⟨B⟩": group 1 the parties listed. */
const OF_PARTY = new RegExp(
  String.raw`\b(?:the|these|those|such|recent|latest) (?:[a-z-]+ ){0,2}?(?:${ACTS}) (?:(?:taken |made |adopted |announced )?by|of) (?:the )?(?:(?:${HOLDERS}) of (?:the )?)?(${LIST})`,
  'g',
);

/** "⟨B⟩'s decision", "⟨B⟩'s reckless conduct": group 1 the party. */
const PARTY_S = new RegExp(String.raw`⟨(\d+)⟩[’']s (?:[a-z-]+ ){0,2}?(?:${ACTS})\b`, 'g');

/**
 * Aims each criticism made in a sentence that names no one at the parties whose decision, words or conduct the
 * sentence judges, when it names such an act of parties other than the critic's own side: one claim per party.
 */
export function aimAtOwners(
  claims: ClaimDraft[],
  before: number,
  masked: Masked,
  entities: Entities,
  sidesOf: (speakers: string[]) => string[],
): void {
  const made = claims.slice(before);
  if (!made.some((c) => c.kind === 'CRITICIZE' && !c.target)) return;
  const owners: string[] = [];
  const add = (n: number) => {
    const key = masked.units[n]?.mention.key;
    if (key && isActorType(entities.get(key)?.type) && !owners.includes(key)) owners.push(key);
  };
  for (const m of masked.text.matchAll(OF_PARTY)) for (const n of listUnits(m[1]!)) add(n);
  for (const m of masked.text.matchAll(PARTY_S)) add(Number(m[1]));
  if (!owners.length) return;
  const kept: ClaimDraft[] = [];
  for (const c of made) {
    const own = new Set([c.speaker, ...sidesOf([c.speaker]), ...(c.onBehalfOf ? [c.onBehalfOf] : [])]);
    const aimed = owners.filter((k) => !own.has(k) && !sidesOf([k]).some((s) => own.has(s)));
    // A party that speaks in the sentence ("⟨B⟩, who called ...") is not judged by its own words.
    if (c.kind !== 'CRITICIZE' || c.target || aimed.length !== owners.length) kept.push(c);
    else for (const target of aimed) kept.push({ ...c, target });
  }
  claims.splice(before, made.length, ...kept);
}
