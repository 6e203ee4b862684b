// The claims a dataset codes (src/import, GDELT's events), each merged by
// key with its speaker (CODED_MADE), target (CODED_TARGETS: coded claims'
// links of their own, CODED_CLAIM_LINK in src/domain/links.ts says why) and
// the article it was coded from (SOURCE), all written earlier in the same
// transaction.
// $claims: [{key, record, hash, speaker, target, article: {key}, props: {kind,
// origin, allegation, madeOn, ...measures}}], $dataset, $actor.
// props are the dataset's: written when any differs (a newer export's
// counts of mentions), with dataset, record and the content's hash
// (import/existing says why). Links are written when
// created, naming the dataset in sources. What is unchanged is not
// written, so importing the same file again writes nothing.
// Planned once and kept, as import/existing says why. Its rows come as a
// list of their own, not in a map as the other import statements' do: with
// the list's rows known to be maps, its plan holds the batch between
// steps five times fewer (five Eager operators, not ten), which is worth
// more than planning it again for each size of batch.
CYPHER replan=skip
UNWIND $claims AS row
MATCH (s:Entity {key: row.speaker})
MATCH (t:Entity {key: row.target})
MATCH (a:Article {key: row.article.key})
MERGE (c:Claim {key: row.key})
WITH c, s, t, a, row, row.props AS props, properties(c) AS before
WITH c, s, t, a, row, props, before, before.updatedAt IS NULL AS created,
     any(k IN keys(props) WHERE NOT coalesce(before[k] = props[k], false)) AS changed
SET c += CASE WHEN created OR changed
         THEN props {.*, dataset: $dataset, record: row.record, importHash: row.hash, updatedBy: $actor,
                     updatedAt: datetime.transaction()}
         ELSE {} END
WITH c, s, t, a, row, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
MERGE (s)-[m:CODED_MADE]->(c)
WITH c, s, t, a, row, before, status, m, m.updatedAt IS NULL AS madeNew
MERGE (c)-[g:CODED_TARGETS]->(t)
WITH c, s, t, a, row, before, status, m, madeNew, g, g.updatedAt IS NULL AS targetsNew
MERGE (c)-[r:SOURCE]->(a)
WITH c, row, before, status, m, madeNew, g, targetsNew, r, r.updatedAt IS NULL AS sourceNew,
     {sources: [$dataset], record: row.record, updatedBy: $actor, updatedAt: datetime.transaction()} AS stamp
SET m += CASE WHEN madeNew THEN stamp ELSE {} END,
    g += CASE WHEN targetsNew THEN stamp ELSE {} END,
    r += CASE WHEN sourceNew THEN stamp ELSE {} END
WITH c, row, before, status, m, madeNew, g, targetsNew, r, sourceNew
// One entry per claim and per link, counted by kind and status for the summary and the history.
UNWIND [
  {kind: 'Claim', status: status, from: c.key, to: null,
   change: CASE WHEN status <> 'unchanged' THEN {key: c.key, before: before, after: properties(c)} END},
  {kind: 'CODED_MADE', status: CASE WHEN madeNew THEN 'created' ELSE 'unchanged' END, from: row.speaker, to: c.key,
   change: CASE WHEN madeNew THEN {type: 'CODED_MADE', from: row.speaker, to: c.key, before: null, after: properties(m)} END},
  {kind: 'CODED_TARGETS', status: CASE WHEN targetsNew THEN 'created' ELSE 'unchanged' END, from: c.key, to: row.target,
   change: CASE WHEN targetsNew THEN {type: 'CODED_TARGETS', from: c.key, to: row.target, before: null, after: properties(g)} END},
  {kind: 'SOURCE', status: CASE WHEN sourceNew THEN 'created' ELSE 'unchanged' END, from: c.key, to: row.article.key,
   change: CASE WHEN sourceNew THEN {type: 'SOURCE', from: c.key, to: row.article.key, before: null, after: properties(r)} END}
] AS entry
// Keys as two collections joined once (a reduce over lists would copy them over and over).
RETURN entry.kind AS kind, entry.status AS status, count(*) AS count,
       collect(entry.from) + collect(entry.to) AS keys, collect(entry.change) AS changes
