// The parties, weapon, targets, sources and claims of a weapons transfer.
UNWIND $keys AS key
MATCH (t:WeaponsTransfer {key: key})
RETURN key,
  [(t)-[:SUPPLIED_BY]->(s) | s {.*, labels: labels(s)}][0] AS supplier,
  [(t)-[:RECEIVED_BY]->(s) | s {.*, labels: labels(s)}][0] AS recipient,
  [(t)-[:OF_WEAPON]->(w) | w {.*, labels: labels(w)}][0] AS weapon,
  [(t)-[:USED_AGAINST]->(e) | e {.*, labels: labels(e)}] AS usedAgainst,
  [(t)-[:MENTIONED_IN]->(a:Article) | a {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(a)}] AS sources,
  [(t)<-[:ABOUT]-(c:Claim) | c {.*, labels: labels(c)}] AS claims
