// Every claim tally as stored, and as a fresh count of the claims gives it
// (the migration's grouping, cypher/schema/009_claim_tallies.cypher), each
// as [id, count, the count's type] in id order: the two lists are equal
// when the tallies are true (and their counts integers, as a count gives).
// Also the claims whose target links' copies of the target's key and the
// claim's kind and date (cypher/schema/011_claim_target_index.cypher) are
// not true: none when every write kept them.
CALL () {
  MATCH (t:ClaimTally)
  WITH t ORDER BY t.id
  RETURN collect([t.id, t.count, valueType(t.count)]) AS stored
}
CALL () {
  MATCH (c:Claim)-[:TARGETS|CODED_TARGETS]->(e:Entity)
  WITH e.key + '|' + c.kind + '|' + c.origin + '|' + coalesce(left(c.madeOn, 7), '') AS id, count(*) AS count
  ORDER BY id
  RETURN collect([id, count, valueType(count)]) AS recounted
}
CALL () {
  MATCH (c:Claim)-[r:TARGETS|CODED_TARGETS]->(e:Entity)
  WHERE coalesce(r.target, '') <> e.key OR coalesce(r.kind, '') <> coalesce(c.kind, '')
    OR coalesce(r.madeOn, '') <> coalesce(c.madeOn, '')
  RETURN collect(c.key + ' -> ' + e.key) AS staleLinks
}
RETURN stored, recounted, staleLinks
