// The nodes of an import batch that the graph does not hold yet
// (src/import/writer.ts found them absent in the same transaction):
// created as import/nodes would create them, with the dataset's values and
// what it fills in (nulls left out), its aliases, provenance and the
// content's hash (import/existing says why). Nothing
// is read back: the batch's history lists them by key and count.
// $batch.types: [{type, shared, names, nodes: [[key, value...]]}]: the new
// nodes of each type; the values all of them have alike (shared: a map,
// sent once, such as SIPRI's status REPORTED), then the names of the
// others once, and each node as a list of its key and its values in the
// same order (null where it has none: setting null on a node just
// created writes nothing). Lists, not maps: a map's names ("key",
// "values") sent and read with each of a file's nodes cost more than
// their values. Named once a type, not once a node: the names
// of a SIPRI deal's two dozen properties, sent and read with every one of
// its nodes, cost Neo4j and the importer more than the values (a map per
// node took Neo4j 2.3 s and the importer 0.86 s for 30,000 nodes of 22
// values, the names once 1.6 s and 0.61 s). A SET of a map had Neo4j hold
// the whole batch between steps (an Eager operator); two are left of
// three, as with the map.
// $dataset (the Dataset's key), $actor.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.types AS type
UNWIND type.nodes AS row
// type.type is one of the closed set of entity labels (src/domain), set by the importer.
CREATE (n:Entity:$(type.type) {key: row[0], dataset: $dataset, updatedBy: $actor, updatedAt: datetime.transaction()})
FOREACH (name IN keys(type.shared) | SET n[name] = type.shared[name])
FOREACH (i IN range(0, size(type.names) - 1) | SET n[type.names[i]] = row[i + 1])
RETURN type.type AS kind, 'created' AS status, count(*) AS count
