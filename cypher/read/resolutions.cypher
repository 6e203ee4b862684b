// Resolutions and drafts, optionally only those concerning one entity,
// sponsored or vetoed by one state, of one status, dated within [$from,
// $to] (ISO dates at any precision), on an agenda item whose name contains
// $agenda (lower case): the filters combine. Latest first, one
// keyset page (see read/claims: position is the date, "~" when none, then
// the key), each with the sponsors, vetoes, votes and subjects the query
// selects ($with... flags; whole entities only with $fullEntities).
CALL () {
  UNWIND CASE WHEN $withCount THEN [true] ELSE [] END AS counting
  CALL () {
    // Candidates from the entity a filter names, else every resolution.
    MATCH (:Entity {key: $about})<-[:CONCERNS]-(r:Resolution)
    RETURN r
    UNION
    MATCH (:Entity {key: $vetoedBy})-[:VETOED]->(r:Resolution)
    WHERE $about IS NULL
    RETURN r
    UNION
    MATCH (:Entity {key: $sponsor})-[:SPONSORED]->(r:Resolution)
    WHERE $about IS NULL AND $vetoedBy IS NULL
    RETURN r
    UNION
    UNWIND CASE WHEN $about IS NULL AND $vetoedBy IS NULL AND $sponsor IS NULL THEN [true] ELSE [] END AS everyResolution
    MATCH (r:Resolution)
    RETURN r
  }
  WITH r
  WHERE ($status IS NULL OR r.status = $status)
    AND ($vetoedBy IS NULL OR EXISTS { (r)<-[:VETOED]-(:Entity {key: $vetoedBy}) })
    AND ($sponsor IS NULL OR EXISTS { (r)<-[:SPONSORED]-(:Entity {key: $sponsor}) })
    AND ($from IS NULL OR r.date >= $from)
    AND ($to IS NULL OR left(r.date, size($to)) <= $to)
    AND ($agenda IS NULL OR toLower(r.agenda) CONTAINS $agenda)
  RETURN count(r) AS totalCount
}
CALL () {
  CALL () {
    MATCH (:Entity {key: $about})<-[:CONCERNS]-(r:Resolution)
    RETURN r
    UNION
    MATCH (:Entity {key: $vetoedBy})-[:VETOED]->(r:Resolution)
    WHERE $about IS NULL
    RETURN r
    UNION
    MATCH (:Entity {key: $sponsor})-[:SPONSORED]->(r:Resolution)
    WHERE $about IS NULL AND $vetoedBy IS NULL
    RETURN r
    UNION
    UNWIND CASE WHEN $about IS NULL AND $vetoedBy IS NULL AND $sponsor IS NULL THEN [true] ELSE [] END AS everyResolution
    MATCH (r:Resolution)
    RETURN r
  }
  WITH r, coalesce(r.date, '~') AS sort
  WHERE ($status IS NULL OR r.status = $status)
    AND ($vetoedBy IS NULL OR EXISTS { (r)<-[:VETOED]-(:Entity {key: $vetoedBy}) })
    AND ($sponsor IS NULL OR EXISTS { (r)<-[:SPONSORED]-(:Entity {key: $sponsor}) })
    AND ($from IS NULL OR r.date >= $from)
    AND ($to IS NULL OR left(r.date, size($to)) <= $to)
    AND ($agenda IS NULL OR toLower(r.agenda) CONTAINS $agenda)
    AND (sort < $afterSort OR (sort = $afterSort AND r.key > $afterKey))
    AND (sort > $beforeSort OR (sort = $beforeSort AND r.key < $beforeKey))
  WITH r, sort
  ORDER BY CASE WHEN $backward THEN null ELSE sort END DESC,
    CASE WHEN $backward THEN null ELSE r.key END,
    CASE WHEN $backward THEN sort END,
    CASE WHEN $backward THEN r.key END DESC
  LIMIT $limit
  RETURN collect(r) AS page
}
RETURN totalCount, [r IN page | r {.*, labels: labels(r), _sort: coalesce(r.date, '~'), _parts: {
  sponsors: CASE WHEN $withSponsors THEN [(r)<-[:SPONSORED]-(s) |
    CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE s {.key, .name, labels: labels(s)} END] END,
  vetoedBy: CASE WHEN $withVetoedBy THEN [(r)<-[:VETOED]-(s) |
    CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE s {.key, .name, labels: labels(s)} END] END,
  votes: CASE WHEN $withVotes THEN [(r)<-[v:VOTED]-(s) | {vote: v.vote, state: s {.*, labels: labels(s)}}] END,
  subjects: CASE WHEN $withSubjects THEN [(r)-[c:CONCERNS]->(e) | {role: c.role, entity: e {.*, labels: labels(e)}}] END,
  consideredBy: CASE WHEN $withConsideredBy THEN [(r)-[:CONSIDERED_BY]->(o) | o {.*, labels: labels(o)}][0] END,
  strengthens: CASE WHEN $withStrengthens THEN [(r)-[:STRENGTHENS]->(e:Resolution) | e {.*, labels: labels(e)}] END,
  strengthenedBy: CASE WHEN $withStrengthenedBy THEN [(r)<-[:STRENGTHENS]-(l:Resolution) | l {.*, labels: labels(l)}] END
}}] AS items
