// Weapons transfers, optionally by supplier, recipient, weapon or status,
// latest period first, with parties, weapon and sources.
CALL () {
  MATCH (t:WeaponsTransfer)
  WHERE ($status IS NULL OR t.status = $status)
    AND ($supplier IS NULL OR EXISTS { (t)-[:SUPPLIED_BY]->(:Entity {key: $supplier}) })
    AND ($recipient IS NULL OR EXISTS { (t)-[:RECEIVED_BY]->(:Entity {key: $recipient}) })
    AND ($weapon IS NULL OR EXISTS { (t)-[:OF_WEAPON]->(:Entity {key: $weapon}) })
  WITH t ORDER BY t.periodStart DESC, t.key
  RETURN count(t) AS totalCount, collect(t)[$offset..$offset + $limit] AS page
}
RETURN totalCount, [t IN page | t {.*, labels: labels(t), _parts: {
  supplier: [(t)-[:SUPPLIED_BY]->(s) | s {.*, labels: labels(s)}][0],
  recipient: [(t)-[:RECEIVED_BY]->(s) | s {.*, labels: labels(s)}][0],
  weapon: [(t)-[:OF_WEAPON]->(w) | w {.*, labels: labels(w)}][0],
  usedAgainst: [(t)-[:USED_AGAINST]->(e) | e {.*, labels: labels(e)}],
  sources: [(t)-[:MENTIONED_IN]->(a:Article) | a {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(a)}],
  claims: [(t)<-[:ABOUT]-(c:Claim) | c {.*, labels: labels(c)}]
}}] AS items
