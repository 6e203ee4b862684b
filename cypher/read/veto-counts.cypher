// Vetoes counted for charts: the drafts vetoed (status VETOED, or vetoed
// by $by when given), dated within [$from, $to] (ISO dates at any
// precision) and on an agenda item whose name contains $agenda (lower
// case), counted per group of member, year and agenda item ($byMember,
// $byYear, $byAgenda; a dimension left out is summed over). A draft
// vetoed by two members counts once for each when grouped by member, and
// once otherwise. Rows come by year when grouped by year, then most first,
// then by member's name, agenda and key.
CALL () {
  MATCH (:Entity {key: $by})-[:VETOED]->(r:Resolution)
  RETURN r
  UNION
  UNWIND CASE WHEN $by IS NULL THEN [true] ELSE [] END AS everyDraft
  MATCH (r:Resolution)
  WHERE r.status = 'VETOED'
  RETURN r
}
WITH r
WHERE ($from IS NULL OR r.date >= $from)
  AND ($to IS NULL OR left(r.date, size($to)) <= $to)
  AND ($agenda IS NULL OR toLower(r.agenda) CONTAINS $agenda)
// One row per vetoing member when grouped by member (only $by's when given), else one per draft.
CALL (r) {
  WITH r WHERE $byMember
  MATCH (m:Entity)-[:VETOED]->(r)
  WHERE $by IS NULL OR m.key = $by
  RETURN m AS member
  UNION ALL
  WITH r WHERE NOT $byMember
  RETURN null AS member
}
WITH member, CASE WHEN $byYear THEN toInteger(left(r.date, 4)) END AS year,
  CASE WHEN $byAgenda THEN r.agenda END AS agenda, count(DISTINCT r) AS count
ORDER BY year, count DESC, member.name, agenda, member.key
WITH collect({member: member, year: year, agenda: agenda, count: count}) AS rows
CALL (rows) {
  UNWIND rows[$offset..$offset + $limit] AS row
  WITH row, row.member AS member
  RETURN collect({member: CASE WHEN member IS NULL THEN null ELSE member {.*, labels: labels(member)} END,
    year: row.year, agenda: row.agenda, count: row.count}) AS items
}
RETURN size(rows) AS totalCount, items
