// The claims a document reports, merged by key.
// $claims: [{key, props: {kind, origin, allegation, madeOn?, quote?}}]
// Their speaker, targets, subjects, answered claim and source are
// relationships, written by ingest/relationships.
UNWIND $claims AS row
MERGE (n:Claim {key: row.key})
WITH n, row.props AS props, properties(n) AS before
// Everything ingest writes carries updatedAt, so a node without it was just created by the MERGE.
WITH n, props, before, before.updatedAt IS NULL AS created,
     any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET n += CASE WHEN created OR changed
         THEN props {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH n, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN 'Claim' AS kind, status, count(*) AS count, collect(n.key) AS keys,
       collect(CASE WHEN status <> 'unchanged' THEN {key: n.key, before: before, after: properties(n)} END) AS changes
