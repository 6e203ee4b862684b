import { z } from 'zod';
import { isActorType } from '../../domain/index.js';
import type { Entities } from '../entities.js';
import { dataTable, phraseGroup } from '../tables.js';
import type { Span } from '../types.js';
import { ownSide } from './own-side.js';

/**
 * The two parties of a conflict a text names (warring.json): "fighting between ⟨Myanmar's army⟩ and ⟨the Arakan
 * Army⟩", "the war between ⟨A⟩ and ⟨B⟩", "⟨A⟩ and ⟨B⟩ have been fighting since April". A demand of "both sides",
 * "both parties", "the two sides" or "the warring parties" in such a text asks something of those two, not of the
 * states the text names most (the one whose border the fighting spills over, the one accused of arming a side).
 */

const table = z
  .object({ note: z.string(), conflict: phraseGroup, fighting: phraseGroup, warring: phraseGroup, calm: phraseGroup })
  .parse(dataTable('warring.json'));

/** "fighting between (the)": a conflict's two parties follow. */
const BETWEEN = new RegExp(String.raw`\b(?:${table.conflict.phrases.join('|')}) between (?:the )?$`, 'i');
/** "⟨A⟩ and ⟨B⟩ have been fighting": two parties named together as at war. */
const FIGHTING = new RegExp(String.raw`^,? (?:${table.fighting.phrases.join('|')})\b`, 'i');
/** What joins the two names: "⟨A⟩ and ⟨B⟩", "⟨A⟩ and the ⟨B⟩". */
const AND = /^,?\s+and\s+(?:the\s+)?$/i;
/** "the warring parties to cease hostilities": the parties of a conflict, opening the words asked of them. */
export const WARRING = new RegExp(String.raw`^(?:${table.warring.phrases.join('|')})\b`, 'i');

/** A text about a war: "the warring parties", "the war in ⟨A⟩", "the fighting". */
const AT_WAR = new RegExp(String.raw`\b(?:${[...table.warring.phrases, ...table.conflict.phrases].join('|')})\b`, 'i');

/** An army, an armed service or an armed group: what may fight on one side of a war. */
const armed = (entities: Entities, key: string) =>
  ['MILITARY', 'ARMED_GROUP'].includes(String(entities.get(key)?.props.category ?? ''));

/** Each actor the text names (no person: persons fight for a party), where, in order, overlapping names dropped. */
function namesIn(entities: Entities): (Span & { key: string })[] {
  const names: (Span & { key: string })[] = [];
  for (const record of entities.byKey.values())
    if (isActorType(record.type) && record.type !== 'Person')
      for (const m of record.mentions) names.push({ key: record.key, start: m.start, end: m.end });
  return names
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((n, i, all) => i === 0 || n.start >= all[i - 1]!.end);
}

/**
 * The two parties the text names as at war with each other, the last so named before `end` (else the first after
 * it), neither of them the speaker's own side; null when the text names no conflict's two parties.
 */
export function warringParties(text: string, entities: Entities, end: number, own: string[]): string[] | null {
  const names = namesIn(entities);
  // Each two actors named one after the other with "and" between, neither of the speaker's side, that pass `test`.
  const joined = (test: (a: Span & { key: string }, b: Span & { key: string }) => boolean) =>
    names.slice(0, -1).flatMap((a, i) => {
      const b = names[i + 1]!;
      const pair =
        a.key !== b.key && AND.test(text.slice(a.end, b.start)) && !own.includes(a.key) && !own.includes(b.key);
      return pair && test(a, b) ? [{ keys: [a.key, b.key], at: a.start }] : [];
    });
  let pairs = joined(
    (a, b) =>
      BETWEEN.test(text.slice(Math.max(0, a.start - 40), a.start)) || FIGHTING.test(text.slice(b.end, b.end + 40)),
  );
  // "the warring parties in the Sudan ... the ⟨Sudanese Armed Forces⟩ and the ⟨Rapid Support Forces⟩": in a text about
  // a war, two armed forces named together are its two sides.
  if (!pairs.length && AT_WAR.test(text)) pairs = joined((a, b) => armed(entities, a.key) && armed(entities, b.key));
  return (pairs.filter((p) => p.at < end).at(-1) ?? pairs[0])?.keys ?? null;
}

/** An act asked for that only keeps things calm ("to exercise restraint", "to refrain from ..."). */
const CALM_ACT = new RegExp(String.raw`^(?:${table.calm.phrases.join('|')})\b`, 'i');

/**
 * "both sides to exercise restraint", "both governments to show restraint and to refrain from inflammatory
 * statements": a demand that asks only for calm, of everyone at once, aimed at neither party; "both sides to exercise
 * restraint and to allow an independent inquiry" asks each for something more.
 */
export function onlyCalm(words: string): boolean {
  const asked = /\b(?:to|should|must|will|would)\s+(.*)$/is.exec(words)?.[1] ?? words;
  const acts = asked.split(/,?\s+and\s+(?:to\s+)?|,\s+(?:to\s+)?|;\s+/).filter((a) => a.trim());
  return acts.length > 0 && acts.every((a) => CALM_ACT.test(a.trim()));
}

/** "both governments", "the two neighbours", "both member states": parties that are states, which an armed group fighting one is not. */
export const STATES_ONLY =
  /^(?:both|the two) (?:governments|countries|neighbou?rs|(?:member )?states|capitals|nations)\b/i;

/**
 * The two parties of the conflict the text names that a demand of "both sides" (or "the warring parties") opening its
 * words asks something of: null when the text names none, or when the words name states ("both governments") and a
 * party of the conflict is not one.
 */
export function demandOfWarring(
  c: { allegation: string; speaker: string; onBehalfOf: string | null; sentence: Span },
  text: string,
  entities: Entities,
): string[] | null {
  const two = warringParties(text, entities, c.sentence.end, [...ownSide(c, entities)]);
  if (!two) return null;
  if (STATES_ONLY.test(c.allegation) && two.some((k) => entities.get(k)?.type !== 'State')) return null;
  return two;
}
