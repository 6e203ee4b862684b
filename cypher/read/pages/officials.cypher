// People holding offices for a state or body, by name.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  MATCH (p:Person)-[r:HOLDS_POSITION]->(e)
  WITH p, r ORDER BY p.name, p.key, r.title
  RETURN count(r) AS totalCount,
    collect({title: r.title, since: r.since, until: r.until, sources: r.sources,
      holder: p {.*, labels: labels(p)}, of: e {.*, labels: labels(e)}})[$offset..$offset + $limit] AS items
}
RETURN key, totalCount, items
