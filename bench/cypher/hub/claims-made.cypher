// Claims $from to $to made by the hub, each aimed at one of $targets (the
// first few far more often, as the news aims at a few states), four in five
// accusations, the rest criticism, from one article.
MATCH (hub:Entity {key: $hub}), (source:Article {key: 'article:bench-hub'})
UNWIND range($from, $to) AS i
WITH hub, source, i, $targets[toInteger(size($targets) * ((i * 7919 % 1000) / 1000.0) ^ 3)] AS targetKey
MATCH (target:Entity {key: targetKey})
CREATE (c:Claim {key: 'claim:bench-hub-' + i, kind: CASE WHEN i % 5 = 0 THEN 'CRITICIZE' ELSE 'ACCUSE' END,
  origin: 'CODED', allegation: 'coded event ' + i, madeOn: '2024-' + right('0' + toString(1 + i % 12), 2)})
CREATE (hub)-[:CODED_MADE {sources: [source.key]}]->(c)
CREATE (c)-[:CODED_TARGETS {sources: [source.key]}]->(target)
CREATE (c)-[:SOURCE]->(source)
RETURN count(*) AS claims
