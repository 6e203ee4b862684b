// Relationships a mutation writes (an entity's links, a claim's speaker,
// principal, targets, subjects, answered claim and source, an entity's
// MENTIONED_IN), merged by identity as ingest merges them: type, from and
// to, plus the title for HOLDS_POSITION. Sources are unioned with those
// recorded, other properties set when given, the key kept once set. Only
// what is created or differs is written and stamped with provenance.
// $links: [{i, type, from, to, key?, sources: [article keys], props: {..}}]
// row.type is one of the closed set of relationship types the resolvers allow.
// A row whose ends are missing returns nothing: the resolver counts the rows.
UNWIND $links AS row
OPTIONAL MATCH (fromEntity:Entity {key: row.from})
OPTIONAL MATCH (fromClaim:Claim {key: row.from})
OPTIONAL MATCH (toEntity:Entity {key: row.to})
OPTIONAL MATCH (toClaim:Claim {key: row.to})
OPTIONAL MATCH (toArticle:Article {key: row.to})
WITH row, coalesce(fromEntity, fromClaim) AS a, coalesce(toEntity, toClaim, toArticle) AS b
WHERE a IS NOT NULL AND b IS NOT NULL
CALL (row, a, b) {
  // One person may hold several posts in one state: each title is its own relationship.
  WITH row, a, b WHERE row.type = 'HOLDS_POSITION'
  MERGE (a)-[r:HOLDS_POSITION {title: row.props.title}]->(b)
  RETURN r
  UNION ALL
  WITH row, a, b WHERE row.type <> 'HOLDS_POSITION'
  MERGE (a)-[r:$(row.type)]->(b)
  RETURN r
}
WITH r, row, row.props AS props, properties(r) AS before
WITH r, row, props, before,
     [source IN row.sources WHERE NOT source IN coalesce(before.sources, [])] AS newSources
// Everything a write stamps carries updatedAt, so one without it was just created by the MERGE.
WITH r, row, before, before.updatedAt IS NULL AS created,
     props {.*, sources: coalesce(before.sources, []) + newSources, key: coalesce(before.key, row.key)} AS after,
     size(newSources) > 0
       OR (before.key IS NULL AND row.key IS NOT NULL)
       OR any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET r += CASE WHEN created OR changed
         THEN after {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
RETURN row.i AS i, created, created OR changed AS changed, before, properties(r) AS props
