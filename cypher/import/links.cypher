// The relationships of one import batch (src/import), between entities
// written earlier in the same transaction.
// $batch.links: [{type, from, to, record, props: {..}, fill: {..}}], $dataset,
// $datasetPrefix (the keys of this source's datasets start with it), $actor.
// Identity is (type, from, to). props and fill as in import/nodes: fill
// (a vote, say) never overwrites what an article's relationship says. The
// relationship's sources list the Dataset that last wrote it, once per
// source beside any article keys: an article's vote the dataset records too
// gains the dataset as a source, and a newer export that changes nothing
// writes nothing. import/existing-links says which rows come here.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.links AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
// row.type is one of the closed set of relationship types (src/domain), set by the importer.
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row, properties(r) AS before, coalesce(properties(r).sources, []) AS sources
WITH r, row, before, sources, before.updatedAt IS NULL AS created,
     any(s IN sources WHERE s STARTS WITH 'article:') AS reported,
     any(s IN sources WHERE s STARTS WITH $datasetPrefix) AS listed
WITH r, row, before, sources, created, listed,
     [k IN keys(row.props) WHERE NOT coalesce(before[k] = row.props[k], before[k] IS NULL AND row.props[k] IS NULL)] AS owned,
     [k IN keys(row.fill) WHERE row.fill[k] IS NOT NULL
        AND (before[k] IS NULL OR (NOT reported AND before[k] <> row.fill[k]))] AS filled
WITH r, row, before, sources, created, listed, owned, filled, size(owned) + size(filled) > 0 AS changed
FOREACH (k IN owned | SET r[k] = row.props[k])
FOREACH (k IN filled | SET r[k] = row.fill[k])
SET r += CASE WHEN created OR changed OR NOT listed
         THEN {sources: [s IN sources WHERE NOT s STARTS WITH $datasetPrefix] + [$dataset], record: row.record,
               updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH r, row, before,
     CASE WHEN created THEN 'created' WHEN changed OR NOT listed THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN row.type AS kind, status, count(*) AS count, collect(row.from) + collect(row.to) AS keys,
       collect(CASE WHEN status <> 'unchanged' THEN {type: row.type, from: row.from, to: row.to, before: before, after: properties(r)} END) AS changes
