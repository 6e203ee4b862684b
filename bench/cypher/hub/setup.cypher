// The hub of bench/hub.ts: a state ($hub), the states its claims are aimed
// at and that aim claims at it ($targets: their keys), three bodies it is a
// member of, and the article its claims come from.
CREATE (hub:Entity:State {key: $hub, name: 'Hubland', code: right($hub, 3)})
CREATE (:Article {key: 'article:bench-hub', title: 'Hub source', publisher: 'Bench', publishedOn: '2024-01-01'})
WITH hub
CALL (hub) {
  UNWIND $targets AS key
  CREATE (:Entity:State {key: key, name: 'Counterpart ' + right(key, 3), code: right(key, 3)})
}
CALL (hub) {
  UNWIND range(1, 3) AS i
  CREATE (org:Entity:Organization {key: 'org:bench-hub-body-' + i, name: 'Body ' + i, category: 'OTHER'})
  CREATE (hub)-[:MEMBER_OF {sources: []}]->(org)
}
RETURN 1 AS done
