// Everything a claim points to: speaker, principal, target, subjects, source,
// the claim it answers and the claims answering it.
UNWIND $keys AS key
MATCH (c:Claim {key: key})
RETURN key,
  [(c)<-[:MADE|CODED_MADE]-(s) | s {.*, labels: labels(s)}][0] AS speaker,
  [(c)-[:ON_BEHALF_OF]->(o) | o {.*, labels: labels(o)}][0] AS onBehalfOf,
  [(c)-[:TARGETS|CODED_TARGETS]->(t) | t {.*, labels: labels(t)}][0] AS target,
  [(c)-[:ABOUT]->(a) | a {.*, labels: labels(a)}] AS about,
  [(c)-[:SOURCE]->(ar:Article) | ar {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(ar)}][0] AS source,
  [(c)-[:ANSWERS]->(q:Claim) | q {.*, labels: labels(q)}][0] AS answersTo,
  [(c)<-[:ANSWERS]-(d:Claim) | d {.*, labels: labels(d)}] AS answers
