// Which of an import batch's keys the graph already holds, in one read
// (src/import/writer.ts): what is new is then created in bulk, and only
// what exists is compared with what the dataset says.
// Nodes and claims come with the importHash this import wrote on them
// (src/import/writer.ts): one whose hash is the dataset's row's is
// unchanged and is not written again. The hash counts only while the
// import was the last to write (updatedBy $actor): what another writer
// changed since is compared value by value.
// $nodes (entity keys), $articles (article keys), $claims (claim keys), $actor
// Planned once and kept (replan=skip, as every import statement is): its
// plan is seeks by key whatever the counts, and an import that grows the
// store by the million would otherwise have it planned again and again as
// the counts change.
CYPHER replan=skip
CALL () {
  UNWIND $nodes AS key
  MATCH (n:Entity {key: key})
  RETURN collect({key: key, hash: CASE WHEN n.updatedBy = $actor THEN n.importHash END}) AS nodes
}
CALL () {
  UNWIND $articles AS key
  MATCH (a:Article {key: key})
  RETURN collect(key) AS articles
}
CALL () {
  UNWIND $claims AS key
  MATCH (c:Claim {key: key})
  RETURN collect({key: key, hash: CASE WHEN c.updatedBy = $actor THEN c.importHash END}) AS claims
}
RETURN nodes, articles, claims
