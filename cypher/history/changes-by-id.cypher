// History entries by id, for change(id:) and the links between entries.
// $ids
UNWIND $ids AS id
MATCH (c:Change {id: id})
RETURN id, c {.id, .operation, .actor, .itemCount, .created, .restores, .restoredBy, at: toString(c.at)} AS change
