// Every relationship, by type, the keys of its ends and its properties, for
// a graph's fingerprint (history nodes have no relationships).
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props
