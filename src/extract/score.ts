import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { targetsOf, type IngestDocument } from '../ingest/document.js';
import { seedDir } from '../seed.js';
import { extractor } from './index.js';
import { fold } from './text.js';
import type { Draft } from './types.js';

/**
 * npm run extract:score [-- CURATED.json]
 *
 * Runs the extractor, offline, on the text of a curated document's first
 * source (by default the seed article) and scores its draft against the
 * curated claims and entities:
 *
 * - claims as (speaker side, kind, target) triples, where the speaker side
 *   matches when the speaker or whom they spoke for does; precision and
 *   recall over the distinct triples of each side;
 * - entity recall: the curated entities the draft names;
 * - the misses and the false positives, listed.
 *
 * Draft keys are mapped to the curated ones first: states by key (alpha-3
 * codes do not vary), others by key, name or alias of the same type.
 */

interface Triple {
  speaker: string;
  onBehalfOf: string | null;
  kind: string;
  target: string | null;
  allegation: string;
}

export interface Score {
  precision: number;
  recall: number;
  entityRecall: number;
  draftTriples: number;
  curatedTriples: number;
  matchedDraft: number;
  matchedCurated: number;
  entitiesFound: number;
  entities: number;
  byType: Record<string, { found: number; total: number }>;
  misses: Triple[];
  falsePositives: Triple[];
}

/** The curated entity each draft key stands for, where there is one. */
function keyMap(draft: Draft, curated: IngestDocument): Map<string, string> {
  const map = new Map<string, string>();
  const curatedKeys = new Set(curated.entities.map((e) => e.key));
  for (const e of draft.entities) {
    if (curatedKeys.has(e.key)) {
      map.set(e.key, e.key);
      continue;
    }
    if (e.type === 'State') continue;
    const names = new Set([e.name, ...e.aliases].map(fold));
    const match = curated.entities.find((c) => c.type === e.type && [c.name, ...c.aliases].some((n) => names.has(fold(n))));
    if (match) map.set(e.key, match.key);
  }
  return map;
}

function triples(claims: { speaker: string; onBehalfOf: string | null; kind: string; targets: string[]; allegation: string }[]): Triple[] {
  const seen = new Map<string, Triple>();
  for (const c of claims) {
    for (const target of c.targets.length ? c.targets : [null]) {
      const t = { speaker: c.speaker, onBehalfOf: c.onBehalfOf, kind: c.kind, target, allegation: c.allegation };
      const id = JSON.stringify([t.speaker, t.onBehalfOf, t.kind, t.target]);
      if (!seen.has(id)) seen.set(id, t);
    }
  }
  return [...seen.values()];
}

function same(a: Triple, b: Triple): boolean {
  const sidesA = [a.speaker, a.onBehalfOf].filter(Boolean);
  const sidesB = [b.speaker, b.onBehalfOf].filter(Boolean);
  return a.kind === b.kind && a.target === b.target && sidesA.some((s) => sidesB.includes(s));
}

export function score(draft: Draft, curated: IngestDocument): Score {
  const map = keyMap(draft, curated);
  const m = (k: string | null) => (k ? (map.get(k) ?? k) : null);
  const ours = triples(
    draft.claims.map((c) => ({ ...c, speaker: m(c.speaker)!, onBehalfOf: m(c.onBehalfOf), targets: c.targets.map((t) => m(t)!) })),
  );
  const theirs = triples(curated.claims.map((c) => ({ ...c, onBehalfOf: c.onBehalfOf ?? null, targets: targetsOf(c) })));
  const matchedDraft = ours.filter((t) => theirs.some((u) => same(t, u))).length;
  const matchedCurated = theirs.filter((u) => ours.some((t) => same(t, u))).length;
  const found = new Set(map.values());
  const byType: Score['byType'] = {};
  for (const e of curated.entities) {
    const row = (byType[e.type] ??= { found: 0, total: 0 });
    row.total += 1;
    if (found.has(e.key)) row.found += 1;
  }
  return {
    precision: ours.length ? matchedDraft / ours.length : 0,
    recall: theirs.length ? matchedCurated / theirs.length : 0,
    entityRecall: curated.entities.length ? found.size / curated.entities.length : 0,
    draftTriples: ours.length,
    curatedTriples: theirs.length,
    matchedDraft,
    matchedCurated,
    entitiesFound: found.size,
    entities: curated.entities.length,
    byType,
    misses: theirs.filter((u) => !ours.some((t) => same(t, u))),
    falsePositives: ours.filter((t) => !theirs.some((u) => same(t, u))),
  };
}

function pct(n: number) {
  return n.toFixed(2);
}

function describe(t: Triple) {
  const side = t.onBehalfOf ? `${t.speaker} (for ${t.onBehalfOf})` : t.speaker;
  return `${side} ${t.kind} ${t.target ?? '(no target)'}: ${t.allegation.slice(0, 90)}`;
}

export function formatScore(s: Score, file: string): string {
  const lines = [
    `Extractor scored against ${file}`,
    '',
    '| measure | value | target |',
    '|---|---:|---|',
    `| claim precision (speaker side, kind, target) | ${pct(s.precision)} (${s.matchedDraft}/${s.draftTriples}) | ≥ 0.80 ${s.precision >= 0.8 ? 'met' : 'missed'} |`,
    `| claim recall | ${pct(s.recall)} (${s.matchedCurated}/${s.curatedTriples}) | ≥ 0.70 ${s.recall >= 0.7 ? 'met' : 'missed'} |`,
    `| entity recall | ${pct(s.entityRecall)} (${s.entitiesFound}/${s.entities}) | |`,
    ...Object.entries(s.byType).map(([type, r]) => `| entity recall: ${type} | ${r.found}/${r.total} | |`),
    '',
    `Misses (${s.misses.length}): curated claims the draft does not have`,
    ...s.misses.map((t) => `  - ${describe(t)}`),
    '',
    `False positives (${s.falsePositives.length}): draft claims the curated document does not have`,
    ...s.falsePositives.map((t) => `  - ${describe(t)}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]) {
  const file = resolve(argv.find((a) => a !== '--') ?? `${seedDir}/000_53f6e0b8b575f843.json`);
  const curated = JSON.parse(readFileSync(file, 'utf8')) as IngestDocument;
  const source = curated.sources[0]!;
  if (!source.text) throw new Error(`${file}: its first source has no text to extract from`);
  const started = performance.now();
  const draft = await extractor().extract(
    { text: source.text, title: source.title, publisher: source.publisher, publishedOn: source.publishedOn, url: source.url },
    {},
  );
  const ms = performance.now() - started;
  process.stdout.write(formatScore(score(draft, curated), file));
  process.stdout.write(`\nExtraction took ${ms.toFixed(0)} ms for ${source.text.length} characters (offline, first run in this process).\n`);
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('score.ts')) await main(process.argv.slice(2));
