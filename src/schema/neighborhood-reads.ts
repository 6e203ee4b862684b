import { COUNTERPART, SEEN_LINK_TYPE, STORED_LINK_TYPES, storedLinkTypes } from '../domain/index.js';

/**
 * The parameters of the neighbourhood statements (cypher/read/neighborhood
 * and neighborhood-group), shared by the API and the benchmark's floor
 * server so that both run them alike.
 */

/** Links of each group read to tell its parts apart; a bigger group's parts are estimated from these. */
export const BREAKDOWN_READ = 1_000;
/** Parts listed per group, the largest first; the others are summed in `otherCount`. */
export const MAX_PARTS = 8;
/** Nodes with more links than this have their links to the rest of an answer looked up from the other end. */
export const DENSE = 200;

/** Each counterpart rule with the stored types of its link (a coded claim's target is CODED_TARGETS). */
const COUNTERPARTS = Object.fromEntries(
  Object.entries(COUNTERPART).map(([side, rule]) => [side, { ...rule, types: storedLinkTypes(rule.via) }]),
);

/** read/neighborhood: the flat answer and the groups, with their parts when asked for. */
export function neighborhoodParams(key: string, depth: number, limit: number, parts: boolean) {
  const scan = parts ? BREAKDOWN_READ : 0;
  return {
    // Strings in a map: Neo4j plans a statement anew for each length class of its string parameters.
    q: { key },
    depth,
    limit,
    read: Math.max(limit, scan),
    scan,
    subgroups: MAX_PARTS,
    dense: DENSE,
    counterparts: COUNTERPARTS,
    seenTypes: SEEN_LINK_TYPE,
    // The types a link between two kept nodes may have (read whole from the end with fewer links).
    linkTypes: STORED_LINK_TYPES,
  };
}
