import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { targetsOf, type IngestDocument } from '../ingest/document.js';
import { seedDir } from '../seed.js';
import { extractor } from './index.js';
import { fold } from './text.js';
import type { Draft, ExtractInput } from './types.js';

/**
 * npm run extract:score [-- CURATED.json] [--no-held-out]
 *
 * Runs the extractor, offline, and scores its drafts against what an
 * analyst recorded:
 *
 * - the seed article's text against its curated document (or the curated
 *   document given);
 * - each article of the development corpus (tests/extract/corpus: text and
 *   gold), one row per text, then overall for the texts the rules were
 *   tuned on and for the texts held out from tuning. `--no-held-out` leaves
 *   the held-out texts unread, as while tuning.
 *
 * Claims are compared as (speaker side, kind, target) triples, where the
 * speaker side matches when the speaker or whom they spoke for does;
 * precision and recall are over the distinct triples of each side. Entity
 * recall is the share of the recorded entities the draft names. Draft keys
 * are mapped to the recorded ones first: states by key (alpha-3 codes do
 * not vary), others by key, name or alias of the same type.
 */

const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/extract/corpus');

interface Triple {
  speaker: string;
  onBehalfOf: string | null;
  kind: string;
  target: string | null;
  allegation: string;
}

/** What an analyst recorded for one text: its entities and its claims. */
export interface Reference {
  entities: { key: string; type: string; name: string; aliases: string[] }[];
  claims: { speaker: string; onBehalfOf: string | null; kind: string; targets: string[]; allegation: string }[];
}

/** One text of the development corpus, with its gold. */
export interface CorpusText {
  name: string;
  style: string;
  heldOut: boolean;
  input: ExtractInput;
  reference: Reference;
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

export function referenceOf(curated: IngestDocument): Reference {
  return {
    entities: curated.entities.map((e) => ({ key: e.key, type: e.type, name: e.name, aliases: e.aliases ?? [] })),
    claims: curated.claims.map((c) => ({
      speaker: c.speaker,
      onBehalfOf: c.onBehalfOf ?? null,
      kind: c.kind,
      targets: targetsOf(c),
      allegation: c.allegation,
    })),
  };
}

/** The recorded entity each draft key stands for, where there is one. */
function keyMap(draft: Draft, reference: Reference): Map<string, string> {
  const map = new Map<string, string>();
  const recordedKeys = new Set(reference.entities.map((e) => e.key));
  for (const e of draft.entities) {
    if (recordedKeys.has(e.key)) {
      map.set(e.key, e.key);
      continue;
    }
    if (e.type === 'State') continue;
    const names = new Set([e.name, ...e.aliases].map(fold));
    const match = reference.entities.find(
      (c) => c.type === e.type && [c.name, ...c.aliases].some((n) => names.has(fold(n))),
    );
    if (match) map.set(e.key, match.key);
  }
  return map;
}

function triples(
  claims: { speaker: string; onBehalfOf: string | null; kind: string; targets: string[]; allegation: string }[],
): Triple[] {
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

export function score(draft: Draft, reference: Reference): Score {
  const map = keyMap(draft, reference);
  const m = (k: string | null) => (k ? (map.get(k) ?? k) : null);
  const ours = triples(
    draft.claims.map((c) => ({
      ...c,
      speaker: m(c.speaker)!,
      onBehalfOf: m(c.onBehalfOf),
      targets: c.targets.map((t) => m(t)!),
    })),
  );
  const theirs = triples(reference.claims);
  const matchedDraft = ours.filter((t) => theirs.some((u) => same(t, u))).length;
  const matchedCurated = theirs.filter((u) => ours.some((t) => same(t, u))).length;
  const found = new Set(map.values());
  const byType: Score['byType'] = {};
  for (const e of reference.entities) {
    const row = (byType[e.type] ??= { found: 0, total: 0 });
    row.total += 1;
    if (found.has(e.key)) row.found += 1;
  }
  return {
    precision: ours.length ? matchedDraft / ours.length : 0,
    recall: theirs.length ? matchedCurated / theirs.length : 0,
    entityRecall: reference.entities.length ? found.size / reference.entities.length : 0,
    draftTriples: ours.length,
    curatedTriples: theirs.length,
    matchedDraft,
    matchedCurated,
    entitiesFound: found.size,
    entities: reference.entities.length,
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

function errors(s: Score): string[] {
  return [
    `Misses (${s.misses.length}): recorded claims the draft does not have`,
    ...s.misses.map((t) => `  - ${describe(t)}`),
    `False positives (${s.falsePositives.length}): draft claims not recorded`,
    ...s.falsePositives.map((t) => `  - ${describe(t)}`),
  ];
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
    ...errors(s),
  ];
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// The development corpus

interface GoldFile {
  style: string;
  heldOut?: boolean;
  publishedOn: string;
  publisher?: string;
  entities: Reference['entities'];
  claims: {
    speaker: string;
    onBehalfOf?: string | null;
    kind: string;
    target: string | string[] | null;
    where?: string;
  }[];
}

/** The corpus texts with their gold, in name order. */
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
            allegation: c.where ?? '',
          })),
        },
      };
    });
}

