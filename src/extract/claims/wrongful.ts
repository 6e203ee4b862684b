import { z } from 'zod';
import type { Entities } from '../entities.js';
import { listUnits, type Unit } from '../masked.js';
import type { Span } from '../types.js';
import { dataTable } from '../tables.js';
import { firstEntity } from './referents.js';
import type { Reading } from './types.js';

/**
 * An act told as done wrongly by its adverb (wrongful.json): "from which ⟨A⟩ was removed unjustly", "our trucks were
 * arbitrarily stopped by ⟨B⟩". The adverb judges the act, so the act's doer is criticised even when the act itself is
 * no wrong. Only the passive is read here: "⟨B⟩ unlawfully seized ..." tells a wrong, read as one by said.ts and
 * hostile.ts. The doer is the party after "by"; with no "by", the party the
 * clause names before it besides the one the act was done to ("We expect our partner ⟨B⟩ to ..., from which ⟨A⟩ was
 * removed unjustly"). The speaker's own side is never the doer.
 */

const table = z.object({ note: z.string(), adverbs: z.array(z.string()).min(1) }).parse(dataTable('wrongful.json'));

const ADVERB = `(?:${table.adverbs.join('|')})`;
const PASSIVE_AUX = String.raw`(?:was|were|is|are|been|being)`;
/** "was removed unjustly", "were arbitrarily expelled", "had been unlawfully detained by ⟨B⟩". */
const PASSIVE = new RegExp(
  String.raw`(?:(⟨\d+⟩)(?:[’']s)? (?:[\w-]+ ){0,2}?)?\b${PASSIVE_AUX} (?:${ADVERB} [a-z]+(?:ed|en)\b|[a-z]+(?:ed|en) ${ADVERB})(?:[^,;⟨]{0,80}? by (?:the )?(?:[\w-]+ ){0,3}?(?:of (?:the )?)?⟨(\d+)⟩)?`,
  'i',
);

export function readWrongful(
  entities: Entities,
  words: string,
  units: Unit[],
  own: Set<string | null>,
  span: Span,
  made: Reading[],
): Reading[] {
  const isOwn = (t: number) => own.has(units[t]!.mention.key);
  let doer: number | null = null;
  const passive = PASSIVE.exec(words);
  if (passive?.[2]) doer = Number(passive[2]);
  else if (passive) {
    const patient = passive[1] ? listUnits(passive[1])[0]! : null;
    const kept = [...own, patient === null ? null : units[patient]!.mention.key].filter((k): k is string => !!k);
    // The party a relative clause hangs on comes before it; one named after is where the act was done or who gains.
    doer = firstEntity(entities, words.slice(0, passive.index), units, kept, true);
  }
  if (doer === null || isOwn(doer)) return [];
  const judged = made.some((r) => r.target === doer && ['ACCUSE', 'CRITICIZE', 'DENY'].includes(r.kind));
  return judged ? [] : [{ kind: 'CRITICIZE', target: doer, span }];
}
