// Claims an article reports, in date order.
UNWIND $keys AS key
MATCH (a:Article {key: key})
CALL (a) {
  MATCH (c:Claim)-[:SOURCE]->(a)
  WITH c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [c IN page | c {.*, labels: labels(c)}] AS items
