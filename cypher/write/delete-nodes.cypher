// Deletes entities and claims by key, with every relationship they have.
// Returns how many nodes and distinct relationships went.
// $keys
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {key: key})
OPTIONAL MATCH (c:Claim {key: key})
// collect() leaves out the keys that matched nothing.
WITH collect(coalesce(e, c)) AS doomed
CALL (doomed) {
  UNWIND doomed AS n
  MATCH (n)-[r]-()
  RETURN count(DISTINCT r) AS relationships
}
FOREACH (n IN doomed | DETACH DELETE n)
RETURN size(doomed) AS nodes, relationships
