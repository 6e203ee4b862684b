// Claims counted by one dimension ($by: KIND, MONTH, SPEAKER or TARGET),
// among the claims matching every given filter (null = any), as chart rows
// {key, label, count, entity}. MONTH rows come in calendar order (a date
// known only to the year is its own row, "2024"; undated claims are left
// out); the others most first, then by label and key. $speaker matches the
// speaker or the side it spoke for; with $bySide, SPEAKER rows count a
// speaker who spoke for a state or body as that side. $kinds and $origins
// are the kinds and origins counted (every one when the query leaves them
// open).
// A dense target (a state with 100,000 coded claims against it) is not
// read whole when a date range holds fewer of the counted claims: then the
// candidates come from the (origin, kind, madeOn) index's range and each is
// checked for its target. `rangeFirst` compares the range's size, counted
// up to 10,000 index entries (a full count means "large"), with the
// target's degree (read from the node, not by walking it). Without a date
// bound undated claims count too, and the index holds none of them, so the
// target is read.
// A target's claims by MONTH or by KIND are summed from its claim tallies
// (cypher/schema/009_claim_tallies.cypher) when no other filter asks what
// they cannot answer (a speaker, a subject, a date finer than the month):
// a few hundred tallies rather than 100,000 claims. A tally's month stands
// for each of its claims' dates, as a bound of at most seven characters
// ("2024", "2024-06") compares alike with either; undated claims are the
// tally "", counted by KIND when no date bounds them.
WITH $target IS NOT NULL AND $speaker IS NULL AND $about IS NULL AND $by IN ['MONTH', 'KIND']
  AND size(coalesce($from, '')) <= 7 AND size(coalesce($to, '')) <= 7 AS tallied
CALL (tallied) {
  UNWIND CASE WHEN tallied THEN [true] ELSE [] END AS fromTallies
  MATCH (t:ClaimTally {target: $target})
  WHERE t.kind IN $kinds AND t.origin IN $origins
    AND (t.month <> '' OR ($by = 'KIND' AND $from IS NULL AND $to IS NULL))
    AND ($from IS NULL OR t.month >= $from)
    AND ($to IS NULL OR t.month < $to + '~')
  RETURN CASE WHEN $by = 'KIND' THEN t.kind ELSE t.month END AS key, null AS entity, sum(t.count) AS count
  UNION ALL
  UNWIND CASE WHEN tallied THEN [] ELSE [true] END AS fromClaims
  OPTIONAL MATCH (anchor:Entity {key: $target})
  WITH anchor, CASE WHEN anchor IS NULL OR ($from IS NULL AND $to IS NULL) THEN 10000 ELSE COUNT {
      MATCH (r:Claim)
      WHERE r.origin IN $origins AND r.kind IN $kinds
        AND r.madeOn >= coalesce($from, '') AND r.madeOn < coalesce($to, '') + '~'
      RETURN r LIMIT 10000
    } END AS inRange
  WITH anchor, inRange < 10000 AND inRange < COUNT { (anchor)<-[:TARGETS]-() } + COUNT { (anchor)<-[:CODED_TARGETS]-() } AS rangeFirst
  CALL (anchor, rangeFirst) {
    // Candidates from the entity a filter names, through its own
    // relationships, as read/claims does; without one, from an index: the
    // (kind, madeOn) index when dates bound them (a month of a million
    // coded claims is a short range), else the (origin, kind) index.
    // Branches may meet (a speaker's own claims made on its behalf): the
    // counts below take each claim once, so no branch is made distinct here.
    UNWIND CASE WHEN rangeFirst THEN [] ELSE [anchor] END AS target
    MATCH (target)<-[:TARGETS|CODED_TARGETS]-(c:Claim)
    RETURN c
    UNION ALL
    UNWIND CASE WHEN rangeFirst THEN [anchor] ELSE [] END AS target
    MATCH (c:Claim)
    WHERE c.origin IN $origins AND c.kind IN $kinds
      AND c.madeOn >= coalesce($from, '') AND c.madeOn < coalesce($to, '') + '~'
      AND (c)-[:TARGETS|CODED_TARGETS]->(target)
    RETURN c
    UNION ALL
    MATCH (:Entity {key: $about})<-[:ABOUT]-(c:Claim)
    WHERE $target IS NULL
    RETURN c
    UNION ALL
    MATCH (:Entity {key: $speaker})-[:MADE|CODED_MADE]->(c:Claim)
    WHERE $target IS NULL AND $about IS NULL
    RETURN c
    UNION ALL
    MATCH (:Entity {key: $speaker})<-[:ON_BEHALF_OF]-(c:Claim)
    WHERE $target IS NULL AND $about IS NULL
    RETURN c
    UNION ALL
    UNWIND CASE WHEN $target IS NULL AND $about IS NULL AND $speaker IS NULL
      AND ($from IS NOT NULL OR $to IS NOT NULL) THEN [true] ELSE [] END AS dated
    MATCH (c:Claim)
    WHERE c.kind IN $kinds AND c.madeOn >= coalesce($from, '') AND c.madeOn < coalesce($to, '') + '~'
    RETURN c
    UNION ALL
    UNWIND CASE WHEN $target IS NULL AND $about IS NULL AND $speaker IS NULL
      AND $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS everyClaim
    MATCH (c:Claim)
    WHERE c.origin IN $origins AND c.kind IN $kinds
    RETURN c
  }
  // $target needs no check here: when it is given, every candidate came
  // from it. A date known to the day sorts before "~" appended to a shorter
  // bound: "2024-06-15" < "2024-06~", so `to` includes the whole month or
  // year it names.
  WITH c
  WHERE c.origin IN $origins AND c.kind IN $kinds
    AND ($from IS NULL OR c.madeOn >= $from)
    AND ($to IS NULL OR c.madeOn < $to + '~')
    AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {key: $about}) })
    AND ($speaker IS NULL OR EXISTS { (c)<-[:MADE|CODED_MADE]-(:Entity {key: $speaker}) }
         OR EXISTS { (c)-[:ON_BEHALF_OF]->(:Entity {key: $speaker}) })
  CALL (c) {
    WITH c WHERE $by = 'KIND'
    RETURN c.kind AS key, null AS entity
    UNION ALL
    WITH c WHERE $by = 'MONTH' AND c.madeOn IS NOT NULL
    RETURN left(c.madeOn, 7) AS key, null AS entity
    UNION ALL
    WITH c WHERE $by = 'SPEAKER'
    MATCH (s:Entity)-[:MADE|CODED_MADE]->(c)
    OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(side:Entity)
    WITH CASE WHEN $bySide AND side IS NOT NULL THEN side ELSE s END AS e
    RETURN e.key AS key, e AS entity
    UNION ALL
    WITH c WHERE $by = 'TARGET'
    MATCH (c)-[:TARGETS|CODED_TARGETS]->(e:Entity)
    RETURN e.key AS key, e AS entity
  }
  RETURN key, entity, count(DISTINCT c) AS count
}
WITH key, entity, count
ORDER BY CASE WHEN $by = 'MONTH' THEN key END, count DESC, entity.name, key
WITH collect({key: key, count: count, entity: entity}) AS rows
// Only the page's entities are read whole.
CALL (rows) {
  UNWIND rows[$offset..$offset + $limit] AS row
  WITH row, row.entity AS entity
  RETURN collect({key: row.key, count: row.count,
    entity: CASE WHEN entity IS NULL THEN null ELSE entity {.*, labels: labels(entity)} END}) AS items
}
RETURN size(rows) AS totalCount, items
