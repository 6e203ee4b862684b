// Entities no article mentions: what mutations created without a source.
MATCH (e:Entity)
WHERE NOT (e)-[:MENTIONED_IN]->(:Article)
RETURN e {.*, labels: labels(e)} AS entity
ORDER BY e.key
