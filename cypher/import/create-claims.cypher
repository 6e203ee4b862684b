// The coded claims of an import batch that the graph does not hold yet
// (src/import/writer.ts found them absent): each created with its speaker
// (MADE), target (TARGETS) and the article it was coded from (SOURCE), all
// written earlier in the same transaction, as import/claims creates them.
// $claims: [{key, record, hash, speaker, target, article: {key}, props: {..}}], $dataset, $actor.
// importHash: the content's hash, as import/existing says why.
// Planned once and kept, as import/existing says why.
CYPHER replan=skip
UNWIND $claims AS row
MATCH (s:Entity {key: row.speaker})
MATCH (t:Entity {key: row.target})
MATCH (a:Article {key: row.article.key})
CREATE (c:Claim {key: row.key})
SET c += row.props,
    c += {dataset: $dataset, record: row.record, importHash: row.hash, updatedBy: $actor, updatedAt: datetime.transaction()}
WITH s, t, a, c, {sources: [$dataset], record: row.record, updatedBy: $actor, updatedAt: datetime.transaction()} AS stamp
CREATE (s)-[m:MADE]->(c)
CREATE (c)-[g:TARGETS]->(t)
CREATE (c)-[r:SOURCE]->(a)
SET m = stamp, g = stamp, r = stamp
RETURN 'Claim' AS kind, 'created' AS status, count(*) AS count
