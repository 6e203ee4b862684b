// Every relationship between two entities, with its properties; the export
// files each under the articles in its sources (or with what has no source).
// Mentions and claims' links are written from entities and claims instead.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props
ORDER BY from, type, to
