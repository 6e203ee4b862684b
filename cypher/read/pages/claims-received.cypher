// Claims aimed at an entity (accusations, criticism, demands), of the given
// $origins (REPORTED, CODED or both); newest first. Each origin's claims
// are read through its own links (TARGETS, a coded claim's CODED_TARGETS:
// CODED_CLAIM_LINK in src/domain/links.ts), so a state's reported claims
// are found without reading its hundred thousand coded ones. The origins
// asked for choose the branches by an UNWIND of the entity or of nothing:
// a condition on parameters alone would be checked after the expansion.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  CALL (e) {
    UNWIND CASE WHEN 'REPORTED' IN $origins THEN [e] ELSE [] END AS target
    MATCH (target)<-[:TARGETS]-(c:Claim)
    RETURN c
    UNION ALL
    UNWIND CASE WHEN 'CODED' IN $origins THEN [e] ELSE [] END AS target
    MATCH (target)<-[:CODED_TARGETS]-(c:Claim)
    RETURN c
  }
  WITH c WHERE c.origin IN $origins
  WITH c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, [c IN page | c {.*, labels: labels(c)}] AS items
