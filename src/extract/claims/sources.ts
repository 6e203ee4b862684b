import { z } from 'zod';
import type { Entities, Mention } from '../entities.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import type { ClaimDraft } from './types.js';

/**
 * Research bodies and registers as speakers (sources.json): what a body that
 * studies and counts states is a finding, as a monitor's is; a finding of a
 * transfer is aimed at its supplier, except a register's, which records the
 * transfer and accuses no one.
 */

const table = z.object({ researchBodies: group, registers: group }).passthrough().parse(dataTable('sources.json'));
const words = (g: { phrases: string[] }) => new RegExp(`\\b(?:${g.phrases.join('|')})\\b`);
const RESEARCH = words(table.researchBodies);
const REGISTER = words(table.registers);

/** A body that studies and documents: a think tank by the tables, or a name of one ("... Institute", "... Observatory"). */
export function researchBody(entities: Entities, key: string): boolean {
  const record = entities.get(key);
  if (record?.type !== 'Organization') return false;
  return record.props.category === 'THINK_TANK' || RESEARCH.test(record.name);
}

/** A body that keeps a register of arms transfers. */
export function register(entities: Entities, key: string): boolean {
  const record = entities.get(key);
  return (
    record?.type === 'Organization' && (REGISTER.test(record.name) || [...record.aliases].some((a) => REGISTER.test(a)))
  );
}

/** "⟨Institute⟩ says ⟨A⟩ delivered ...": a research body's plain statement is its finding. */
export function researchFindings(made: ClaimDraft[], entities: Entities) {
  for (const c of made) if (c.kind === 'STATE' && researchBody(entities, c.speaker)) c.kind = 'REPORT';
}

/**
 * "⟨A⟩ delivered 12 fighters to ⟨B⟩, according to ⟨a panel⟩": a finding of a transfer is aimed at its supplier, who
 * did what the finding tells; a register's row ("according to ⟨SIPRI⟩") at neither end of it, as it accuses no one.
 */
export function aimFindings(
  made: ClaimDraft[],
  suppliers: Set<string>,
  parties: Set<string>,
  entities: Entities,
  sideOf: (k: string) => string | null,
) {
  if (!parties.size) return;
  const [supplier, other] = [...suppliers];
  for (const c of made) {
    if (c.kind !== 'REPORT') continue;
    const party = c.target !== null && parties.has(sideOf(c.target) ?? c.target);
    // "⟨C⟩'s President ⟨P⟩ had sent weapons to ⟨R⟩": the finding names the person who did it for the supplier.
    const agent = c.target !== null && entities.get(c.target)?.type === 'Person' && sideOf(c.target) === supplier;
    if (agent && !other) continue;
    if (register(entities, c.speaker) || !supplier || other) {
      if (party) c.target = null;
    } else if (c.target === null || party) c.target = supplier;
  }
}

/** What may stand before the party words open on: "that the", "some", a number. */
export const OPENING = /^(?:(?:that|the|some|several|two|three|four|[\d,]+)\s+)*$/i;

/**
 * The parties a finding's own words name (states and bodies), and the one they open on ("⟨Saudi⟩ border guards have
 * killed ..."); null when its words are not in its sentence.
 */
export function findingParties(c: ClaimDraft, text: string, mentions: Mention[], entities: Entities) {
  const at = text.indexOf(c.allegation, c.sentence.start);
  if (at < 0 || at >= c.sentence.end) return null;
  const inWords = mentions.filter(
    (m) => m.start >= at && m.end <= at + c.allegation.length && isActor(entities, m.key),
  );
  return { at, inWords, opening: inWords.find((m) => OPENING.test(text.slice(at, m.start))) };
}

/** A state or a body: what a finding may be aimed at. */
export function isActor(entities: Entities, key: string): boolean {
  return ['State', 'Organization'].includes(entities.get(key)?.type ?? '');
}

/** Whether a party is the finder's own side, at which its finding is never aimed. */
export function findersOwn(c: ClaimDraft, party: string, sideOf: (k: string) => string | null): boolean {
  const own = [c.speaker, c.onBehalfOf, sideOf(c.speaker)].filter(Boolean);
  return [party, sideOf(party)].some((k) => k && own.includes(k));
}

/**
 * "⟨Chinese⟩ satellites had carried out ...", "⟨Russian⟩ border guards escorted ...", "boats were delivered by ⟨Russia⟩":
 * a finding aimed at no one implicates the party its words open on (a state by its demonym), or, told in the passive,
 * the one it was done by; never the finder's own side.
 */
export function aimFindingSubjects(
  made: ClaimDraft[],
  text: string,
  mentions: Mention[],
  entities: Entities,
  sideOf: (k: string) => string | null,
) {
  for (const c of made) {
    if (c.kind !== 'REPORT' || c.target !== null || register(entities, c.speaker)) continue;
    const found = findingParties(c, text, mentions, entities);
    if (!found) continue;
    const passive = found.inWords.find((m) =>
      /\b(?:was|were|been|being)\s+(?:[a-z]+ ){0,3}?[a-z]+ed\s+by\s+(?:the\s+)?$/.test(text.slice(found.at, m.start)),
    );
    const party = found.opening ?? passive;
    if (!party || findersOwn(c, party.key, sideOf)) continue;
    c.target = party.key;
  }
}

/**
 * "⟨Russian state television⟩ reported that fighters sold by ⟨B⟩ ...": what a state's own media report another party
 * did is that state's charge, not a monitor's finding; an independent outlet's report stays a report, and so does
 * one whose words open on the outlet's own state ("⟨Algerian⟩ state media reported that the ⟨Algerian Air Force⟩ had
 * received ...").
 */
export function stateMediaCharges(
  made: ClaimDraft[],
  text: string,
  mentions: Mention[],
  entities: Entities,
  stateOf: (k: string) => string | null,
) {
  for (const c of made) {
    const record = entities.get(c.speaker);
    const state = stateOf(c.speaker);
    if (c.kind !== 'REPORT' || !c.target || record?.props.category !== 'NEWS_AGENCY' || !state) continue;
    const at = text.indexOf(c.allegation, c.sentence.start);
    const subject = at < 0 ? undefined : mentions.find((m) => m.start >= at && OPENING.test(text.slice(at, m.start)));
    if (c.target === state || (subject && (subject.key === state || stateOf(subject.key) === state))) continue;
    c.kind = 'ACCUSE';
  }
}
