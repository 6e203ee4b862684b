// Resolutions and drafts a state vetoed, latest first, optionally only
// those dated within [$from, $to] (ISO dates at any precision) and on an
// agenda item whose name contains $agenda (lower case).
UNWIND $keys AS key
MATCH (s:Entity:State {key: key})
CALL (s) {
  MATCH (s)-[:VETOED]->(r:Resolution)
  WHERE ($from IS NULL OR r.date >= $from)
    AND ($to IS NULL OR left(r.date, size($to)) <= $to)
    AND ($agenda IS NULL OR toLower(r.agenda) CONTAINS $agenda)
  WITH r ORDER BY r.date DESC, r.key
  RETURN count(r) AS totalCount, collect(r)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [r IN page | r {.*, labels: labels(r)}] AS items
