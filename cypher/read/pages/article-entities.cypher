// Entities an article mentions, by name.
UNWIND $keys AS key
MATCH (a:Article {key: key})
CALL (a) {
  MATCH (e:Entity)-[:MENTIONED_IN]->(a)
  WITH e ORDER BY e.name, e.key
  RETURN count(e) AS totalCount, collect(e)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [e IN page | e {.*, labels: labels(e)}] AS items
