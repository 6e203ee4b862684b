// Test data for the N+1 tests: $count accusations against $accused, each by
// its own speaker, about a shared subject, from a shared source, denied once.
MERGE (accused:Entity:Organization {key: $accused}) SET accused.name = 'Accused ' + $label
MERGE (subject:Entity:Event {key: 'event:' + $run + '-' + $label + '-subject'}) SET subject.name = 'Subject ' + $label
MERGE (source:Article {key: 'article:' + $run + '-' + $label}) SET source.title = 'Source ' + $label, source.publisher = 'Test', source.publishedOn = '2024-01-01'
WITH accused, subject, source
UNWIND range(1, $count) AS i
MERGE (speaker:Entity:Person {key: 'person:' + $run + '-' + $label + '-' + i}) SET speaker.name = 'Speaker ' + i
MERGE (c:Claim {key: 'claim:' + $run + '-' + $label + '-' + i})
SET c.kind = 'ACCUSE', c.origin = 'REPORTED', c.allegation = 'allegation ' + i, c.madeOn = '2024-01-' + right('0' + toString(1 + i % 28), 2)
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:TARGETS]->(accused)
MERGE (c)-[:ABOUT]->(subject)
MERGE (c)-[:SOURCE]->(source)
MERGE (d:Claim {key: 'claim:' + $run + '-' + $label + '-' + i + '-denial'})
SET d.kind = 'DENY', d.origin = 'REPORTED', d.allegation = 'denial ' + i, d.madeOn = c.madeOn
MERGE (accused)-[:MADE]->(d)
MERGE (d)-[:ANSWERS]->(c)
MERGE (d)-[:SOURCE]->(source)
RETURN count(*) AS planted
