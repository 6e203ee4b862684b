// Entities whose name or aliases match $query (a Lucene query built from the
// user's words, each escaped), best match first; exact names rank first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score + CASE WHEN toLower(node.name) = $exact OR $exact IN [a IN node.aliases | toLower(a)] THEN 10 ELSE 0 END AS rank
WHERE $type IS NULL OR $type IN labels(node)
RETURN node {.*, labels: labels(node)} AS node, rank
ORDER BY rank DESC, node.name, node.key
LIMIT $limit
