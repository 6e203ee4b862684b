// The parties (a state, or an organization or armed group), weapon,
// targets, sources and claims of a weapons transfer, and the transfers that
// corroborate it (a dataset's records of what an article reports) or that
// it corroborates.
UNWIND $keys AS key
MATCH (t:Entity:WeaponsTransfer {key: key})
RETURN key,
  [(t)-[:SUPPLIED_BY]->(s:State) | s {.*, labels: labels(s)}][0] AS supplier,
  [(t)-[:RECEIVED_BY]->(s:State) | s {.*, labels: labels(s)}][0] AS recipient,
  [(t)-[:SUPPLIED_BY]->(o:Organization) | o {.*, labels: labels(o)}][0] AS supplierOrganization,
  [(t)-[:RECEIVED_BY]->(o:Organization) | o {.*, labels: labels(o)}][0] AS recipientOrganization,
  [(t)-[:CORROBORATED_BY]->(r:WeaponsTransfer) | r {.*, labels: labels(r)}] AS corroboratedBy,
  [(t)<-[:CORROBORATED_BY]-(a:WeaponsTransfer) | a {.*, labels: labels(a)}] AS corroborates,
  [(t)-[:OF_WEAPON]->(w) | w {.*, labels: labels(w)}][0] AS weapon,
  [(t)-[:USED_AGAINST]->(e) | e {.*, labels: labels(e)}] AS usedAgainst,
  [(t)-[:MENTIONED_IN]->(a:Article) | a {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(a)}] AS sources,
  [(t)<-[:ABOUT]-(c:Claim) | c {.*, labels: labels(c)}] AS claims
