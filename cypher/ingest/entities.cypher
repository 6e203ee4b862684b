// The entities of a document, merged by key, each with :Entity and its type label.
// $entities: [{key, type, aliases: [..], props: {name, wikidataId?, description?, <type-specific>}}]
// Aliases are unioned with those already known; other properties are set when
// the document gives them. Only a node that this statement creates or whose
// values differ is written and stamped with provenance.
UNWIND $entities AS row
MERGE (n:Entity {key: row.key})
// row.type is one of the closed set of entity labels checked by the document schema.
SET n:$(row.type)
WITH n, row, row.props AS props, properties(n) AS before
WITH n, row, props, before,
     [alias IN row.aliases WHERE NOT alias IN coalesce(before.aliases, [])] AS newAliases
// Everything ingest writes carries updatedAt, so a node without it was just created by the MERGE.
WITH n, row.type AS kind, before, before.updatedAt IS NULL AS created,
     props {.*, aliases: coalesce(before.aliases, []) + newAliases} AS after,
     size(newAliases) > 0 OR any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET n += CASE WHEN created OR changed
         THEN after {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH n, kind, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN kind, status, count(*) AS count, collect(n.key) AS keys,
       collect(CASE WHEN status <> 'unchanged' THEN {key: n.key, before: before, after: properties(n)} END) AS changes
