// Test data for the hub tests: a state ($hub) with thousands of links, under
// keys that end with $slug. It made $claims claims (four in five accusations,
// the rest criticism) aimed at three targets, 60/30/10; $targeted claims by
// three speakers are aimed at it; it voted on $votes resolutions (FOR, then
// AGAINST every 7th, ABSTAIN every 10th), supplied $transfers transfers to two
// recipients (2 to 1), and is a member of three organizations. It is also
// mentioned in articles, and its claims have a source: links a neighbourhood
// leaves out.
CREATE (hub:Entity:State {key: $hub, name: 'Hubland ' + $slug, code: right($hub, 3)})
CREATE (source:Article {key: 'article:hub-' + $slug, title: 'Hub source', publisher: 'Test', publishedOn: '2024-01-01'})
WITH hub, source,
  [t IN ['a', 'b', 'c'] | {key: 'org:hub-target-' + t + '-' + $slug, name: 'Target ' + toUpper(t) + ' ' + $slug}] AS targets,
  [s IN ['a', 'b', 'c'] | {key: 'org:hub-speaker-' + s + '-' + $slug, name: 'Speaker ' + toUpper(s) + ' ' + $slug}] AS speakers,
  [r IN ['a', 'b'] | {key: 'org:hub-recipient-' + r + '-' + $slug, name: 'Recipient ' + toUpper(r) + ' ' + $slug}] AS recipients
CALL (hub, source, targets, speakers, recipients) {
  UNWIND targets + speakers + recipients AS o
  CREATE (:Entity:Organization {key: o.key, name: o.name, category: 'OTHER'})
}
CALL (hub) {
  UNWIND range(1, 3) AS i
  CREATE (org:Entity:Organization {key: 'org:hub-body-' + i + '-' + $slug, name: 'Body ' + i + ' ' + $slug, category: 'OTHER'})
  CREATE (hub)-[:MEMBER_OF {sources: []}]->(org)
}
CALL (hub) {
  UNWIND range(1, 4) AS i
  CREATE (a:Article {key: 'article:hub-mention-' + i + '-' + $slug, title: 'Mention ' + i})
  CREATE (hub)-[:MENTIONED_IN {sources: [a.key]}]->(a)
}
CALL (hub, source, targets) {
  UNWIND range(1, $claims) AS i
  MATCH (target:Entity {key: targets[CASE WHEN i % 10 < 6 THEN 0 WHEN i % 10 < 9 THEN 1 ELSE 2 END].key})
  CREATE (c:Claim {key: 'claim:hub-made-' + i + '-' + $slug, kind: CASE WHEN i % 5 = 0 THEN 'CRITICIZE' ELSE 'ACCUSE' END,
    origin: 'CODED', allegation: 'allegation ' + i, madeOn: '2024-02-' + right('0' + toString(1 + i % 28), 2)})
  CREATE (hub)-[:CODED_MADE {sources: [source.key]}]->(c)
  CREATE (c)-[:CODED_TARGETS {sources: [source.key]}]->(target)
  CREATE (c)-[:SOURCE]->(source)
}
CALL (hub, source, speakers) {
  UNWIND range(1, $targeted) AS i
  MATCH (speaker:Entity {key: speakers[i % 3].key})
  CREATE (c:Claim {key: 'claim:hub-aimed-' + i + '-' + $slug, kind: 'ACCUSE', origin: 'CODED', allegation: 'against ' + i,
    madeOn: '2024-03-01'})
  CREATE (speaker)-[:CODED_MADE {sources: [source.key]}]->(c)
  CREATE (c)-[:CODED_TARGETS {sources: [source.key]}]->(hub)
  CREATE (c)-[:SOURCE]->(source)
}
CALL (hub) {
  UNWIND range(1, $votes) AS i
  CREATE (r:Entity:Resolution {key: 'resolution:hub-' + i + '-' + $slug, name: 'Resolution ' + i, symbol: 'S/HUB/' + i})
  CREATE (hub)-[:VOTED {vote: CASE WHEN i % 10 = 0 THEN 'ABSTAIN' WHEN i % 7 = 0 THEN 'AGAINST' ELSE 'FOR' END, sources: []}]->(r)
}
CALL (hub, recipients) {
  UNWIND range(1, $transfers) AS i
  MATCH (recipient:Entity {key: recipients[CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END].key})
  CREATE (t:Entity:WeaponsTransfer {key: 'transfer:hub-' + i + '-' + $slug, name: 'Transfer ' + i, status: 'REPORTED'})
  CREATE (t)-[:SUPPLIED_BY {sources: []}]->(hub)
  CREATE (t)-[:RECEIVED_BY {sources: []}]->(recipient)
}
RETURN $claims + $targeted + $votes + $transfers + 3 AS links
