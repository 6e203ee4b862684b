// Claims counted by one dimension ($by: KIND, MONTH, SPEAKER or TARGET),
// among the claims matching every given filter (null = any), as chart rows
// {key, label, count, entity}. MONTH rows come in calendar order (a date
// known only to the year is its own row, "2024"; undated claims are left
// out); the others most first, then by label and key. $speaker matches the
// speaker or the side it spoke for; with $bySide, SPEAKER rows count a
// speaker who spoke for a state or body as that side. $kinds and $origins
// are the kinds and origins counted (every one when the query leaves them
// open): claims are sought in the (origin, kind) index.
MATCH (c:Claim)
WHERE c.origin IN $origins AND c.kind IN $kinds
  AND ($from IS NULL OR c.madeOn >= $from)
  AND ($to IS NULL OR left(c.madeOn, size($to)) <= $to)
  AND ($target IS NULL OR EXISTS { (c)-[:TARGETS]->(:Entity {key: $target}) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {key: $about}) })
  AND ($speaker IS NULL OR EXISTS { (c)<-[:MADE]-(:Entity {key: $speaker}) }
       OR EXISTS { (c)-[:ON_BEHALF_OF]->(:Entity {key: $speaker}) })
CALL (c) {
  WITH c WHERE $by = 'KIND'
  RETURN c.kind AS key, null AS entity
  UNION ALL
  WITH c WHERE $by = 'MONTH' AND c.madeOn IS NOT NULL
  RETURN left(c.madeOn, 7) AS key, null AS entity
  UNION ALL
  WITH c WHERE $by = 'SPEAKER'
  MATCH (s:Entity)-[:MADE]->(c)
  OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(side:Entity)
  WITH CASE WHEN $bySide AND side IS NOT NULL THEN side ELSE s END AS e
  RETURN e.key AS key, e AS entity
  UNION ALL
  WITH c WHERE $by = 'TARGET'
  MATCH (c)-[:TARGETS]->(e:Entity)
  RETURN e.key AS key, e AS entity
}
WITH key, entity, count(DISTINCT c) AS count
ORDER BY CASE WHEN $by = 'MONTH' THEN key END, count DESC, entity.name, key
WITH collect({key: key, count: count, entity: CASE WHEN entity IS NULL THEN null ELSE entity {.*, labels: labels(entity)} END}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
