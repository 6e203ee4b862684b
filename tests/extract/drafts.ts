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
