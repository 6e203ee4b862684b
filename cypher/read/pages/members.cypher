// Members of an organization, permanent members first, then by name.
UNWIND $keys AS key
MATCH (o:Entity:Organization {key: key})
CALL (o) {
  MATCH (m)-[r:MEMBER_OF]->(o)
  WITH m, r ORDER BY coalesce(r.permanent, false) DESC, m.name, m.key
  RETURN count(r) AS totalCount,
    collect({since: r.since, until: r.until, permanent: r.permanent, sources: r.sources,
      member: m {.*, labels: labels(m)}, organization: o {.*, labels: labels(o)}})[$offset..$offset + $limit] AS items
}
RETURN key, totalCount, items
