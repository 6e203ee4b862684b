// The relationships of an import batch that cannot exist yet, because one
// of their ends was created by the same batch (src/import/writer.ts):
// created as import/links would create them, with the dataset's values and
// what it fills in, and the Dataset as their source.
// $batch.ends: the keys of the entities at their ends, each once;
// $batch.records: the dataset's records the relationships come from, each
// once (a SIPRI deal's three relationships share one);
// $batch.types: [{type, links: [[from, to, record, vote]]}], the new
// relationships of each type, each a list: from and to the positions of
// its ends in $batch.ends, record the position of its record in
// $batch.records, and the vote (null but for VOTED). Lists, not maps: the
// names of four values, sent and read with each of a SIPRI file's 90,000
// relationships, cost more than the values (import/create-nodes says how
// much). $dataset, $actor.
// Each end is sought once, not once per relationship at it: a batch's
// thousands of deals name a few hundred suppliers, recipients and weapon
// systems. The ends come back in the order sought; the check on their keys
// makes any other order, or an end not found, a batch that accounts for no
// row and fails (src/import/writer.ts), never a relationship to the wrong
// node.
// The values are named in the CREATE (a null is not written): a map set
// after it had Neo4j hold every row of the batch twice (two Eager
// operators); named, there is none.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
CALL () {
  UNWIND $batch.ends AS key
  MATCH (n:Entity {key: key})
  RETURN collect(n) AS ends, collect(key) AS found
}
WITH ends WHERE found = $batch.ends
UNWIND $batch.types AS type
UNWIND type.links AS link
WITH ends[link[0]] AS a, ends[link[1]] AS b, link, type
// type.type is one of the closed set of relationship types (src/domain), set by the importer.
CREATE (a)-[:$(type.type) {vote: link[3], sources: [$dataset], record: $batch.records[link[2]],
                           updatedBy: $actor, updatedAt: datetime.transaction()}]->(b)
RETURN type.type AS kind, 'created' AS status, count(*) AS count
