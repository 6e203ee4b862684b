// What the claim tallies count of each given claim as the transaction
// sees it now: its kind, origin, date and the keys of its targets (one
// entry per TARGETS relationship). Claims not in the graph give no row.
UNWIND $keys AS key
MATCH (c:Claim {key: key})
RETURN c.key AS key, c.kind AS kind, c.origin AS origin, c.madeOn AS madeOn,
       [(c)-[:TARGETS|CODED_TARGETS]->(t:Entity) | t.key] AS targets
