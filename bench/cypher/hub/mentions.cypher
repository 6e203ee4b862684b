// Articles $from to $to that mention the hub: links every neighbourhood leaves out.
MATCH (hub:Entity {key: $hub})
UNWIND range($from, $to) AS i
CREATE (a:Article {key: 'article:bench-hub-' + i, title: 'Mention ' + i, publishedOn: '2024-01-01'})
CREATE (hub)-[:MENTIONED_IN {sources: [a.key]}]->(a)
RETURN count(*) AS mentions
