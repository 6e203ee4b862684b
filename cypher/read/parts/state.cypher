// A state's bodies (ministries, prosecutors) and the places in it.
UNWIND $keys AS key
MATCH (s:Entity:State {key: key})
RETURN key,
  [(s)<-[:PART_OF]-(unit:Organization) | unit {.*, labels: labels(unit)}] AS bodies,
  [(s)<-[:LOCATED_IN]-(place:Place) | place {.*, labels: labels(place)}] AS places,
  [(s)-[r:MEMBER_OF]->(org) | {since: r.since, until: r.until, permanent: r.permanent, sources: r.sources,
    member: s {.*, labels: labels(s)}, organization: org {.*, labels: labels(org)}}] AS memberships
