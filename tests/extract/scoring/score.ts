import type { Draft } from '../../../src/extract/types.js';
import { keyMap } from './match.js';
import type { RecordedClaim, RecordedEntity, Reference } from './reference.js';

/**
 * A draft scored against what an analyst recorded. Claims are compared as
 * (speaker side, kind, target) triples, where the speaker side matches when
 * the speaker or whom they spoke for does; precision and recall are over
 * the distinct triples of each side. Entity recall is the share of the
 * recorded entities the draft names (transfers, resolutions and events
 * included). "About" is the share of the transfers, resolutions and events
 * a recorded claim is about that the draft's matching claims carry.
 */

export interface Triple {
  speaker: string;
  onBehalfOf: string | null;
  kind: string;
  target: string | null;
  allegation: string;
}

export interface Counts {
  matchedDraft: number;
  draftTriples: number;
  matchedCurated: number;
  curatedTriples: number;
  entitiesFound: number;
  entities: number;
  aboutFound: number;
  about: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  entityRecall: number;
  byType: Record<string, { found: number; total: number }>;
  misses: Triple[];
  falsePositives: Triple[];
  /** The recorded entities no draft entity stands for. */
  missedEntities: RecordedEntity[];
}

interface Comparable {
  speaker: string;
  onBehalfOf: string | null;
  kind: string;
  targets: string[];
  allegation: string;
}

function triples(claims: Comparable[]): Triple[] {
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

/** The recorded claim's about-entities that the draft's claims of the same triple carry. */
function aboutFound(recorded: RecordedClaim, ours: (Comparable & { about: string[] })[]): number {
  const theirs = triples([recorded]);
  const carried = new Set(
    ours.filter((c) => triples([c]).some((t) => theirs.some((u) => same(t, u)))).flatMap((c) => c.about),
  );
  return recorded.about.filter((k) => carried.has(k)).length;
}

export function score(draft: Draft, reference: Reference): Score {
  const map = keyMap(draft, reference);
  const m = (k: string | null) => (k ? (map.get(k) ?? k) : null);
  const mapped = draft.claims.map((c) => ({
    speaker: m(c.speaker)!,
    onBehalfOf: m(c.onBehalfOf),
    kind: c.kind,
    targets: c.targets.map((t) => m(t)!),
    about: c.about.map((a) => m(a)!),
    allegation: c.allegation,
  }));
  const ours = triples(mapped);
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
  const entitiesFound = reference.entities.filter((e) => found.has(e.key)).length;
  return {
    precision: ours.length ? matchedDraft / ours.length : 0,
    recall: theirs.length ? matchedCurated / theirs.length : 0,
    entityRecall: reference.entities.length ? entitiesFound / reference.entities.length : 0,
    draftTriples: ours.length,
    curatedTriples: theirs.length,
    matchedDraft,
    matchedCurated,
    entitiesFound,
    entities: reference.entities.length,
    aboutFound: reference.claims.reduce((n, c) => n + aboutFound(c, mapped), 0),
    about: reference.claims.reduce((n, c) => n + c.about.length, 0),
    byType,
    misses: theirs.filter((u) => !ours.some((t) => same(t, u))),
    falsePositives: ours.filter((t) => !theirs.some((u) => same(t, u))),
    missedEntities: reference.entities.filter((e) => !found.has(e.key)),
  };
}

/** Micro-averages: every triple and entity of the texts counts once. */
export function total(scores: Counts[]): Counts {
  const sum = (f: (s: Counts) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    matchedDraft: sum((s) => s.matchedDraft),
    draftTriples: sum((s) => s.draftTriples),
    matchedCurated: sum((s) => s.matchedCurated),
    curatedTriples: sum((s) => s.curatedTriples),
    entitiesFound: sum((s) => s.entitiesFound),
    entities: sum((s) => s.entities),
    aboutFound: sum((s) => s.aboutFound),
    about: sum((s) => s.about),
  };
}

export const precisionOf = (t: Counts) => (t.draftTriples ? t.matchedDraft / t.draftTriples : 0);
export const recallOf = (t: Counts) => (t.curatedTriples ? t.matchedCurated / t.curatedTriples : 0);
