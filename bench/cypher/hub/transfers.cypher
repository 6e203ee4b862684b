// $count weapons transfers the hub supplied, each to one of the first twelve of $targets.
MATCH (hub:Entity {key: $hub})
UNWIND range(1, $count) AS i
MATCH (recipient:Entity {key: $targets[i % 12]})
CREATE (t:Entity:WeaponsTransfer {key: 'transfer:bench-hub-' + i, name: 'Transfer ' + i, status: 'REPORTED'})
CREATE (t)-[:SUPPLIED_BY {sources: []}]->(hub)
CREATE (t)-[:RECEIVED_BY {sources: []}]->(recipient)
RETURN count(*) AS transfers
