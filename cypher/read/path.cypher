// The shortest paths (up to 8 hops; $maxHops cuts shorter) between two
// entities or claims, ignoring articles and claims of other $origins than
// those given (pathOrigins, src/domain/claims.ts, says why coded claims
// are left out unless asked for), as the nodes and edges they cross.
//
// The search walks every link type between entities and claims
// (LINK_TYPES, src/domain/links.ts) and no other: articles are left out by
// the type list, which never reads their links, rather than by a label
// check on each node reached. Coded claims hang off their speaker and
// target by types of their own (CODED_MADE, CODED_TARGETS), so the origins
// are told apart by the types walked, not by a check on each claim
// reached: without coded claims the search never reads a state's hundred
// thousand coded links. Relationship types cannot be parameters, so the
// statement holds both searches and runs the one $origins asks for (the
// other's branch gives no row and is never expanded); pathOrigins gives
// either the reported claims alone or both origins.
OPTIONAL MATCH (e1:Entity {key: $from})
OPTIONAL MATCH (c1:Claim {key: $from})
OPTIONAL MATCH (e2:Entity {key: $to})
OPTIONAL MATCH (c2:Claim {key: $to})
WITH coalesce(e1, c1) AS a, coalesce(e2, c2) AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
CALL (a, b) {
  WITH a, b WHERE NOT 'CODED' IN $origins
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|CORROBORATED_BY|USED_AGAINST|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|ON_BEHALF_OF|TARGETS|ABOUT|ANSWERS*..8]-(b))
  RETURN p
  UNION ALL
  WITH a, b WHERE 'CODED' IN $origins
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|CORROBORATED_BY|USED_AGAINST|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|ON_BEHALF_OF|TARGETS|ABOUT|ANSWERS|CODED_MADE|CODED_TARGETS*..8]-(b))
  RETURN p
}
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $maxPaths
WITH collect(p) AS paths
WITH paths,
  reduce(ns = [], p IN paths | ns + [n IN nodes(p) WHERE NOT n IN ns]) AS kept,
  reduce(rs = [], p IN paths | rs + [r IN relationships(p) WHERE NOT r IN rs]) AS rels
// Nodes and edges as lists, and of an edge only what its id and label are made of, as in read/neighborhood.
RETURN [n IN kept | [n.key, labels(n), n.name, n.symbol, n.kind, n.allegation]] AS nodes,
  [r IN rels | CASE WHEN r.key IS NULL AND coalesce(r.title, r.role, r.vote) IS NULL
    THEN [type(r), startNode(r).key, endNode(r).key]
    ELSE [type(r), startNode(r).key, endNode(r).key, r {.key, .title, .role, .vote}] END] AS edges,
  size(paths) AS pathCount
