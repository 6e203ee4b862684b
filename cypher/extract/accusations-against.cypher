// The latest accusation the graph holds against each of these entities:
// what a denial in a new article answers when the article itself reports
// no accusation. $keys: [entity key]
UNWIND $keys AS key
MATCH (accused:Entity {key: key})<-[:TARGETS|CODED_TARGETS]-(c:Claim {kind: 'ACCUSE'})<-[:MADE|CODED_MADE]-(speaker)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(principal)
WITH key, c, speaker, principal
ORDER BY c.madeOn DESC, c.key
WITH key, collect({key: c.key, speaker: speaker.key, onBehalfOf: principal.key, allegation: c.allegation, madeOn: c.madeOn})[0] AS latest
RETURN key, latest
