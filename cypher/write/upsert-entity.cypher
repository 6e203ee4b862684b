// One entity, created or merged by key as ingest merges it: aliases are
// unioned with those known, the given properties set, the others left as
// they are. Only a node that is created or whose values differ is written
// and stamped with provenance, so the same upsert twice writes nothing.
// $key, $type (one of the closed set of entity labels, checked by the
// resolver against the document schema), $aliases: [..],
// $props: {name, wikidataId?, description?, <type-specific>}, $actor
MERGE (n:Entity {key: $key})
SET n:$($type)
WITH n, $props AS props, properties(n) AS before
WITH n, props, before,
     [alias IN $aliases WHERE NOT alias IN coalesce(before.aliases, [])] AS newAliases
// Everything a write stamps carries updatedAt, so a node without it was just created by the MERGE.
WITH n, before, before.updatedAt IS NULL AS created,
     props {.*, aliases: coalesce(before.aliases, []) + newAliases} AS after,
     size(newAliases) > 0 OR any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET n += CASE WHEN created OR changed
         THEN after {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
RETURN created, created OR changed AS changed, before, n {.*, labels: labels(n)} AS node
