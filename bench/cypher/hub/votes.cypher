// $count resolutions the hub voted on: for, against every 7th, abstaining every 10th.
MATCH (hub:Entity {key: $hub})
UNWIND range(1, $count) AS i
CREATE (r:Entity:Resolution {key: 'resolution:bench-hub-' + i, name: 'Resolution ' + i, symbol: 'S/RES/' + i})
CREATE (hub)-[:VOTED {vote: CASE WHEN i % 10 = 0 THEN 'ABSTAIN' WHEN i % 7 = 0 THEN 'AGAINST' ELSE 'FOR' END,
  sources: []}]->(r)
RETURN count(*) AS votes
