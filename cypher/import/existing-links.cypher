// Which of an import batch's relationships between nodes the graph already
// held this import last wrote (updatedBy $actor), with their vote
// (src/import/writer.ts): those whose vote is the row's say what the
// dataset says and are not written again, as import/existing says of
// nodes; the rest, and those another writer wrote since, go through
// import/links, which compares them value by value. A relationship's one
// value is compared as it is, with no hash of it.
// $batch.links: [{type, from, to}], $actor. Returns {key: 'TYPE|from|to', vote}.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.links AS row
MATCH (a:Entity {key: row.from})-[r]->(b:Entity {key: row.to})
WHERE type(r) = row.type AND r.updatedBy = $actor
RETURN row.type + '|' + row.from + '|' + row.to AS key, r.vote AS vote
