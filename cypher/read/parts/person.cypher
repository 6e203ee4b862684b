// The offices a person holds or held, with the state or body they serve.
UNWIND $keys AS key
MATCH (p:Entity:Person {key: key})
RETURN key,
  [(p)-[r:HOLDS_POSITION]->(o) | {title: r.title, since: r.since, until: r.until, sources: r.sources,
    holder: p {.*, labels: labels(p)}, of: o {.*, labels: labels(o)}}] AS positions
