// Claims $from to $to aimed at the hub, each made by one of $targets.
MATCH (hub:Entity {key: $hub}), (source:Article {key: 'article:bench-hub'})
UNWIND range($from, $to) AS i
MATCH (speaker:Entity {key: $targets[i % size($targets)]})
CREATE (c:Claim {key: 'claim:bench-hub-aimed-' + i, kind: 'ACCUSE', origin: 'CODED', allegation: 'coded event ' + i,
  madeOn: '2024-' + right('0' + toString(1 + i % 12), 2)})
CREATE (speaker)-[:CODED_MADE {sources: [source.key]}]->(c)
CREATE (c)-[:CODED_TARGETS {sources: [source.key]}]->(hub)
CREATE (c)-[:SOURCE]->(source)
RETURN count(*) AS claims
