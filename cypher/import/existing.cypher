// Which of an import batch's keys the graph already holds, in one read
// (src/import/writer.ts): what is new is then created in bulk, and only
// what exists is compared with what the dataset says.
// $nodes (entity keys), $articles (article keys), $claims (claim keys)
// Planned once and kept (replan=skip, as every import statement is): its
// plan is seeks by key whatever the counts, and an import that grows the
// store by the million would otherwise have it planned again and again as
// the counts change.
CYPHER replan=skip
CALL () {
  UNWIND $nodes AS key
  MATCH (n:Entity {key: key})
  RETURN collect(key) AS nodes
}
CALL () {
  UNWIND $articles AS key
  MATCH (a:Article {key: key})
  RETURN collect(key) AS articles
}
CALL () {
  UNWIND $claims AS key
  MATCH (c:Claim {key: key})
  RETURN collect(key) AS claims
}
RETURN nodes, articles, claims
