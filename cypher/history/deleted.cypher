// A history entry as restoreEntity needs it: which operation it was, what
// a delete removed (its snapshot, JSON) and whether it was restored since.
// $id. No row when there is no such entry.
MATCH (c:Change {id: $id})
RETURN c.operation AS operation, c.snapshot AS snapshot, c.restoredBy AS restoredBy
