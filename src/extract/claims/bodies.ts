import { z } from 'zod';
import type { Entities } from '../entities.js';
import { dataTable, phraseGroup as group } from '../tables.js';
import { researchBody } from './sources.js';
import type { ClaimDraft } from './types.js';

/**
 * Findings of bodies that study or judge (bodies.json): a rights group, an
 * observatory, a research institute, a court or a tribunal that says, finds
 * or documents that a party did a wrong reports it, aimed at the doer; only
 * a charge in words of its own ("accused ⟨B⟩ of", "blamed ⟨B⟩ for") stays
 * the body's accusation. Those who speak for such a body (a researcher
 * quoted) judge in their own words, and keep their kinds.
 */

const table = z.object({ courts: group, charging: group, own: group }).parse(dataTable('bodies.json'));
const COURT = new RegExp(`\\b(?:${table.courts.phrases.join('|')})\\b`);
const CHARGING = new RegExp(`\\b(?:${table.charging.phrases.join('|')})\\b`, 'i');
const OWN = new RegExp(`\\b(?:${table.own.phrases.join('|')})\\b`, 'i');

/** A court, a tribunal or an inquiry, by its name or an alias. */
export function court(entities: Entities, key: string): boolean {
  const record = entities.get(key);
  return record?.type === 'Organization' && [record.name, ...record.aliases].some((n) => COURT.test(n));
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
