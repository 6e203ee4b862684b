// The nodes of an import batch that the graph does not hold yet
// (src/import/writer.ts found them absent in the same transaction):
// created as import/nodes would create them, with the dataset's values and
// what it fills in (nulls left out), its aliases, provenance and the
// content's hash (import/existing says why). Nothing
// is read back: the batch's history lists them by key and count.
// $batch.nodes: [{key, type, values: {..}}]: values are the dataset's, what it
// fills in (nulls left out), its aliases, record and the content's hash, as
// one map (src/import/writer.ts): one SET of it, where a SET per map had
// Neo4j hold the whole batch between each (an Eager operator; two are
// left of three).
// $dataset (the Dataset's key), $actor.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.nodes AS row
CREATE (n:Entity {key: row.key, dataset: $dataset, updatedBy: $actor, updatedAt: datetime.transaction()})
// row.type is one of the closed set of entity labels (src/domain), set by the importer.
SET n:$(row.type),
    n += row.values
RETURN row.type AS kind, 'created' AS status, count(*) AS count
