// The nodes of an import batch that the graph does not hold yet
// (src/import/writer.ts found them absent in the same transaction):
// created as import/nodes would create them, with the dataset's values and
// what it fills in (nulls left out), its aliases, provenance and the
// content's hash (import/existing says why). Nothing
// is read back: the batch's history lists them by key and count.
// $nodes: [{key, type, record, hash, props: {..}, fill: {..}, aliases: [..]}],
// $dataset (the Dataset's key), $actor.
// Planned once and kept, as import/existing says why.
CYPHER replan=skip
UNWIND $nodes AS row
CREATE (n:Entity {key: row.key})
// row.type is one of the closed set of entity labels (src/domain), set by the importer.
SET n:$(row.type),
    n += row.props,
    n += row.fill,
    n += {aliases: row.aliases, dataset: $dataset, record: row.record, importHash: row.hash, updatedBy: $actor,
          updatedAt: datetime.transaction()}
RETURN row.type AS kind, 'created' AS status, count(*) AS count
