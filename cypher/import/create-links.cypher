// The relationships of an import batch that cannot exist yet, because one
// of their ends was created by the same batch (src/import/writer.ts):
// created as import/links would create them, with the dataset's values and
// what it fills in (nulls left out), and the Dataset as their source.
// $links: [{type, from, to, values: {..}}]: values as import/create-nodes
// says, in one map. $dataset, $actor.
// Planned once and kept, as import/existing says why.
CYPHER replan=skip
UNWIND $links AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
// row.type is one of the closed set of relationship types (src/domain), set by the importer.
CREATE (a)-[r:$(row.type) {sources: [$dataset], updatedBy: $actor, updatedAt: datetime.transaction()}]->(b)
SET r += row.values
RETURN row.type AS kind, 'created' AS status, count(*) AS count