interface Totals {
  matchedDraft: number;
  draftTriples: number;
  matchedCurated: number;
  curatedTriples: number;
  entitiesFound: number;
  entities: number;
}

/** Micro-averages: every triple and entity of the texts counts once. */
function total(scores: Score[]): Totals {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    matchedDraft: sum((s) => s.matchedDraft),
    draftTriples: sum((s) => s.draftTriples),
    matchedCurated: sum((s) => s.matchedCurated),
    curatedTriples: sum((s) => s.curatedTriples),
    entitiesFound: sum((s) => s.entitiesFound),
    entities: sum((s) => s.entities),
  };
}

const ratio = (n: number, d: number) => `${pct(d ? n / d : 0)} (${n}/${d})`;

function row(label: string, style: string, t: Totals) {
  return `| ${label} | ${style} | ${ratio(t.matchedDraft, t.draftTriples)} | ${ratio(t.matchedCurated, t.curatedTriples)} | ${ratio(t.entitiesFound, t.entities)} |`;
}

export function formatCorpus(results: { text: CorpusText; score: Score }[]): string {
  const tuned = results.filter((r) => !r.text.heldOut);
  const heldOut = results.filter((r) => r.text.heldOut);
  const lines = [
    `Extractor scored on the development corpus (${corpusDir})`,
    '',
    '| text | style | claim precision | claim recall | entity recall |',
    '|---|---|---:|---:|---:|',
    ...results.map((r) => row(`${r.text.name}${r.text.heldOut ? ' (held out)' : ''}`, r.text.style, total([r.score]))),
    row(`**tuned on** (${tuned.length} texts)`, 'all', total(tuned.map((r) => r.score))),
    ...(heldOut.length
      ? [row(`**held out** (${heldOut.length} texts)`, 'all', total(heldOut.map((r) => r.score)))]
      : []),
    '',
  ];
  for (const r of results) lines.push(`${r.text.name}:`, ...errors(r.score).map((l) => `  ${l}`), '');
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]) {
  const args = argv.filter((a) => a !== '--');
  const withHeldOut = !args.includes('--no-held-out');
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? `${seedDir}/000_53f6e0b8b575f843.json`);
  const curated = JSON.parse(readFileSync(file, 'utf8')) as IngestDocument;
  const source = curated.sources[0]!;
  if (!source.text) throw new Error(`${file}: its first source has no text to extract from`);
  const started = performance.now();
  const draft = await extractor().extract(
    {
      text: source.text,
      title: source.title,
      publisher: source.publisher,
      publishedOn: source.publishedOn,
      url: source.url,
    },
    {},
  );
  const ms = performance.now() - started;
  process.stdout.write(formatScore(score(draft, referenceOf(curated)), file));
  process.stdout.write(
    `\nExtraction took ${ms.toFixed(0)} ms for ${source.text.length} characters (offline, first run in this process).\n\n`,
  );

  const results = [];
  for (const text of loadCorpus().filter((t) => withHeldOut || !t.heldOut)) {
    results.push({ text, score: score(await extractor().extract(text.input, {}), text.reference) });
  }
  process.stdout.write(formatCorpus(results));
  if (!withHeldOut) process.stdout.write('Held-out texts left out (--no-held-out).\n');
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('score.ts')) await main(process.argv.slice(2));
