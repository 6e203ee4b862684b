import type { Graph } from '../../src/neo4j/graph.js';

/**
 * For a test that writes claims, or removes them, behind the API's back
 * (planted hubs, a cleanup by key): their tallies and target links' copies
 * derived again, so that the counts and pages the reads take from them stay
 * true for the files after it.
 */
export { deriveFromClaims } from '../../src/neo4j/migrate.js';

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
