// The Dataset node of one imported file (src/import/dataset.ts): which
// dataset, which file, as of which date. Written when created or when a
// value differs, like every import write.
// $dataset: {key, source, name, publisher, file, asOf, url}, $actor
// Planned once and kept, as every import statement is (import/existing says why).
CYPHER replan=skip
WITH $dataset AS ds
MERGE (d:Dataset {key: ds.key})
WITH d, ds, properties(d) AS before
WITH d, ds, before, before.updatedAt IS NULL AS created,
     any(k IN keys(ds) WHERE NOT coalesce(before[k] = ds[k], before[k] IS NULL AND ds[k] IS NULL)) AS changed
SET d += CASE WHEN created OR changed THEN ds {.*, updatedBy: $actor, updatedAt: datetime.transaction()} ELSE {} END
WITH d, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
RETURN 'Dataset' AS kind, status, 1 AS count, [d.key] AS keys,
       CASE WHEN status <> 'unchanged' THEN [{key: d.key, before: before, after: properties(d)}] ELSE [] END AS changes
