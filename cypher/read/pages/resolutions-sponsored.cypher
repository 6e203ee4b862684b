// Resolutions and drafts a state sponsored, latest first.
UNWIND $keys AS key
MATCH (s:Entity:State {key: key})
CALL (s) {
  MATCH (s)-[:SPONSORED]->(r:Resolution)
  WITH r ORDER BY r.date DESC, r.key
  RETURN count(r) AS totalCount, collect(r)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [r IN page | r {.*, labels: labels(r)}] AS items
