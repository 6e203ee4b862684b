// Who took part in an event and in what role, where, and what it concerned.
UNWIND $keys AS key
MATCH (e:Entity:Event {key: key})
RETURN key,
  [(e)<-[p:PARTICIPATED_IN]-(x) | {role: p.role, entity: x {.*, labels: labels(x)}}] AS participants,
  [(e)-[:TOOK_PLACE_IN]->(pl) | pl {.*, labels: labels(pl)}] AS places,
  [(e)-[c:CONCERNS]->(x) | {role: c.role, entity: x {.*, labels: labels(x)}}] AS subjects
