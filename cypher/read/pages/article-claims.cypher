// Claims an article reports (or a dataset coded from it), of the given
// $origins (REPORTED, CODED or both), newest first.
UNWIND $keys AS key
MATCH (a:Article {key: key})
CALL (a) {
  MATCH (c:Claim)-[:SOURCE]->(a)
  WHERE c.origin IN $origins
  WITH c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [c IN page | c {.*, labels: labels(c)}] AS items
