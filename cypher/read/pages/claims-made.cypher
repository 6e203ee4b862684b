// Claims an entity made, itself or through those speaking on its behalf, of
// the given $origins (REPORTED, CODED or both); newest first. Claims are
// reached from the entity's own relationships, never by reading every
// claim, and each origin's through its own links (MADE, a coded claim's
// CODED_MADE: as read/pages/claims-received says why and how).
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  CALL (e) {
    UNWIND CASE WHEN 'REPORTED' IN $origins THEN [e] ELSE [] END AS speaker
    MATCH (speaker)-[:MADE]->(c:Claim)
    RETURN c
    UNION
    UNWIND CASE WHEN 'CODED' IN $origins THEN [e] ELSE [] END AS speaker
    MATCH (speaker)-[:CODED_MADE]->(c:Claim)
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
