// Claims by key with everything they link to, each link with its sources:
// the export keeps, for each article, the links that article sourced. A
// coded claim's CODED_MADE and CODED_TARGETS are written as the MADE and
// TARGETS a document has (the claim's origin tells them apart).
// $keys
UNWIND $keys AS key
MATCH (c:Claim {key: key})
RETURN key, properties(c) AS props,
  [(speaker)-[r:MADE|CODED_MADE]->(c) | {type: 'MADE', key: speaker.key, sources: r.sources}]
    + [(c)-[r:TARGETS|CODED_TARGETS]->(other) | {type: 'TARGETS', key: other.key, sources: r.sources}]
    + [(c)-[r:ON_BEHALF_OF|ABOUT|ANSWERS]->(other) | {type: type(r), key: other.key, sources: r.sources}] AS links,
  [(c)-[:SOURCE]->(a:Article) | a.key] AS articles
