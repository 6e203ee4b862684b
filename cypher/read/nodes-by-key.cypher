// Entities, claims and articles by key, for node(id), nodes(ids) and loaders.
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {key: key})
OPTIONAL MATCH (c:Claim {key: key})
OPTIONAL MATCH (a:Article {key: key})
WITH key, coalesce(e, c, a) AS n
RETURN key, CASE WHEN n IS NULL THEN null ELSE n {.*, labels: labels(n)} END AS node
