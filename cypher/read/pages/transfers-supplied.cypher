// Transfers a state supplied, latest period first.
UNWIND $keys AS key
MATCH (s:Entity:State {key: key})
CALL (s) {
  MATCH (t:WeaponsTransfer)-[:SUPPLIED_BY]->(s)
  WITH t ORDER BY t.periodStart DESC, t.key
  RETURN count(t) AS totalCount, collect(t)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [t IN page | t {.*, labels: labels(t)}] AS items
