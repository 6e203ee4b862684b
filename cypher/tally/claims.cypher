// What the claim tallies count of each given claim as the transaction
// sees it now: its kind, origin, date and the keys of its targets (one
// entry per TARGETS relationship). Claims not in the graph give no row.
// The same pass keeps each target link's copies of its target's key and
// the claim's kind and date true (cypher/schema/011_claim_target_index.cypher
// says why they are there), writing only those that differ.
UNWIND $keys AS key
MATCH (c:Claim {key: key})
CALL (c) {
  MATCH (c)-[r:TARGETS|CODED_TARGETS]->(t:Entity)
  WHERE coalesce(r.target, '') <> t.key OR coalesce(r.kind, '') <> coalesce(c.kind, '')
    OR coalesce(r.madeOn, '') <> coalesce(c.madeOn, '')
  SET r.target = t.key, r.kind = c.kind, r.madeOn = c.madeOn
}
RETURN c.key AS key, c.kind AS kind, c.origin AS origin, c.madeOn AS madeOn,
       [(c)-[:TARGETS|CODED_TARGETS]->(t:Entity) | t.key] AS targets
