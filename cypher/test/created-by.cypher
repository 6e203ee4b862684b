// The import changes that created a node in bulk, for tests, with how many
// items of their own they list for it (none: bulk creations are counted on
// the Change and their keys kept in createdKeys), newest first (a node
// removed and imported again has one per import). $key
MATCH (c:Change)
WHERE $key IN coalesce(c.createdKeys, [])
OPTIONAL MATCH (i:ChangeItem {change: c.id, nodeKey: $key})
WITH c, count(i) AS items
RETURN c.id AS id, c.operation AS operation, c.created AS created, items
ORDER BY c.at DESC
