// Sponsors, vetoes, votes, subjects and lineage of a resolution or draft.
UNWIND $keys AS key
MATCH (r:Entity:Resolution {key: key})
RETURN key,
  [(r)<-[:SPONSORED]-(s) | s {.*, labels: labels(s)}] AS sponsors,
  [(r)<-[:VETOED]-(s) | s {.*, labels: labels(s)}] AS vetoedBy,
  [(r)<-[v:VOTED]-(s) | {vote: v.vote, state: s {.*, labels: labels(s)}}] AS votes,
  [(r)-[c:CONCERNS]->(e) | {role: c.role, entity: e {.*, labels: labels(e)}}] AS subjects,
  [(r)-[:CONSIDERED_BY]->(o) | o {.*, labels: labels(o)}][0] AS consideredBy,
  [(r)-[:STRENGTHENS]->(e:Resolution) | e {.*, labels: labels(e)}] AS strengthens,
  [(r)<-[:STRENGTHENS]-(l:Resolution) | l {.*, labels: labels(l)}] AS strengthenedBy
