// Every relationship of a document, whatever its type: between entities,
// from an entity to the articles that mention it (MENTIONED_IN), and from a
// claim to its speaker (MADE, inward), principal, targets, subjects, the
// claim it answers and its article (SOURCE).
// $relationships: [{type, from, to, key?, sources: [article keys], props: {..}}]
// Identity is (type, from, to), plus the title for HOLDS_POSITION. Sources
// are unioned with those already recorded; other properties are set when
// given. The key (the read API's edge id) is kept once set, since ids never
// change. Only what is created or differs is written and stamped.
UNWIND $relationships AS row
// Ends were written earlier in this transaction. Each is looked up under its
// own label so that every look-up is a unique-index seek; keys' prefixes
// keep Entity, Claim and Article keys apart.
OPTIONAL MATCH (fromEntity:Entity {key: row.from})
OPTIONAL MATCH (fromClaim:Claim {key: row.from})
OPTIONAL MATCH (toEntity:Entity {key: row.to})
OPTIONAL MATCH (toClaim:Claim {key: row.to})
OPTIONAL MATCH (toArticle:Article {key: row.to})
WITH row, coalesce(fromEntity, fromClaim) AS a, coalesce(toEntity, toClaim, toArticle) AS b
CALL (row, a, b) {
  // One person may hold several posts in one state: each title is its own relationship.
  WITH row, a, b WHERE row.type = 'HOLDS_POSITION'
  MERGE (a)-[r:HOLDS_POSITION {title: row.props.title}]->(b)
  RETURN r
  UNION ALL
  // row.type is one of the closed set of relationship types checked by the document schema.
  WITH row, a, b WHERE row.type <> 'HOLDS_POSITION'
  MERGE (a)-[r:$(row.type)]->(b)
  RETURN r
}
WITH r, row, row.props AS props, properties(r) AS before
WITH r, row, props, before,
     [source IN row.sources WHERE NOT source IN coalesce(before.sources, [])] AS newSources
// Everything ingest writes carries updatedAt, so one without it was just created by the MERGE.
WITH r, row, row.type AS kind, before, before.updatedAt IS NULL AS created,
     props {.*, sources: coalesce(before.sources, []) + newSources, key: coalesce(before.key, row.key)} AS after,
     size(newSources) > 0
       OR (before.key IS NULL AND row.key IS NOT NULL)
       OR any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET r += CASE WHEN created OR changed
         THEN after {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH r, row, kind, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN kind, status, count(*) AS count, collect(row.from) + collect(row.to) AS keys,
       collect(CASE WHEN status <> 'unchanged' THEN {type: kind, from: row.from, to: row.to, before: before, after: properties(r)} END) AS changes
