import { z } from 'zod';
import type { Entities } from '../entities.js';
import type { Unit } from '../masked.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { firstEntity } from './referents.js';
import { AMENDS_AWAITED } from './consequences.js';
import type { ClaimDraft } from './types.js';

/**
 * A protest the speaker's side tells of making, with no verb of criticising
 * (protested.json): "We have conveyed our concerns to the ⟨Chinese⟩ side",
 * "has raised its concerns directly with the Government of ⟨B⟩", "We have
 * protested each of these intrusions", "The Ambassador of ⟨B⟩ ... was handed
 * a note of protest". A criticism of the party protested to: the one the
 * words name (the state an envoy or an embassy serves), else, when they name
 * it by a word ("his counterpart") or not at all, whom the speaker's claims
 * before were aimed at. Read by said.ts only in a speaker's words.
 */

const table = z
  .object({
    note: z.string(),
    conveyed: group.extend({ to: z.string(), counterparts: z.array(z.string()).min(1) }),
    madeTo: group,
    protested: group,
    handed: group,
  })
  .parse(dataTable('protested.json'));

const CONVEYED = `(?:${table.conveyed.phrases.join('|')})${table.conveyed.to}`;
/** "conveyed our concerns to the ⟨Chinese⟩ side": the party a few words after "to" or "with". */
const CONVEYED_TO = new RegExp(String.raw`\b${CONVEYED}(?:[\w-]+ ){0,3}?⟨(\d+)⟩`, 'iu');
/** "raised the matter with his counterpart": a party named by a word, left to the claims before. */
const CONVEYED_TO_ROLE = new RegExp(String.raw`\b${CONVEYED}(?:${table.conveyed.counterparts.join('|')})\b`, 'iu');
/** "had protested to ⟨Seoul⟩", "has complained to ⟨B⟩": the party a few words after "to" or "with". */
const MADE_TO = new RegExp(
  String.raw`\b(?:${table.madeTo.phrases.join('|')})${table.conveyed.to}(?:[\w-]+ ){0,3}?⟨(\d+)⟩`,
  'iu',
);
const PROTESTED = new RegExp(`(?:${table.protested.phrases.join('|')})`, 'iu');
const HANDED = new RegExp(String.raw`\b(?:${table.handed.phrases.join('|')})`, 'iu');

/** The side a party protested to stands for: the state its envoy, embassy or ministry serves. */
type SideOf = (key: string) => string | null;

/**
 * A protest told in the words: the key of the side protested to, null when the words leave it to the claims before,
 * undefined when the words tell of no protest. The speaker's own side is never protested to.
 */
export function protestedTo(
  entities: Entities,
  sideOf: SideOf,
  words: string,
  units: Unit[],
  own: Set<unknown>,
  unSystem: (key: string) => boolean,
): string | null | undefined {
  const sideKey = (unit: number) => {
    const key = units[unit]!.mention.key;
    return sideOf(key) ?? key;
  };
  const foreign = (key: string) => !own.has(key) && !unSystem(key);
  const madeTo = MADE_TO.exec(words);
  if (madeTo) {
    const { key, form, phrase } = units[Number(madeTo[1])]!.mention;
    // "had protested to ⟨Seoul⟩": a capital protested to is its government. A body protested to ("to the ⟨Government
    // of B⟩") is left unread: what the protest was about, told before, is what a reader holds it against.
    if (phrase || (form !== 'name' && form !== 'capital')) return undefined;
    const state = entities.get(key)?.type === 'State' ? key : entities.governmentSeatedIn(key);
    return state !== null && foreign(state) ? state : undefined;
  }
  const named = CONVEYED_TO.exec(words);
  if (named) {
    const key = sideKey(Number(named[1]));
    return foreign(key) ? key : undefined;
  }
  if (CONVEYED_TO_ROLE.test(words) || PROTESTED.test(words)) return null;
  const handed = HANDED.exec(words);
  if (handed) {
    const envoy = firstEntity(entities, words.slice(0, handed.index), units);
    const key = envoy === null ? null : sideKey(envoy);
    return key === null ? null : foreign(key) ? key : undefined;
  }
  return undefined;
}

/**
 * "had lodged a protest with ⟨B⟩ and asked for steps to prevent a recurrence", "protested to ⟨B⟩ and demanded an
 * apology": amends asked in the words of a protest are a demand of the party protested to, besides the criticism.
 */
export function demandsWithProtests(claims: ClaimDraft[]) {
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (c.kind !== 'CRITICIZE' || !c.target || !AMENDS_AWAITED.test(c.allegation)) continue;
    const asked = claims.some(
      (d) =>
        d.kind === 'DEMAND' && d.speaker === c.speaker && d.target === c.target && d.sentenceIndex === c.sentenceIndex,
    );
    if (!asked) claims.splice(i + 1, 0, { ...c, kind: 'DEMAND', about: [...c.about], quotes: [...c.quotes] });
  }
}
