UNWIND $keys AS key
MATCH (p:Place {key: key})
RETURN key, [(p)-[:LOCATED_IN]->(s) | s {.*, labels: labels(s)}][0] AS locatedIn
