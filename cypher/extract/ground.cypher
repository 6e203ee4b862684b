// Grounds the entities an extractor found in what the graph holds: for
// each, the entity with its own key, and the best full-text hits on its
// names (exact words and close spellings, e.g. "nebenzya~" finds
// "Nebenzia"). The extractor decides among them (src/extract/resolve.ts);
// a resolution's symbol and title let it find one named by number or by
// what it says ("the draft renewing the panel").
// $candidates: [{id, key, lucene}]; lucene is built from letters and digits only.
UNWIND $candidates AS candidate
OPTIONAL MATCH (same:Entity {key: candidate.key})
CALL (candidate) {
  CALL db.index.fulltext.queryNodes('entity_names', candidate.lucene, {limit: 10}) YIELD node, score
  RETURN collect({
    key: node.key,
    type: [label IN labels(node) WHERE label <> 'Entity'][0],
    name: node.name,
    aliases: coalesce(node.aliases, []),
    symbol: node.symbol,
    title: node.title
  }) AS hits
}
RETURN candidate.id AS id,
  CASE WHEN same IS NULL THEN null ELSE {
    key: same.key,
    type: [label IN labels(same) WHERE label <> 'Entity'][0],
    name: same.name,
    aliases: coalesce(same.aliases, []),
    symbol: same.symbol,
    title: same.title
  } END AS same,
  hits
