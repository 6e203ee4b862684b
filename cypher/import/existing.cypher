// Which of an import batch's keys the graph already holds, in one read
// (src/import/writer.ts): what is new is then created in bulk, and only
// what exists is compared with what the dataset says.
// Nodes and claims come with the importHash this import wrote on them
// (src/import/writer.ts): one whose hash is the dataset's row's is
// unchanged and is not written again. The hash counts only while the
// import was the last to write (updatedBy $actor): what another writer
// changed since is compared value by value.
// $batch.nodes (entity keys), $batch.articles (article keys), $batch.claims (claim keys), $actor
// Planned once and kept (replan=skip, as every import statement is): its
// plan is seeks by key whatever the counts, and an import that grows the
// store by the million would otherwise have it planned again and again as
// the counts change. For the same reason the rows come inside one map
// ($batch) rather than as lists of their own: Neo4j plans a statement
// again for each new range of a list parameter's length (lists of 1, 3,
// 50, 500, 5,000 and 20,000 rows were each planned anew, for a few hundred
// milliseconds each time), which a file's batches of every size paid over
// and over; the length of a list inside a map is not looked at.
CYPHER replan=skip
CALL () {
  UNWIND $batch.nodes AS key
  MATCH (n:Entity {key: key})
  RETURN collect({key: key, hash: CASE WHEN n.updatedBy = $actor THEN n.importHash END}) AS nodes
}
CALL () {
  UNWIND $batch.articles AS key
  MATCH (a:Article {key: key})
  RETURN collect(key) AS articles
}
CALL () {
  UNWIND $batch.claims AS key
  MATCH (c:Claim {key: key})
  RETURN collect({key: key, hash: CASE WHEN c.updatedBy = $actor THEN c.importHash END}) AS claims
}
RETURN nodes, articles, claims
