// Claims an entity made, itself or through those speaking on its behalf; newest first.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  MATCH (c:Claim) WHERE (e)-[:MADE]->(c) OR (c)-[:ON_BEHALF_OF]->(e)
  WITH DISTINCT c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [c IN page | c {.*, labels: labels(c)}] AS items
