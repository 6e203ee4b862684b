// Which of an import batch's relationships between nodes the graph already
// held this import last wrote with the same content (src/import/writer.ts):
// each comes back with the importHash it carries, while the import was the
// last to write it (updatedBy $actor); those whose hash is the row's are
// unchanged and are not written again, as import/existing says of nodes.
// $batch.links: [{type, from, to}], $actor. Returns {key: 'TYPE|from|to', hash}.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.links AS row
MATCH (a:Entity {key: row.from})-[r]->(b:Entity {key: row.to})
WHERE type(r) = row.type AND r.updatedBy = $actor
RETURN row.type + '|' + row.from + '|' + row.to AS key, r.importHash AS hash
