// The feed of changes, newest first, from $since on and by $actor when
// given, one page after a keyset cursor (the time and id of the last change
// seen). $limit is one more than the page, to tell whether more follow.
// $since, $actor, $afterAt, $afterId (each null when not given), $limit
CALL () {
  MATCH (c:Change)
  WHERE ($since IS NULL OR c.at >= datetime($since)) AND ($actor IS NULL OR c.actor = $actor)
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (c:Change)
  WHERE ($since IS NULL OR c.at >= datetime($since)) AND ($actor IS NULL OR c.actor = $actor)
    AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
  WITH c
  ORDER BY c.at DESC, c.id DESC
  LIMIT $limit
  // The snapshot of a delete can be large, and only restoreEntity reads it.
  RETURN collect(c {.id, .operation, .actor, .itemCount, .created, .restores, .restoredBy, at: toString(c.at)}) AS items
}
RETURN totalCount, items
