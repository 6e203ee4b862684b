import { z } from 'zod';
import type { Entities, Mention } from '../entities.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { findersOwn, findingParties, isActor, OPENING, register, researchBody } from './sources.js';
import type { Masked } from '../masked.js';
import type { ClaimFinder } from './finder.js';
import type { ClaimDraft, SentenceContext } from './types.js';

/**
 * Findings of bodies that study or judge (bodies.json): a rights group, an
 * observatory, a research institute, a court or a tribunal that says, finds
 * or documents that a party did a wrong reports it, aimed at the doer; only
 * a charge in words of its own ("accused ⟨B⟩ of", "blamed ⟨B⟩ for") stays
 * the body's accusation. Those who speak for such a body (a researcher
 * quoted) judge in their own words, and keep their kinds.
 */

const table = z
  .object({
    courts: group,
    charging: group,
    own: group,
    supplied: group,
    received: group,
    announced: group,
    deciding: group,
  })
  .parse(dataTable('bodies.json'));
const COURT = new RegExp(`\\b(?:${table.courts.phrases.join('|')})\\b`);
const CHARGING = new RegExp(`\\b(?:${table.charging.phrases.join('|')})\\b`, 'i');
const OWN = new RegExp(`\\b(?:${table.own.phrases.join('|')})\\b`, 'i');

/** A court, a tribunal or an inquiry, by its name or an alias. */
export function court(entities: Entities, key: string): boolean {
  const record = entities.get(key);
  return record?.type === 'Organization' && [record.name, ...record.aliases].some((n) => COURT.test(n));
}

const DECIDING = new RegExp(`\\b(?:${table.deciding.phrases.join('|')})$`);

/** An organ that decides by a vote: the Security Council, the General Assembly. */
export function decidingOrgan(entities: Entities, key: string): boolean {
  const record = entities.get(key);
  return record?.type === 'Organization' && [record.name, ...record.aliases].some((n) => DECIDING.test(n));
}

/** A body whose plain words of a wrong are its findings: one that studies and documents, or one that judges. */
export function findingBody(entities: Entities, key: string): boolean {
  return researchBody(entities, key) || court(entities, key);
}

/** "⟨B⟩'s guards have killed hundreds of migrants, ⟨a rights group⟩ said": the group's accusation told plainly is its finding. */
export function bodiesFindings(made: ClaimDraft[], entities: Entities, text: string) {
  for (const c of made) {
    if (c.kind !== 'ACCUSE' || !findingBody(entities, c.speaker)) continue;
    if (CHARGING.test(text.slice(c.sentence.start, c.sentence.end)) || OWN.test(c.allegation)) continue;
    c.kind = 'REPORT';
  }
}

const SUPPLIED_BY = new RegExp(`\\b(?:${table.supplied.phrases.join('|')}) (?:the )?$`, 'i');
const RECEIVED = new RegExp(`\\b(?:${table.received.phrases.join('|')})\\b`, 'i');
/** Where one that-clause of a finding ends and the next begins: "..., and that ...". */
const NEXT_THAT = /,? and that /g;

/**
 * "⟨The panel⟩ reported that the army received drones from ⟨B⟩, and that the RSF has flown drones supplied by ⟨C⟩":
 * each that-clause of a finding tells its own deed, and is aimed at its own doer (the claims added are returned), the supplier of a transfer ("supplied
 * by ⟨C⟩", "received ... from ⟨B⟩") or the party the clause opens on; never the finder's own side.
 */
