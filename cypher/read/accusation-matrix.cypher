// Who accuses whom: one row per (accuser, accused) pair with the number of
// claims of the given kinds, most first, in a total order (count, names,
// keys) so that pages and chart axes are stable. With $bySide a speaker who
// spoke for a state or body (ON_BEHALF_OF) counts as that side. Claims of
// the given $origins (REPORTED, CODED or both) are sought in the (origin,
// kind) index.
MATCH (c:Claim)
WHERE c.origin IN $origins AND c.kind IN $kinds
  AND ($from IS NULL OR c.madeOn >= $from)
  AND ($to IS NULL OR left(c.madeOn, size($to)) <= $to)
MATCH (speaker:Entity)-[:MADE]->(c)-[:TARGETS]->(accused:Entity)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(side:Entity)
WITH CASE WHEN $bySide AND side IS NOT NULL THEN side ELSE speaker END AS accuser, accused, c
WITH accuser, accused, count(DISTINCT c) AS count
ORDER BY count DESC, accuser.name, accused.name, accuser.key, accused.key
WITH collect({
  accuser: accuser {.*, labels: labels(accuser)},
  accused: accused {.*, labels: labels(accused)},
  count: count
}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
