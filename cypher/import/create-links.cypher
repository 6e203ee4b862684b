// The relationships of an import batch that cannot exist yet, because one
// of their ends was created by the same batch (src/import/writer.ts):
// created as import/links would create them, with the dataset's values and
// what it fills in, and the Dataset as their source.
// $batch.ends: the keys of the entities at their ends, each once; $batch.links:
// [{type, from, to, record, hash, vote}], from and to the positions of
// their ends in $batch.ends. $dataset, $actor.
// Each end is sought once, not once per relationship at it: a batch's
// thousands of deals name a few hundred suppliers, recipients and weapon
// systems. The ends come back in the order sought; the check on their keys
// makes any other order, or an end not found, a batch that accounts for no
// row and fails (src/import/writer.ts), never a relationship to the wrong
// node.
// The values are named (LinkValues, src/import/source.ts, lists them; a
// null is not written): a map set after the CREATE had Neo4j hold every
// row of the batch twice (two Eager operators); named, there is none.
// importHash: the content's hash, as import/existing says why.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
CALL () {
  UNWIND $batch.ends AS key
  MATCH (n:Entity {key: key})
  RETURN collect(n) AS ends, collect(key) AS found
}
WITH ends WHERE found = $batch.ends
UNWIND $batch.links AS row
WITH ends[row.from] AS a, ends[row.to] AS b, row
// row.type is one of the closed set of relationship types (src/domain), set by the importer.
CREATE (a)-[:$(row.type) {vote: row.vote, sources: [$dataset], record: row.record, importHash: row.hash,
                          updatedBy: $actor, updatedAt: datetime.transaction()}]->(b)
RETURN row.type AS kind, 'created' AS status, count(*) AS count
