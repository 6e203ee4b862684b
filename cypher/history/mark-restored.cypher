// Notes on a delete's history entry which change restored it, so that it
// is not restored twice.
// $id (the delete), $by (the restore)
MATCH (c:Change {id: $id})
SET c.restoredBy = $by
RETURN c.id AS id
