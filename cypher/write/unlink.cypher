// Removes the relationships of one type from one entity to another: for
// HOLDS_POSITION only the post with $title when it is given. Returns what
// was removed, as it was.
// $type (one of the closed set of relationship types checked by the resolver), $from, $to, $title
MATCH (a:Entity {key: $from})-[r]->(b:Entity {key: $to})
WHERE type(r) = $type AND ($title IS NULL OR r.title = $title)
WITH r, properties(r) AS props
DELETE r
RETURN props
