// The veto list mapping of src/import/unsc-vetoes.ts done by Neo4j itself,
// for npm run bench:import: LOAD CSV (its title line and header skipped),
// batched with CALL { ... } IN TRANSACTIONS. Each row merges its draft's
// resolution (VETOED), the Security Council, each vetoing member (resolved
// through $states, the importer's state table by name, as {key, name,
// label}), its VETOED edge and the draft's CONSIDERED_BY, with the
// provenance the importer stamps (dataset or sources, record, updatedBy,
// updatedAt). Its drafts have
// keys of their own (resolution:lc-), so that it writes as much as the
// importer did before it. $file (file:///name), $dataset, $states, $batch
LOAD CSV FROM $file AS line
CALL (line) {
  WITH line WHERE size(line) >= 5 AND line[1] STARTS WITH 'S/'
  // The date as the importer writes it (ISO), from the list's "19 January 1946".
  WITH line, split(trim(line[0]), ' ') AS day
  WITH line, day[2] + '-' + {January: '01', February: '02', March: '03', April: '04', May: '05', June: '06', July: '07',
                              August: '08', September: '09', October: '10', November: '11', December: '12'}[day[1]]
             + '-' + right('0' + day[0], 2) AS date
  MERGE (council:Entity {key: 'org:un-security-council'})
    ON CREATE SET council:Organization, council.name = 'United Nations Security Council'
  MERGE (r:Entity {key: 'resolution:lc-' + toLower(replace(replace(line[1], '/', '-'), '.', ''))})
    ON CREATE SET r:Resolution
  SET r += {symbol: line[1], name: 'Draft resolution ' + line[1], date: date, status: 'VETOED',
            meeting: line[2], agenda: line[3], dataset: $dataset, record: line[1],
            updatedBy: 'import', updatedAt: datetime.transaction()}
  WITH r, council, line, {sources: [$dataset], record: line[1], updatedBy: 'import',
                          updatedAt: datetime.transaction()} AS stamp
  MERGE (r)-[c:CONSIDERED_BY]->(council)
  SET c += stamp
  WITH r, line, stamp
  UNWIND split(line[4], ',') AS name
  WITH r, stamp, $states[trim(name)] AS member
  WHERE member IS NOT NULL
  MERGE (s:Entity {key: member.key})
    ON CREATE SET s:$(member.label), s.name = member.name
  MERGE (s)-[v:VETOED]->(r)
  SET v += stamp
} IN TRANSACTIONS OF $batch ROWS
