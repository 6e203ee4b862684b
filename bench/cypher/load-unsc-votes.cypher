// The Security Council voting data mapping of src/import/unsc-votes.ts
// done by Neo4j itself, for npm run bench:import: LOAD CSV WITH HEADERS,
// batched with CALL { ... } IN TRANSACTIONS. Each row merges its
// resolution (its values from the row), the member state (resolved through
// $states, the importer's state table by code, as {key, name, label}),
// the Security Council, the member's VOTED edge and the resolution's
// CONSIDERED_BY, with the provenance the importer stamps (dataset or
// sources, record, updatedBy, updatedAt). Its resolutions have keys of their own (resolution:lc-),
// so that it writes as much as the importer did before it.
// $file (file:///name), $dataset, $states, $votes {code: vote}, $batch
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  WITH row, $states[row.ms_code] AS member, $votes[coalesce(row.ms_vote, '')] AS vote
  WHERE member IS NOT NULL AND vote IS NOT NULL AND row.resolution STARTS WITH 'S/RES/'
  MERGE (s:Entity {key: member.key})
    ON CREATE SET s:$(member.label), s.name = member.name
  MERGE (council:Entity {key: 'org:un-security-council'})
    ON CREATE SET council:Organization, council.name = 'United Nations Security Council'
  MERGE (r:Entity {key: 'resolution:lc-' + toLower(replace(replace(replace(replace(row.resolution, '/', '-'), ' ', ''), '(', '-'), ')', ''))})
    ON CREATE SET r:Resolution
  SET r += {symbol: row.resolution, name: 'Security Council ' + row.resolution, title: row.description,
            date: row.date, status: 'ADOPTED', agenda: row.agenda, subjectHeadings: split(row.subjects, '|'),
            meeting: row.meeting, draft: row.draft, modality: row.modality, voteNote: row.vote_note,
            votesFor: toInteger(toFloat(row.total_yes)), votesAgainst: toInteger(toFloat(row.total_no)),
            abstentions: toInteger(toFloat(row.total_abstentions)), nonVoting: toInteger(toFloat(row.total_non_voting)),
            members: toInteger(toFloat(row.total_ms)), url: row.undl_link, dataset: $dataset, record: row.undl_id,
            updatedBy: 'import', updatedAt: datetime.transaction()}
  WITH s, r, council, vote, {sources: [$dataset], record: row.undl_id, updatedBy: 'import',
                             updatedAt: datetime.transaction()} AS stamp
  MERGE (s)-[v:VOTED]->(r)
  SET v += stamp, v.vote = vote
  MERGE (r)-[c:CONSIDERED_BY]->(council)
  SET c += stamp
} IN TRANSACTIONS OF $batch ROWS
