// Deletes entities and claims by key, with every relationship they have.
// Returns how many nodes and distinct relationships went, and what they
// were: each node's labels and properties, each relationship's type, ends
// (by key) and properties, so that the delete can be undone (restoreEntity).
// $keys
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {key: key})
OPTIONAL MATCH (c:Claim {key: key})
// collect() leaves out the keys that matched nothing.
WITH collect(coalesce(e, c)) AS doomed
CALL (doomed) {
  UNWIND doomed AS n
  MATCH (n)-[r]-()
  WITH DISTINCT r
  RETURN collect({type: type(r), from: startNode(r).key, to: endNode(r).key, props: properties(r)}) AS removedRelationships
}
WITH doomed, removedRelationships, [n IN doomed | {key: n.key, labels: labels(n), props: properties(n)}] AS removedNodes
FOREACH (n IN doomed | DETACH DELETE n)
RETURN size(doomed) AS nodes, size(removedRelationships) AS relationships, removedNodes, removedRelationships