export function eachClauseFound(
  made: ClaimDraft[],
  text: string,
  mentions: Mention[],
  entities: Entities,
  sideOf: (k: string) => string | null,
): ClaimDraft[] {
  const added: ClaimDraft[] = [];
  for (const c of made) {
    if (c.kind !== 'REPORT' || register(entities, c.speaker)) continue;
    const at = text.indexOf(c.allegation, c.sentence.start);
    if (at < 0 || at >= c.sentence.end) continue;
    const words = c.allegation;
    const cuts = [...words.matchAll(NEXT_THAT)];
    if (!cuts.length) continue;
    const clauses = [0, ...cuts.map((m) => m.index! + m[0].length)].map((start, i) => ({
      start: at + start,
      end: at + (i < cuts.length ? cuts[i]!.index! : words.length),
    }));
    const doers = clauses.map((span) => {
      const clause = text.slice(span.start, span.end);
      const inClause = mentions.filter((m) => m.start >= span.start && m.end <= span.end && isActor(entities, m.key));
      const received = RECEIVED.test(clause);
      const supplier = inClause.find((m) => {
        const before = text.slice(span.start, m.start);
        return SUPPLIED_BY.test(before) || (received && /\bfrom (?:the )?$/i.test(before));
      });
      const opening = inClause.find((m) => OPENING.test(text.slice(span.start, m.start)));
      const doer = supplier ?? opening;
      if (!doer) return null;
      return findersOwn(c, doer.key, sideOf) ? null : doer.key;
    });
    if (doers.filter(Boolean).length < 2) continue;
    const [first, ...rest] = doers;
    if (first) c.target = first;
    c.allegation = text.slice(clauses[0]!.start, clauses[0]!.end);
    rest.forEach((doer, i) => {
      if (!doer || doer === c.target || added.some((a) => a.speaker === c.speaker && a.target === doer)) return;
      const span = clauses[i + 1]!;
      added.push({
        ...c,
        target: doer,
        allegation: text.slice(span.start, span.end),
        about: [...c.about],
        quotes: [...c.quotes],
      });
    });
  }
  return added;
}

/** Words before a party that make it where a deed went or took place, not who did it: "bound for ⟨B⟩", "delivered to ⟨B⟩". */
const PLACE_OR_RECIPIENT =
  /\b(?:bound for|destined for|headed for|to|for|in|into|inside|reaching|within)\s+(?:the )?$/i;

/**
 * "documented ⟨Iranian⟩ components in weapons bound for ⟨Yemen⟩": a finding whose words open on a party ("⟨Iranian⟩
 * components", "⟨Saudi⟩ border guards") is aimed at it, not at the place or the recipient its words name after
 * ("bound for", "in"); never at the finder's own side.
 */
export function aimAtOpening(
  made: ClaimDraft[],
  text: string,
  mentions: Mention[],
  entities: Entities,
  sideOf: (k: string) => string | null,
) {
  for (const c of made) {
    if (c.kind !== 'REPORT' || !c.target || register(entities, c.speaker)) continue;
    const found = findingParties(c, text, mentions, entities);
    const opening = found?.opening;
    const aimed = found?.inWords.find((m) => m.key === c.target);
    if (!opening || !aimed || opening.key === c.target) continue;
    if (!PLACE_OR_RECIPIENT.test(text.slice(found.at, aimed.start))) continue;
    if (findersOwn(c, opening.key, sideOf)) continue;
    c.target = opening.key;
  }
}

/** "The ⟨Secretary-General⟩ will convene ...": a sentence that opens on its subject and what it is to do. */
const ANNOUNCED = new RegExp(`^(?:the )?⟨(\\d+)⟩ (?:${table.announced.phrases.join('|')})\\b`, 'iu');

/**
 * "The Secretary-General will convene a meeting of special envoys in Doha on 1 and 2 May": in a sentence that makes
 * no other claim, what a UN official or body is to do, told as the narrative's own news, is its position (STATE),
 * aimed at no one; a state's plans told by the narrative stay the reporter's words.
 */
export function announcedActs(finder: ClaimFinder, ctx: SentenceContext, masked: Masked, made: number) {
  if (made) return;
  const m = ANNOUNCED.exec(masked.text);
  if (!m) return;
  const key = masked.units[Number(m[1])]!.mention.key;
  if (!finder.speakers.unSystem(key) || finder.entities.get(key)?.type === 'State') return;
  finder.emitTold(
    { kind: 'STATE', speakers: [key], masked, ctx, tense: 'states' },
    { start: 0, end: masked.text.replace(/[.\s]+$/, '').length },
  );
}
