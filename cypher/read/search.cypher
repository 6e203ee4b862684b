// Entities whose name or aliases match $query (a Lucene query built from the
// user's words, each escaped), best match first; exact names rank first.
// Only the page's nodes are projected: a common word matches thousands.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score + CASE WHEN toLower(node.name) = $exact OR $exact IN [a IN node.aliases | toLower(a)] THEN 10 ELSE 0 END AS rank
WHERE $type IS NULL OR $type IN labels(node)
ORDER BY rank DESC, node.name, node.key
LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, rank
