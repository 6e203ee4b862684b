// Who accuses whom: one row per (accuser, accused) pair with the number of
// claims of the given kinds, most first, in a total order (count, names,
// keys) so that pages and chart axes are stable. With $bySide a speaker who
// spoke for a state or body (ON_BEHALF_OF) counts as that side. Claims of
// the given $origins (REPORTED, CODED or both) and dates are counted.
CALL () {
  // Claims bound by dates come from the (kind, madeOn) index (a month of a
  // million coded claims is a short range), the others from the (origin,
  // kind) index.
  UNWIND CASE WHEN $from IS NOT NULL OR $to IS NOT NULL THEN [true] ELSE [] END AS dated
  MATCH (c:Claim)
  WHERE c.kind IN $kinds AND c.madeOn >= coalesce($from, '') AND c.madeOn < coalesce($to, '') + '~'
  RETURN c
  UNION
  UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS everyClaim
  MATCH (c:Claim)
  WHERE c.origin IN $origins AND c.kind IN $kinds
  RETURN c
}
// "2024-06-15" < "2024-06~": `to` includes the whole month or year it names.
WITH c
WHERE c.origin IN $origins AND c.kind IN $kinds
  AND ($from IS NULL OR c.madeOn >= $from)
  AND ($to IS NULL OR c.madeOn < $to + '~')
MATCH (speaker:Entity)-[:MADE|CODED_MADE]->(c)-[:TARGETS|CODED_TARGETS]->(accused:Entity)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(side:Entity)
WITH CASE WHEN $bySide AND side IS NOT NULL THEN side ELSE speaker END AS accuser, accused, c
WITH accuser, accused, count(DISTINCT c) AS count
ORDER BY count DESC, accuser.name, accused.name, accuser.key, accused.key
WITH collect({accuser: accuser, accused: accused, count: count}) AS rows
// Only the page's entities are read whole.
CALL (rows) {
  UNWIND rows[$offset..$offset + $limit] AS row
  WITH row, row.accuser AS accuser, row.accused AS accused
  RETURN collect({
    accuser: accuser {.*, labels: labels(accuser)},
    accused: accused {.*, labels: labels(accused)},
    count: row.count
  }) AS items
}
RETURN size(rows) AS totalCount, items
