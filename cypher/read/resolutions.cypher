// Resolutions and drafts, optionally only those concerning one entity or of
// one status, latest first, with sponsors, vetoes and votes.
CALL () {
  MATCH (r:Resolution)
  WHERE ($status IS NULL OR r.status = $status)
    AND ($about IS NULL OR EXISTS { (r)-[:CONCERNS]->(:Entity {key: $about}) })
    AND ($vetoedBy IS NULL OR EXISTS { (r)<-[:VETOED]-(:Entity {key: $vetoedBy}) })
    AND ($sponsor IS NULL OR EXISTS { (r)<-[:SPONSORED]-(:Entity {key: $sponsor}) })
  WITH r ORDER BY r.date DESC, r.key
  RETURN count(r) AS totalCount, collect(r)[$offset..$offset + $limit] AS page
}
RETURN totalCount, [r IN page | r {.*, labels: labels(r), _parts: {
  sponsors: [(r)<-[:SPONSORED]-(s) | s {.*, labels: labels(s)}],
  vetoedBy: [(r)<-[:VETOED]-(s) | s {.*, labels: labels(s)}],
  votes: [(r)<-[v:VOTED]-(s) | {vote: v.vote, state: s {.*, labels: labels(s)}}],
  subjects: [(r)-[c:CONCERNS]->(e) | {role: c.role, entity: e {.*, labels: labels(e)}}],
  consideredBy: [(r)-[:CONSIDERED_BY]->(o) | o {.*, labels: labels(o)}][0],
  strengthens: [(r)-[:STRENGTHENS]->(e:Resolution) | e {.*, labels: labels(e)}],
  strengthenedBy: [(r)<-[:STRENGTHENS]-(l:Resolution) | l {.*, labels: labels(l)}]
}}] AS items
