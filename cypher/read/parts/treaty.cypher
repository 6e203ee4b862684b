// Parties and signatories of a treaty, and what it concerns.
UNWIND $keys AS key
MATCH (t:Entity:Treaty {key: key})
RETURN key,
  [(t)<-[:PARTY_TO]-(p) | p {.*, labels: labels(p)}] AS parties,
  [(t)<-[s:SIGNED]-(p:Person) | {person: p {.*, labels: labels(p)},
    // A pattern comprehension needs a relationship; the side is found by its key.
    onBehalfOf: COLLECT { MATCH (b:Entity {key: s.onBehalfOf}) RETURN b {.*, labels: labels(b)} }[0]}] AS signatories,
  [(t)-[c:CONCERNS]->(x) | {role: c.role, entity: x {.*, labels: labels(x)}}] AS subjects
