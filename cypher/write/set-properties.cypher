// Corrects properties of one entity or claim: $changes maps property names
// (a closed set checked by the resolver) to their new values, null removing
// one. Nothing is written, provenance included, when every value is already
// the one asked for.
// $key, $changes: {..}, $actor
OPTIONAL MATCH (e:Entity {key: $key})
OPTIONAL MATCH (c:Claim {key: $key})
WITH coalesce(e, c) AS n, $changes AS changes
WHERE n IS NOT NULL
WITH n, changes, properties(n) AS before
WITH n, changes, before,
     // Equal, or both absent: `=` answers null when either side is null.
     [k IN keys(changes) WHERE NOT coalesce(before[k] = changes[k], before[k] IS NULL AND changes[k] IS NULL)] AS differing
SET n += CASE WHEN size(differing) > 0
         THEN changes {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
RETURN size(differing) > 0 AS changed, before, n {.*, labels: labels(n)} AS node
