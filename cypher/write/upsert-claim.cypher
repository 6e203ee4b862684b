// One claim, created or merged by key as ingest merges it: the given
// properties replace the stored ones, the others stay. Its speaker,
// principal, targets, subjects, answered claim and source are relationships,
// written by write/links in the same transaction. Only a node that is
// created or whose values differ is written and stamped with provenance.
// $key, $props: {kind, origin, allegation, madeOn?, quote?}, $actor
MERGE (n:Claim {key: $key})
WITH n, $props AS props, properties(n) AS before
// Everything a write stamps carries updatedAt, so a node without it was just created by the MERGE.
WITH n, props, before, before.updatedAt IS NULL AS created,
     any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET n += CASE WHEN created OR changed
         THEN props {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
RETURN created, created OR changed AS changed, before, n {.*, labels: labels(n)} AS node
