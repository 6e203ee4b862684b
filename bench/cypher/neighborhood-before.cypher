// The flat neighbourhood as it was read before groups (cypher/read/
// neighborhood.cypher kept its answer and added the groups): bench/hub.ts
// times it beside the statement that replaced it.
// The subgraph within $depth (1-3) hops of one entity or claim, nearest
// first, at most $limit nodes. Articles and the provenance edges to them are
// left out: they would connect everything mentioned in the same article.
OPTIONAL MATCH (e:Entity {key: $key})
OPTIONAL MATCH (c:Claim {key: $key})
WITH coalesce(e, c) AS start
WHERE start IS NOT NULL
CALL (start) {
  MATCH (start)--(n) WHERE NOT n:Article
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring1
}
CALL (start, ring1) {
  UNWIND CASE WHEN $depth >= 2 AND size(ring1) < $limit THEN ring1 ELSE [] END AS m
  MATCH (m)--(n) WHERE NOT n:Article AND n <> start AND NOT n IN ring1
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring2
}
CALL (start, ring1, ring2) {
  UNWIND CASE WHEN $depth >= 3 AND size(ring1) + size(ring2) < $limit THEN ring2 ELSE [] END AS m
  MATCH (m)--(n) WHERE NOT n:Article AND n <> start AND NOT n IN ring1 AND NOT n IN ring2
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring3
}
WITH [start] + ring1 + ring2 + ring3 AS reached
WITH reached[..$limit] AS kept, size(reached) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['MENTIONED_IN', 'SOURCE'] AND b IN kept
  // Only what the edge's id and label are made of: the provenance on every
  // relationship (sources, updatedAt) would triple what crosses the wire.
  RETURN collect({type: type(r), from: a.key, to: b.key, props: r {.key, .title, .role, .vote}}) AS edges
}
RETURN [n IN kept | n {.key, .name, .kind, .allegation, .symbol, labels: labels(n)}] AS nodes, edges, truncated
