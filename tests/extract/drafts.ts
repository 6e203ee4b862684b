import { expect } from 'vitest';
import { parseDocument } from '../../src/ingest/document.js';
import { RulesExtractor } from '../../src/extract/rules.js';
import type { Draft } from '../../src/extract/types.js';

/** Drafts of the rule-based extractor, offline, each checked with ingest's own validation. */

const extractor = new RulesExtractor();

export async function extract(
  text: string,
  publishedOn = '2024-07-03',
  publisher?: string,
  title?: string,
): Promise<Draft> {
  const draft = await extractor.extract({ text, publishedOn, publisher, title }, {});
  const parsed = parseDocument(draft.document);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  return draft;
}

/** Claims as "speaker KIND target" lines, the way a reviewer reads them. */
export function lines(draft: Draft): string[] {
  return draft.claims.map((c) => `${c.speaker} ${c.kind} ${c.targets.join(',') || '-'}`);
}

export function claim(draft: Draft, speaker: string, kind: string, target?: string) {
  const found = draft.claims.find(
    (c) => c.speaker === speaker && c.kind === kind && (target === undefined || c.targets.includes(target)),
  );
  expect(found, `${speaker} ${kind} ${target ?? ''} in:\n${lines(draft).join('\n')}`).toBeDefined();
  return found!;
}

/** A draft's ingest document, with the fields the entity tests read. */
export type DraftDocument = {
  entities: Record<string, unknown>[];
  relationships: { type: string; from: string; to: string }[];
};
export const documentOf = (draft: Draft) => draft.document as DraftDocument;

/** Each drafted event as "CATEGORY date" ("-" when undated), sorted. */
export function events(draft: Draft): string[] {
  return documentOf(draft)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => `${e.category as string} ${(e.date as string | undefined) ?? '-'}`)
    .sort();
}

/** Each drafted transfer as "supplier > recipient: weapon" ("supplier > recipient" without the weapon), sorted. */
export function transfers(draft: Draft, { weapon = true } = {}): string[] {
  const { entities, relationships } = documentOf(draft);
  const end = (key: string, type: string) => relationships.find((r) => r.from === key && r.type === type)?.to ?? '-';
  return entities
    .filter((e) => e.type === 'WeaponsTransfer')
    .map((e) => {
      const key = e.key as string;
      const parties = `${end(key, 'SUPPLIED_BY')} > ${end(key, 'RECEIVED_BY')}`;
      return weapon ? `${parties}: ${end(key, 'OF_WEAPON')}` : parties;
    })
    .sort();
}

/** The names of the drafted weapon systems, sorted. */
export const systems = (draft: Draft): string[] =>
  documentOf(draft)
    .entities.filter((e) => e.type === 'WeaponSystem')
    .map((e) => e.name as string)
    .sort();

type Organization = { key: string; name: string; aliases: string[] };

/** The drafted organization known by a name or an alias. */
export const organizationNamed = (draft: Draft, name: string) =>
  (documentOf(draft).entities.filter((e) => e.type === 'Organization') as unknown as Organization[]).find((o) =>
    [o.name, ...o.aliases].includes(name),
  );

/** What a drafted entity is PART_OF (an organ's state). */
export const partOf = (draft: Draft, key: string | undefined): string[] =>
  documentOf(draft)
    .relationships.filter((r) => r.from === key && r.type === 'PART_OF')
    .map((r) => r.to);
