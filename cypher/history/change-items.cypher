// What each of several changes did, node by node in key order: one page per
// change. $keys (change ids), $offset, $limit
UNWIND $keys AS id
MATCH (c:Change {id: id})
CALL (id) {
  MATCH (i:ChangeItem {change: id})
  WITH i
  ORDER BY i.nodeKey
  SKIP $offset
  LIMIT $limit
  RETURN collect(i {.*, at: toString(i.at)}) AS items
}
RETURN id AS key, c.itemCount AS totalCount, items
