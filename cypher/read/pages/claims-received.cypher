// Claims aimed at an entity (accusations, criticism, demands), of the given
// $origins (REPORTED, CODED or both); newest first.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  MATCH (e)<-[:TARGETS|CODED_TARGETS]-(c:Claim)
  WHERE c.origin IN $origins
  WITH c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [c IN page | c {.*, labels: labels(c)}] AS items
