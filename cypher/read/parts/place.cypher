UNWIND $keys AS key
MATCH (p:Entity:Place {key: key})
RETURN key, [(p)-[:LOCATED_IN]->(s) | s {.*, labels: labels(s)}][0] AS locatedIn
