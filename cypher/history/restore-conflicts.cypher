// What stands in the way of restoring a delete: the keys it would put back
// that a node holds now, the nodes its relationships need at their other
// end that are gone, and relationship keys now in use elsewhere.
// $keys (the nodes to restore), $ends (keys outside them that relationships
// lead to), $relationshipKeys.
CALL () {
  UNWIND $keys AS key
  OPTIONAL MATCH (e:Entity {key: key})
  OPTIONAL MATCH (c:Claim {key: key})
  OPTIONAL MATCH (a:Article {key: key})
  WITH key, coalesce(e, c, a) AS n
  WHERE n IS NOT NULL
  RETURN collect({key: key, labels: labels(n)}) AS taken
}
CALL () {
  UNWIND $ends AS key
  OPTIONAL MATCH (e:Entity {key: key})
  OPTIONAL MATCH (c:Claim {key: key})
  OPTIONAL MATCH (a:Article {key: key})
  WITH key, coalesce(e, c, a) AS n
  WHERE n IS NULL
  RETURN collect(key) AS missing
}
CALL () {
  // Relationship keys have no index of their own: one pass, only when a restored relationship has a key.
  UNWIND CASE WHEN size($relationshipKeys) > 0 THEN [1] ELSE [] END AS scan
  MATCH (a)-[r]->(b)
  WHERE r.key IN $relationshipKeys
  RETURN collect({key: r.key, type: type(r), from: a.key, to: b.key}) AS keysInUse
}
RETURN taken, missing, keysInUse
