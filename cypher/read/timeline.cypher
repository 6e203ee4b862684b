// The dated events and claims involving one entity, oldest first, within
// [$from, $to] when given (dates compare at their own precision); claims
// of the given $origins only (REPORTED, CODED or both).
OPTIONAL MATCH (e:Entity {key: $key})
WITH e WHERE e IS NOT NULL
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev AS item, ev.date AS date
  UNION
  MATCH (ev:Event)-[:TOOK_PLACE_IN|CONCERNS]->(e) RETURN ev AS item, ev.date AS date
  UNION
  MATCH (e)-[:MADE|CODED_MADE]->(c:Claim) WHERE c.origin IN $origins RETURN c AS item, c.madeOn AS date
  UNION
  MATCH (c:Claim)-[:ON_BEHALF_OF|TARGETS|CODED_TARGETS|ABOUT]->(e) WHERE c.origin IN $origins RETURN c AS item, c.madeOn AS date
}
WITH item, date
WHERE date IS NOT NULL
  AND ($from IS NULL OR date >= left($from, size(date)))
  AND ($to IS NULL OR left(date, size($to)) <= $to)
RETURN date, item {.*, labels: labels(item)} AS item
ORDER BY date, item.key
LIMIT $limit
