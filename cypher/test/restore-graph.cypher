// Puts a snapshot back (test/snapshot-nodes, test/snapshot-relationships):
// removes the relationships and nodes it does not hold, and the history
// written since $since, and sets every property as it was.
// $nodes, $relationships: [{id, props}], $since (a datetime).
CALL () {
  MATCH ()-[r]->() WHERE NOT elementId(r) IN $relationshipIds
  DELETE r
}
CALL () {
  MATCH (n) WHERE NOT n:Change AND NOT n:ChangeItem AND NOT elementId(n) IN $nodeIds
  DETACH DELETE n
}
CALL () {
  MATCH (h) WHERE (h:Change OR h:ChangeItem) AND h.at >= $since
  DETACH DELETE h
}
CALL () {
  UNWIND $nodes AS row
  MATCH (n) WHERE elementId(n) = row.id
  SET n = row.props
}
CALL () {
  UNWIND $relationships AS row
  MATCH ()-[r]->() WHERE elementId(r) = row.id
  SET r = row.props
}
RETURN true AS restored
