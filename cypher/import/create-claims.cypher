// The coded claims of an import batch that the graph does not hold yet
// (src/import/writer.ts found them absent): each created with its speaker
// (CODED_MADE), target (CODED_TARGETS: coded claims' links of their own,
// CODED_CLAIM_LINK in src/domain/links.ts says why) and the article it was
// coded from (SOURCE), all
// written earlier in the same transaction, as import/claims creates them.
// $batch.ends: the keys of the speakers and targets, each once; $batch.articles: the
// keys of the articles, each once; $batch.claims: [[key, record, hash, speaker,
// target, article, values]], speaker and target positions in $batch.ends,
// article a position in $batch.articles, values the claim's in the order
// of CLAIM_VALUES (src/import/writer.ts): lists rather than maps, as
// import/create-nodes says why (a GDELT claim's eighteen names cost more
// to send and read than its values). $dataset, $actor.
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
WITH ends[row[3]] AS s, ends[row[4]] AS t, sources[row[5]] AS a, row[0] AS key, row[1] AS record, row[2] AS hash,
     $batch.ends[row[4]] AS target, row[6] AS v
// v: kind, origin, allegation, madeOn, eventCode, rootEvent, goldstein, avgTone, numMentions, numSources, numArticles.
CREATE (s)-[:CODED_MADE {sources: [$dataset], record: record, updatedBy: $actor, updatedAt: datetime.transaction()}]->
  (c:Claim {key: key, kind: v[0], origin: v[1], allegation: v[2], madeOn: v[3],
    eventCode: v[4], rootEvent: v[5], goldstein: v[6], avgTone: v[7],
    numMentions: v[8], numSources: v[9], numArticles: v[10],
    dataset: $dataset, record: record, importHash: hash, updatedBy: $actor, updatedAt: datetime.transaction()})
  -[:CODED_TARGETS {sources: [$dataset], record: record, target: target, kind: v[0], madeOn: v[3],
    updatedBy: $actor, updatedAt: datetime.transaction()}]->(t)
CREATE (c)-[:SOURCE {sources: [$dataset], record: record, updatedBy: $actor, updatedAt: datetime.transaction()}]->(a)
RETURN 'Claim' AS kind, 'created' AS status, count(*) AS count
