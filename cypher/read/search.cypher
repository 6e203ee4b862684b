// Entities whose name or aliases match $query (a Lucene query built from the
// user's words, each escaped), best match first; exact names rank first.
// Lucene hands over only its $candidates best hits: a common word matches
// thousands of entities, and reading them all would make search cost grow
// with the graph. An exact name scores among Lucene's best, so it is kept.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
WITH node, score + CASE WHEN toLower(node.name) = $exact OR $exact IN [a IN node.aliases | toLower(a)] THEN 10 ELSE 0 END AS rank
WHERE $type IS NULL OR $type IN labels(node)
ORDER BY rank DESC, node.name, node.key
LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, rank
