// The relationships of an import batch that cannot exist yet, because one
// of their ends was created by the same batch (src/import/writer.ts):
// created as import/links would create them, with the dataset's values and
// what it fills in (nulls left out), and the Dataset as their source.
// $links: [{type, from, to, record, hash, props: {..}, fill: {..}}], $dataset, $actor
// (importHash: the content's hash, as import/existing-links says why).
// Planned once and kept, as import/existing says why.
CYPHER replan=skip
UNWIND $links AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
// row.type is one of the closed set of relationship types (src/domain), set by the importer.
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props,
    r += row.fill,
    r += {sources: [$dataset], record: row.record, importHash: row.hash, updatedBy: $actor,
          updatedAt: datetime.transaction()}
RETURN row.type AS kind, 'created' AS status, count(*) AS count
