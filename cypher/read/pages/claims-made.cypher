// Claims an entity made, itself or through those speaking on its behalf, of
// the given $origins (REPORTED, CODED or both); newest first. Claims are
// reached from the entity's own relationships, never by reading every claim.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  CALL (e) {
    MATCH (e)-[:MADE|CODED_MADE]->(c:Claim)
    RETURN c
    UNION
    MATCH (e)<-[:ON_BEHALF_OF]-(c:Claim)
    RETURN c
  }
  WITH c WHERE c.origin IN $origins
  WITH c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [c IN page | c {.*, labels: labels(c)}] AS items
