// Coded claims' links of their own (CODED_CLAIM_LINK in src/domain/links.ts
// says why): the speaker's MADE and the target's TARGETS of every claim
// with origin CODED, as imports wrote them before, become CODED_MADE and
// CODED_TARGETS, each with every property it carried (sources, record,
// importHash, updatedBy, updatedAt). The claim tallies (009) count the
// same claims either way and stay as they are. A store holds a million
// such claims: the links move in batches, each its own transaction (one
// transaction would hold two million new links and two million deleted
// ones in memory), so src/neo4j/migrate.ts runs these statements outside
// a transaction of its own. Run again, each finds nothing left to move.
MATCH (s)-[r:MADE]->(c:Claim {origin: 'CODED'})
CALL (s, r, c) {
  CREATE (s)-[n:CODED_MADE]->(c)
  SET n = properties(r)
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (c:Claim {origin: 'CODED'})-[r:TARGETS]->(t)
CALL (c, r, t) {
  CREATE (c)-[n:CODED_TARGETS]->(t)
  SET n = properties(r)
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS;
