// Articles an entity is mentioned in, latest first.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  MATCH (e)-[:MENTIONED_IN]->(a:Article)
  WITH a ORDER BY a.publishedOn DESC, a.key
  RETURN count(a) AS totalCount, collect(a)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount,
  [a IN page | a {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(a)}] AS items
