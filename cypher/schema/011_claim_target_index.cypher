// A target's claims by kind and date, in an index (docs/model.md, "A
// target's claims in order"): each TARGETS and CODED_TARGETS relationship
// carries a copy of its target's key and of its claim's kind and madeOn,
// and an index per type orders them by (target, kind, madeOn). A page of
// one kind of claim against a target (accusations against Russia) is then
// a seek that reads the page's own entries, where a walk of every claim of
// that kind read about twelve for each one kept at the benchmark's real
// size. Every write that changes a claim keeps the copies true in its own
// transaction (cypher/tally/claims.cypher), as it keeps the claim tallies;
// an import writes them on the links it creates.
CREATE INDEX claim_targets_by_kind_date IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.target, r.kind, r.madeOn);
CREATE INDEX coded_claim_targets_by_kind_date IF NOT EXISTS FOR ()-[r:CODED_TARGETS]-() ON (r.target, r.kind, r.madeOn);

// Writes the copies on the links a store holds already, in batches, each
// its own transaction (a store holds a million coded claims), run by
// src/neo4j/migrate.ts outside a transaction of its own. Run again, it
// finds nothing left to write.
MATCH (c:Claim)-[r:TARGETS|CODED_TARGETS]->(t:Entity)
WHERE coalesce(r.target, '') <> t.key OR coalesce(r.kind, '') <> coalesce(c.kind, '')
  OR coalesce(r.madeOn, '') <> coalesce(c.madeOn, '')
CALL (c, r, t) {
  SET r.target = t.key, r.kind = c.kind, r.madeOn = c.madeOn
} IN TRANSACTIONS OF 10000 ROWS;
