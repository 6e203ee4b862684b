import { fuzzy } from 'fast-fuzzy';
import type { EntityType } from '../domain/index.js';
import type { Graph } from '../neo4j/graph.js';
import { descriptionStems, resolutionNumber } from './drafted/resolutions.js';
import { fold } from './text.js';
import type { GroundedEntity, Grounding, GroundingCandidate, HeldAccusation } from './types.js';

/**
 * Grounding in the graph: each entity the extractor found is looked up in
 * one statement (cypher/extract/ground.cypher) by its key, and by its names
 * through the full-text index, close spellings included; then, here, the
 * graph's entity of the same type with the same key, the same name or alias,
 * or failing that a spelling close enough ("Vasily Nebenzya" for "Vassily
 * Nebenzia"), is the one the mention means.
 */

/** How alike two names must be (fast-fuzzy's Damerau-Levenshtein score, 0-1) to be one entity's. */
export const CLOSE_SPELLING = 0.85;

/**
 * Types whose names are spelt many ways. Not organizations: "Ministry of
 * Foreign Affairs of Lithuania" and "... of Slovakia" are close spellings
 * of two bodies. States have codes and gazetteer names.
 */
const FUZZY_TYPES = new Set<EntityType>(['Person', 'Place']);

function luceneFor(names: string[]): string | null {
  const words = [...new Set(names.flatMap((n) => n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))].slice(0, 12);
  if (words.length === 0) return null;
  // Exact words, and for longer ones the spellings within two edits.
  return words.map((w) => (w.length >= 4 ? `${w} OR ${w}~` : w)).join(' OR ');
}

export function similarity(a: string, b: string): number {
  return fuzzy(fold(a), fold(b), { useSellers: false });
}

export class GraphGrounding implements Grounding {
  constructor(private readonly graph: Graph) {}

  async ground(candidates: GroundingCandidate[]): Promise<Map<string, GroundedEntity>> {
    const rows = candidates.flatMap((c, id) => {
      const lucene = luceneFor(c.names);
      return lucene ? [{ id, key: c.key, lucene }] : [];
    });
    const found = new Map<string, GroundedEntity>();
    if (rows.length === 0) return found;
    const result = await this.graph.read('extract/ground', { candidates: rows });
    for (const row of result) {
      const candidate = candidates[row.id as number]!;
      const choice = choose(candidate, row.same as GroundedEntity | null, row.hits as GroundedEntity[]);
      if (choice) found.set(candidate.key, choice);
    }
    return found;
  }

  async accusationsAgainst(keys: string[]): Promise<Map<string, HeldAccusation>> {
    if (keys.length === 0) return new Map();
    const rows = await this.graph.read('extract/accusations-against', { keys });
    return new Map(rows.filter((r) => r.latest).map((r) => [r.key as string, r.latest as HeldAccusation]));
  }
}

/** The graph entity a candidate names: same key, then same name or alias, then the closest spelling. */
export function choose(
  candidate: GroundingCandidate,
  same: GroundedEntity | null,
  hits: GroundedEntity[],
): GroundedEntity | null {
  if (same && same.type === candidate.type) return same;
  // A transfer an article alleges stays its own node, beside any the graph holds from a dataset.
  if (candidate.type === 'WeaponsTransfer') return null;
  const ofType = hits.filter((h) => h.type === candidate.type);
  if (candidate.type === 'Resolution') {
    // "resolution 1718" is S/RES/1718 (2006); "the draft renewing the panel" is the one whose name or title says so.
    const number = resolutionNumber({ key: candidate.key });
    const byNumber = number
      ? ofType.find((h) => resolutionNumber(h) === number || resolutionNumber({ key: h.key }) === number)
      : undefined;
    if (byNumber) return byNumber;
    const stems = descriptionStems(candidate.names[0] ?? '');
    if (!number && stems.length >= 2) {
      const described = ofType.filter((h) => {
        const theirs = new Set(descriptionStems([h.name, h.title ?? '', ...h.aliases].join(' ')));
        return stems.every((s) => theirs.has(s));
      });
      if (described.length === 1) return described[0]!;
    }
  }
  const names = new Set(candidate.names.map(fold));
  // A person's surname alone ("Wood") names too many people to be matched on.
  const exact = ofType.find((h) =>
    [h.name, ...h.aliases].some((n) => names.has(fold(n)) && (candidate.type !== 'Person' || fold(n).includes(' '))),
  );
  if (exact) return exact;
  if (!FUZZY_TYPES.has(candidate.type)) return null;
  let best: { hit: GroundedEntity; score: number } | null = null;
  for (const hit of ofType) {
    for (const theirs of [hit.name, ...hit.aliases]) {
      if (candidate.type === 'Person' && !fold(theirs).includes(' ')) continue;
      for (const ours of candidate.names) {
        if (candidate.type === 'Person' && !fold(ours).includes(' ')) continue;
        const score = similarity(ours, theirs);
        if (score >= CLOSE_SPELLING && (!best || score > best.score)) best = { hit, score };
      }
    }
  }
  return best?.hit ?? null;
}
