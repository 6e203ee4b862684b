// The nodes of one import batch (src/import), merged by key, each with
// :Entity and its type label.
// $batch.nodes: [{key, type, record, hash, props: {..}, fill: {..}, aliases: [..]}],
// $dataset (the Dataset's key), $actor.
// props are the dataset's own values (a resolution's agenda, a deal's
// TIVs): written when they differ, and a null clears one a newer export no
// longer has. fill are values an article may also give (a name, a title, a
// date): written where the node has none, and on a node no article
// mentions, which is the dataset's to keep current. Aliases are added only
// to such a node: what an article said is never overwritten. Only a node
// created or changed is written and stamped with dataset, record,
// provenance and the content's hash (import/existing says why), so importing the same file again writes nothing.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.nodes AS row
MERGE (n:Entity {key: row.key})
// row.type is one of the closed set of entity labels (src/domain), set by the importer.
SET n:$(row.type)
WITH n, row, properties(n) AS before, EXISTS { (n)-[:MENTIONED_IN]->(:Article) } AS reported
WITH n, row, before, before.updatedAt IS NULL AS created,
     [k IN keys(row.props) WHERE NOT coalesce(before[k] = row.props[k], before[k] IS NULL AND row.props[k] IS NULL)] AS owned,
     [k IN keys(row.fill) WHERE row.fill[k] IS NOT NULL
        AND (before[k] IS NULL OR (NOT reported AND before[k] <> row.fill[k]))] AS filled,
     CASE WHEN reported THEN [] ELSE [a IN row.aliases WHERE NOT a IN coalesce(before.aliases, [])] END AS newAliases
WITH n, row, before, created, owned, filled, newAliases,
     created OR size(owned) + size(filled) + size(newAliases) > 0 AS written
FOREACH (k IN owned | SET n[k] = row.props[k])
FOREACH (k IN filled | SET n[k] = row.fill[k])
SET n += CASE WHEN written
         THEN {aliases: coalesce(before.aliases, []) + newAliases, dataset: $dataset, record: row.record,
               importHash: row.hash, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH n, row.type AS kind, before, CASE WHEN created THEN 'created' WHEN written THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN kind, status, count(*) AS count, collect(n.key) AS keys,
       collect(CASE WHEN status <> 'unchanged' THEN {key: n.key, before: before, after: properties(n)} END) AS changes
