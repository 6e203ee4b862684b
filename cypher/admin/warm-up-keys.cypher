// Keys of entities with data around them, for the start-up warm-up: the
// operations it runs then reach every nested statement (a person's
// positions, a claim's parts). Null where the graph has none.
CALL () {
  OPTIONAL MATCH (accuser)-[:MADE|CODED_MADE]->(c:Claim)-[:TARGETS|CODED_TARGETS]->(accused)
  WITH accuser, accused, c, COUNT { (accused)<-[:TARGETS]-() } + COUNT { (accused)<-[:CODED_TARGETS]-() } AS accusedCount
  ORDER BY accusedCount DESC, c.key
  LIMIT 1
  RETURN accuser.key AS accuser, accused.key AS accused, c.key AS claim, c.kind AS claimKind
}
CALL () {
  OPTIONAL MATCH (:Claim)-[:ABOUT]->(about)
  RETURN about.key AS about LIMIT 1
}
CALL () {
  OPTIONAL MATCH (p:Person)-[:HOLDS_POSITION]->()
  RETURN p.key AS person LIMIT 1
}
CALL () {
  OPTIONAL MATCH (:WeaponsTransfer)-[:SUPPLIED_BY]->(supplier)
  RETURN supplier.key AS supplier LIMIT 1
}
CALL () {
  OPTIONAL MATCH (:WeaponsTransfer)-[:RECEIVED_BY]->(recipient)
  RETURN recipient.key AS recipient LIMIT 1
}
CALL () {
  OPTIONAL MATCH (t:WeaponsTransfer)-[:SUPPLIED_BY]->()
  RETURN t.key AS transfer LIMIT 1
}
CALL () {
  OPTIONAL MATCH (:Resolution)-[:CONCERNS]->(subject)
  RETURN subject.key AS subject LIMIT 1
}
RETURN accuser, accused, claim, claimKind, about, person, supplier, recipient, transfer, subject
