// The history of nodes by key, newest first: for each key, how many entries
// it has and one page of them after a keyset cursor (the time and change id
// of the last entry seen), so that entries recorded meanwhile never shift a
// page. $limit is one more than the page, to tell whether more follow.
// $keys, $afterAt (ISO text or null), $afterChange, $limit
UNWIND $keys AS key
CALL (key) {
  MATCH (i:ChangeItem {nodeKey: key})
  RETURN count(i) AS totalCount
}
CALL (key) {
  MATCH (i:ChangeItem {nodeKey: key})
  WHERE $afterAt IS NULL OR i.at < datetime($afterAt) OR (i.at = datetime($afterAt) AND i.change < $afterChange)
  WITH i
  ORDER BY i.at DESC, i.change DESC
  LIMIT $limit
  RETURN collect(i {.*, at: toString(i.at)}) AS items
}
RETURN key, totalCount, items
