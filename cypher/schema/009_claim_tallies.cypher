// Claims counted by target, kind, origin and month (docs/querying.md,
// "Claim tallies"): one (:ClaimTally {id, target, kind, origin, month,
// count}) per group that holds claims, where month is the claim's madeOn
// at month precision ("2024-06"), a date known only to the year its own
// group ("2024"), and undated claims the group "". The count is of TARGETS
// relationships (a coded claim's CODED_TARGETS), as a read from the target
// walks them. Every write that creates, deletes or changes a claim keeps
// them true in its own transaction (src/claims/tally.ts); the reads of a
// target's totals and of its claims by month sum a few of them instead of
// reading every claim.
// id is target|kind|origin|month, unique, so that concurrent writes merge
// one node; the reads seek by target.
CREATE CONSTRAINT claim_tally_id IF NOT EXISTS FOR (t:ClaimTally) REQUIRE t.id IS UNIQUE;
CREATE INDEX claim_tally_target IF NOT EXISTS FOR (t:ClaimTally) ON (t.target);

// Builds the tallies of the claims a store holds already (run once, and
// again from nothing if this file changes). A store holds a million
// claims: the counting reads them in one go, and the tallies are deleted
// and written in batches, each its own transaction, run by
// src/neo4j/migrate.ts outside a transaction of its own and without its
// timeout.
MATCH (t:ClaimTally)
CALL (t) {
  DETACH DELETE t
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Claim)-[:TARGETS|CODED_TARGETS]->(e:Entity)
WITH e.key AS target, c.kind AS kind, c.origin AS origin, coalesce(left(c.madeOn, 7), '') AS month, count(*) AS count
CALL (target, kind, origin, month, count) {
  CREATE (:ClaimTally {id: target + '|' + kind + '|' + origin + '|' + month, target: target, kind: kind, origin: origin, month: month, count: count})
} IN TRANSACTIONS OF 10000 ROWS;
