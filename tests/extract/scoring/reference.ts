import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { targetsOf, type IngestDocument } from '../../../src/ingest/document.js';
import type { ExtractInput } from '../../../src/extract/types.js';

/**
 * What an analyst recorded for a text, the thing a draft is scored
 * against: the entities the text names (with, for a transfer, its supplier,
 * recipient and weapon; for an event, its category and date) and the
 * claims, each as speaker, side, kind, targets and what it is about.
 * Read from a curated ingest document (the seed) or from a corpus text's
 * gold file (tests/extract/corpus/README.md describes the format).
 */

export interface RecordedEntity {
  key: string;
  type: string;
  name: string;
  aliases: string[];
  /** A transfer's ends and weapon, as keys of recorded entities. */
  supplier?: string | null;
  recipient?: string | null;
  weapon?: string | null;
  /** An event's category and date (ISO at its precision). */
  category?: string | null;
  date?: string | null;
}

export interface RecordedClaim {
  speaker: string;
  onBehalfOf: string | null;
  kind: string;
  targets: string[];
  /** The transfers, resolutions and events it is about. */
  about: string[];
  allegation: string;
}

export interface Reference {
  entities: RecordedEntity[];
  claims: RecordedClaim[];
}

/** The corpus the extractor is measured on: texts written for the project, with their gold. */
export const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../corpus');

/** One text of the corpus with its gold. */
export interface CorpusText {
  name: string;
  style: string;
  heldOut: boolean;
  input: ExtractInput;
  reference: Reference;
}

/** The types a claim's `about` is scored on: what the extractor drafts beyond actors. */
export const ABOUT_TYPES = new Set(['WeaponsTransfer', 'Resolution', 'Event']);

/** The reference a curated ingest document makes: its transfers' ends from its relationships. */
export function referenceOf(curated: IngestDocument): Reference {
  const end = (from: string, type: string) =>
    curated.relationships.find((r) => r.from === from && r.type === type)?.to ?? null;
  const types = new Map(curated.entities.map((e) => [e.key, e.type]));
  return {
    entities: curated.entities.map((e) => {
      const props = e as Record<string, unknown>;
      return {
        key: e.key,
        type: e.type,
        name: e.name,
        aliases: e.aliases ?? [],
        ...(e.type === 'WeaponsTransfer'
          ? {
              supplier: end(e.key, 'SUPPLIED_BY'),
              recipient: end(e.key, 'RECEIVED_BY'),
              weapon: end(e.key, 'OF_WEAPON'),
            }
          : {}),
        ...(e.type === 'Event'
          ? { category: (props.category as string) ?? null, date: (props.date as string) ?? null }
          : {}),
      };
    }),
    claims: curated.claims.map((c) => ({
      speaker: c.speaker,
      onBehalfOf: c.onBehalfOf ?? null,
      kind: c.kind,
      targets: targetsOf(c),
      about: (c.about ?? []).filter((k) => ABOUT_TYPES.has(types.get(k) ?? '')),
      allegation: c.allegation,
    })),
  };
}

interface GoldFile {
  style: string;
  heldOut?: boolean;
  publishedOn: string;
  publisher?: string;
  entities: (Omit<RecordedEntity, 'aliases'> & { aliases?: string[] })[];
  claims: {
    speaker: string;
    onBehalfOf?: string | null;
    kind: string;
    target: string | string[] | null;
    about?: string[];
    where?: string;
  }[];
}

/** The texts of a corpus folder with their gold, in name order. */
export function loadCorpus(dir = corpusDir): CorpusText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.gold.json');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      return {
        name,
        style: gold.style,
        heldOut: gold.heldOut === true,
        input: { text, publishedOn: gold.publishedOn, publisher: gold.publisher ?? null },
        reference: {
          entities: gold.entities.map((e) => ({ ...e, aliases: e.aliases ?? [] })),
          claims: gold.claims.map((c) => ({
            speaker: c.speaker,
            onBehalfOf: c.onBehalfOf ?? null,
            kind: c.kind,
            targets: c.target == null ? [] : typeof c.target === 'string' ? [c.target] : c.target,
            about: c.about ?? [],
            allegation: c.where ?? '',
          })),
        },
      };
    });
}
