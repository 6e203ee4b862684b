// The body an organization belongs to and its own units.
UNWIND $keys AS key
MATCH (o:Entity:Organization {key: key})
RETURN key,
  [(o)-[:PART_OF]->(parent) | parent {.*, labels: labels(parent)}][0] AS parent,
  [(o)<-[:PART_OF]-(unit:Organization) | unit {.*, labels: labels(unit)}] AS units,
  [(o)-[:LOCATED_IN]->(place) | place {.*, labels: labels(place)}][0] AS locatedIn
