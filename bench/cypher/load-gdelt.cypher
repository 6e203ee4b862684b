// The GDELT mapping of src/import/gdelt.ts done by Neo4j itself, for
// npm run bench:import: LOAD CSV over a GDELT 2.0 export (tab-separated, no
// header), batched with CALL { ... } IN TRANSACTIONS. The tables the
// importer reads from data/import come in as maps:
// $claims {eventCode: {kind, allegation}} (four-digit codes fall back to
// their base code), $states {countryCode: {key, name}} (CAMEO's own codes
// included, regions left out), $groups {knownGroupCode: {key, name,
// category}}. It writes what the importer writes: the claim's values, the
// article's, and on every node and relationship it creates the provenance
// the importer stamps (dataset or sources, record, updatedBy, updatedAt),
// and on the target link the copies of its target's key and the claim's
// kind and date that the claim target index orders
// (cypher/schema/011_claim_target_index.cypher).
// Its claims and articles have keys of their own (claim:lc-, article:lc-),
// so that it writes as much as the importer did before it.
// $file (file:///name), $dataset, $batch
LOAD CSV FROM $file AS line FIELDTERMINATOR '\t'
CALL (line) {
  WITH line, coalesce($claims[coalesce(line[26], '')], $claims[left(coalesce(line[26], ''), 3)]) AS coding
  WHERE size(line) = 61 AND coding IS NOT NULL AND line[60] STARTS WITH 'http'
  WITH line, coding,
       coalesce($groups[coalesce(line[8], '')], $states[coalesce(line[7], '')]) AS one,
       coalesce($groups[coalesce(line[18], '')], $states[coalesce(line[17], '')]) AS two
  WHERE one IS NOT NULL AND two IS NOT NULL AND one.key <> two.key
  MERGE (s:Entity {key: one.key})
    ON CREATE SET s:$(one.label), s.name = one.name
  MERGE (t:Entity {key: two.key})
    ON CREATE SET t:$(two.label), t.name = two.name
  MERGE (a:Article {key: 'article:lc-' + line[60]})
    ON CREATE SET a += {url: line[60], publisher: split(line[60], '/')[2], category: 'NEWS', dataset: $dataset,
                        record: line[0], updatedBy: 'import', updatedAt: datetime.transaction()}
  MERGE (c:Claim {key: 'claim:lc-gdelt-' + line[0]})
  SET c += {kind: coding.kind, origin: 'CODED', allegation: coding.allegation,
            madeOn: left(line[1], 4) + '-' + substring(line[1], 4, 2) + '-' + substring(line[1], 6, 2),
            eventCode: line[26], rootEvent: line[25] = '1', goldstein: toFloat(line[30]), avgTone: toFloat(line[34]),
            numMentions: toInteger(line[31]), numSources: toInteger(line[32]), numArticles: toInteger(line[33]),
            dataset: $dataset, record: line[0], updatedBy: 'import', updatedAt: datetime.transaction()}
  WITH s, t, a, c, two, coding, line,
       {sources: [$dataset], record: line[0], updatedBy: 'import', updatedAt: datetime.transaction()} AS stamp
  MERGE (s)-[m:CODED_MADE]->(c)
    ON CREATE SET m = stamp
  MERGE (c)-[g:CODED_TARGETS]->(t)
    ON CREATE SET g = stamp, g.target = two.key, g.kind = coding.kind,
                  g.madeOn = left(line[1], 4) + '-' + substring(line[1], 4, 2) + '-' + substring(line[1], 6, 2)
  MERGE (c)-[r:SOURCE]->(a)
    ON CREATE SET r = stamp
} IN TRANSACTIONS OF $batch ROWS
