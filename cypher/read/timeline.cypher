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
  // Each origin's claims through its own links, chosen by an UNWIND (as
  // read/pages/claims-received says why and how).
  UNWIND CASE WHEN 'REPORTED' IN $origins THEN [e] ELSE [] END AS x
  MATCH (x)-[:MADE]->(c:Claim) WHERE c.origin IN $origins RETURN c AS item, c.madeOn AS date
  UNION
  UNWIND CASE WHEN 'CODED' IN $origins THEN [e] ELSE [] END AS x
  MATCH (x)-[:CODED_MADE]->(c:Claim) WHERE c.origin IN $origins RETURN c AS item, c.madeOn AS date
  UNION
  UNWIND CASE WHEN 'REPORTED' IN $origins THEN [e] ELSE [] END AS x
  MATCH (c:Claim)-[:ON_BEHALF_OF|TARGETS|ABOUT]->(x) WHERE c.origin IN $origins RETURN c AS item, c.madeOn AS date
  UNION
  UNWIND CASE WHEN 'CODED' IN $origins THEN [e] ELSE [] END AS x
  MATCH (c:Claim)-[:CODED_TARGETS]->(x) WHERE c.origin IN $origins RETURN c AS item, c.madeOn AS date
}
WITH item, date
WHERE date IS NOT NULL
  AND ($from IS NULL OR date >= left($from, size(date)))
  AND ($to IS NULL OR left(date, size($to)) <= $to)
RETURN date, item {.*, labels: labels(item)} AS item
ORDER BY date, item.key
LIMIT $limit
