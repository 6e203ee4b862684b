// The coded claims of an import batch that the graph does not hold yet
// (src/import/writer.ts found them absent): each created with its speaker
// (CODED_MADE), target (CODED_TARGETS: coded claims' links of their own,
// CODED_CLAIM_LINK in src/domain/links.ts says why) and the article it was
// coded from (SOURCE), all
// written earlier in the same transaction, as import/claims creates them.
// $batch.ends: the keys of the speakers and targets, each once; $batch.articles: the
// keys of the articles, each once; $batch.claims: [{key, record, hash, speaker,
// target, article, props: {..}}], speaker and target positions in $batch.ends,
// article a position in $batch.articles. $dataset, $actor.
// Each speaker, target and article is sought once, not once per claim (a
// batch's thousands of claims name a few dozen states); the ends come back
// in the order sought, checked as import/create-links says.
// importHash: the content's hash, as import/existing says why.
// Each claim and relationship is created with its properties named, as
// CodedClaimProps (src/import/source.ts) lists them: each map set after
// the CREATE (SET c += row.props, SET m = stamp) had Neo4j hold every row
// of the batch between steps (an Eager operator) for fear that a later
// row's MATCH reads what an earlier row wrote.
// A property left out (null) is not written. The target link carries its
// target's key and the claim's kind and date, as every target link does
// (cypher/schema/011_claim_target_index.cypher).
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
CALL () {
  UNWIND $batch.ends AS key
  MATCH (n:Entity {key: key})
  RETURN collect(n) AS ends, collect(key) AS found
}
CALL () {
  UNWIND $batch.articles AS key
  MATCH (a:Article {key: key})
  RETURN collect(a) AS sources, collect(key) AS sourced
}
WITH ends, sources WHERE found = $batch.ends AND sourced = $batch.articles
UNWIND $batch.claims AS row
WITH ends[row.speaker] AS s, ends[row.target] AS t, sources[row.article] AS a, row, row.props AS p
CREATE (s)-[:CODED_MADE {sources: [$dataset], record: row.record, updatedBy: $actor, updatedAt: datetime.transaction()}]->
  (c:Claim {key: row.key, kind: p.kind, origin: p.origin, allegation: p.allegation, madeOn: p.madeOn,
    eventCode: p.eventCode, rootEvent: p.rootEvent, goldstein: p.goldstein, avgTone: p.avgTone,
    numMentions: p.numMentions, numSources: p.numSources, numArticles: p.numArticles,
    dataset: $dataset, record: row.record, importHash: row.hash, updatedBy: $actor, updatedAt: datetime.transaction()})
  -[:CODED_TARGETS {sources: [$dataset], record: row.record, target: $batch.ends[row.target], kind: p.kind, madeOn: p.madeOn,
    updatedBy: $actor, updatedAt: datetime.transaction()}]->(t)
CREATE (c)-[:SOURCE {sources: [$dataset], record: row.record, updatedBy: $actor, updatedAt: datetime.transaction()}]->(a)
RETURN 'Claim' AS kind, 'created' AS status, count(*) AS count
