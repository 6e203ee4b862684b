// Coded claims as imports wrote them before coded claims had links of their
// own (cypher/schema/010_coded_claim_links.cypher): $count claims with
// origin CODED from a speaker to a target by MADE and TARGETS, each link
// with the properties an import gives it, and one reported claim between
// the same two, which keeps its MADE and TARGETS. Speaker, target, claims
// and article are keyed by $slug, the test's own.
CREATE (speaker:Entity:State {key: 'state:' + $slug + '-speaker', name: 'Speaker ' + $slug})
CREATE (target:Entity:State {key: 'state:' + $slug + '-target', name: 'Target ' + $slug})
CREATE (a:Article {key: 'article:' + $slug, url: 'https://news.example.org/' + $slug, category: 'NEWS'})
WITH speaker, target, a
CALL (speaker, target, a) {
  UNWIND range(1, $count) AS i
  CREATE (speaker)-[:MADE {sources: ['dataset:' + $slug], record: toString(i), importHash: 'made-' + i,
    updatedBy: 'import', updatedAt: datetime('2024-06-01T00:00:00Z')}]->
    (c:Claim {key: 'claim:' + $slug + '-coded-' + i, kind: 'ACCUSE', origin: 'CODED', madeOn: '2024-06-01'})
    -[:TARGETS {sources: ['dataset:' + $slug], record: toString(i), importHash: 'targets-' + i,
      updatedBy: 'import', updatedAt: datetime('2024-06-01T00:00:00Z')}]->(target)
  CREATE (c)-[:SOURCE {sources: ['dataset:' + $slug], record: toString(i)}]->(a)
}
CREATE (speaker)-[:MADE {sources: [a.key]}]->
  (r:Claim {key: 'claim:' + $slug + '-reported', kind: 'ACCUSE', origin: 'REPORTED', madeOn: '2024-06-01'})
  -[:TARGETS {sources: [a.key]}]->(target)
CREATE (r)-[:SOURCE {sources: [a.key]}]->(a)
RETURN count(*) AS planted
