import type { Graph } from '../../src/neo4j/graph.js';
import { deriveFromClaims } from '../../src/neo4j/migrate.js';

/**
 * The claim tallies and the copies on claims' target links derived again
 * from the claims (deriveFromClaims): for a test that writes claims, or
 * removes them, behind the API's back (planted hubs, a cleanup by key), so
 * that the counts and pages the reads take from them stay true for the
 * files after it.
 */
export async function recountClaimTallies(graph: Graph): Promise<void> {
  await deriveFromClaims(graph);
}

/**
 * Every tally as stored and as a count of the claims gives it, [id, count,
 * its type] in id order: equal when the tallies are true; and the target
 * links whose copies of their target's key and claim's kind and date are
 * not true (none when they all are).
 */
export async function talliesAndRecount(graph: Graph) {
  const [row] = await graph.read<{
    stored: [string, number, string][];
    recounted: [string, number, string][];
    staleLinks: string[];
  }>('test/claim-tallies');
  return row!;
}
