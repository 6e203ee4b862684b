// Claims matching every given filter (null = any), newest first, one page
// of them after (or, with $backward, before) a cursor, each with the nodes
// it points to and the claims answering it, in one round trip.
// $kinds and $origins are the kinds and origins kept (every one when the
// query leaves them open); $speaker matches the speaker or the state/body
// it spoke for.
//
// Paging is by keyset: an item's position is (its date, "~" when it has
// none, so undated claims sort first; then its key), and a page is the
// $limit items past the cursor's position, so a deep page costs what the
// first one costs. $afterSort/$afterKey and $beforeSort/$beforeKey bound
// the page; an open side is given a bound past every date.
//
// What the query selects decides what is read: totalCount only with
// $withCount, each related node only with its
// $with... flag, whole entities only with $fullEntities (else key and
// name). Flags are booleans, so one plan serves every selection.
//
// Candidates are read and filtered once: the count and the page are both
// taken from the claims that match, so a state with 50,000 claims against
// it is read once, not once for the count and again for the page.
//
// A target's claims are counted from its claim tallies
// (cypher/schema/009_claim_tallies.cypher) when no filter asks what they
// cannot answer (a speaker, a subject, a date finer than the month): then
// `tallied`, and totalCount is a sum of a few tallies. The page is then
// found without reading every claim against the target (`walk`). With one
// kind asked for, it is a seek in the target's links ordered by kind and
// date (cypher/schema/011_claim_target_index.cypher), which reads the
// page's own entries. With several, the madeOn index is walked newest
// first from the cursor, each claim kept when it targets the entity,
// until the page is full: that reads about $limit * claims / counted
// entries (the target's share of all claims decides how many it passes
// over), the target's own relationships `degree` entries, and it is
// chosen when it reads fewer; it is bounded below by the target's oldest
// tally month, so the last page stops where the target's claims do.
// Neither is taken when undated claims (which the indexes do not hold,
// and which sort first) would be on the page.
OPTIONAL MATCH (anchor:Entity {key: $target})
WITH anchor, $target IS NOT NULL AND $speaker IS NULL AND $about IS NULL
  AND size(coalesce($from, '')) <= 7 AND size(coalesce($to, '')) <= 7 AS tallied
CALL (tallied) {
  // A tally's month stands for each of its claims' dates: a bound of at most
  // seven characters ("2024", "2024-06") compares alike with either.
  // Tallies are sought by the start of their id in its unique index
  // ($tallyPrefixes: one per kind and origin kept, tallyPrefixes in
  // src/claims/tally.ts): a state's hundreds of tallies of other kinds and
  // origins are not read.
  UNWIND CASE WHEN tallied THEN $tallyPrefixes ELSE [] END AS prefix
  MATCH (t:ClaimTally)
  WHERE t.id STARTS WITH prefix
    AND (t.month <> '' OR ($from IS NULL AND $to IS NULL))
    AND ($from IS NULL OR t.month >= $from)
    AND ($to IS NULL OR left(t.month, size($to)) <= $to)
  RETURN sum(t.count) AS counted, sum(CASE WHEN t.month = '' THEN t.count ELSE 0 END) AS undated,
    min(CASE WHEN t.month <> '' THEN t.month END) AS oldest
}
CALL () {
  MATCH (every:Claim)
  RETURN count(every) AS claims
}
WITH anchor, tallied, counted, oldest,
  tallied AND NOT $backward AND counted > 0 AND ($afterSort < '~' OR undated = 0)
  AND (size($kinds) = 1 OR $limit * claims < counted * (COUNT { (anchor)<-[:TARGETS]-() } + COUNT { (anchor)<-[:CODED_TARGETS]-() })) AS walk
CALL (anchor, walk, oldest) {
  UNWIND CASE WHEN walk THEN [anchor] ELSE [] END AS target
  CALL (target, oldest) {
    CALL (target, oldest) {
      // With one kind asked for (accusations), the walk is a seek in the
      // target's links by (target, kind, madeOn)
      // (cypher/schema/011_claim_target_index.cypher), one index per link
      // type: it reads the page's own entries, newest first. Coded links
      // are sought only when coded claims are asked for; reported links
      // either way (a coded claim a person has given a target has one).
      // The cursor's bounds are CASEs on purpose: written as ORs the
      // planner splits the seek in two and loses the index order (every
      // entry past the cursor is then read and sorted). A seek that is not
      // to run is emptied by a bound of null: a WHERE on the parameters
      // alone would be checked after the seek, which then read every entry
      // for nothing.
      MATCH (c)-[r:TARGETS]->()
      USING INDEX r:TARGETS(target, kind, madeOn)
      WHERE r.target = CASE WHEN size($kinds) = 1 THEN $target END AND r.kind = $kinds[0]
        AND r.madeOn <= $afterSort AND r.madeOn >= $beforeSort
        AND CASE WHEN r.madeOn < $afterSort THEN true ELSE c.key > $afterKey END
        AND CASE WHEN r.madeOn > $beforeSort THEN true ELSE c.key < $beforeKey END
        AND ($from IS NULL OR r.madeOn >= $from)
        AND ($to IS NULL OR left(r.madeOn, size($to)) <= $to)
        AND c.origin IN $origins
      // Target and kind are one each: ordered by them first, the order is the index's own.
      WITH c ORDER BY r.target DESC, r.kind DESC, r.madeOn DESC, c.key
      LIMIT $limit
      RETURN c
      UNION ALL
      MATCH (c)-[r:CODED_TARGETS]->()
      USING INDEX r:CODED_TARGETS(target, kind, madeOn)
      WHERE r.target = CASE WHEN size($kinds) = 1 AND 'CODED' IN $origins THEN $target END AND r.kind = $kinds[0]
        AND r.madeOn <= $afterSort AND r.madeOn >= $beforeSort
        AND CASE WHEN r.madeOn < $afterSort THEN true ELSE c.key > $afterKey END
        AND CASE WHEN r.madeOn > $beforeSort THEN true ELSE c.key < $beforeKey END
        AND ($from IS NULL OR r.madeOn >= $from)
        AND ($to IS NULL OR left(r.madeOn, size($to)) <= $to)
        AND c.origin IN $origins
      WITH c ORDER BY r.target DESC, r.kind DESC, r.madeOn DESC, c.key
      LIMIT $limit
      RETURN c
      UNION ALL
      // With several kinds, the walk is on the madeOn index of every claim,
      // each kept when it targets the entity. The kind and origin checks
      // are a CASE: as separate conditions the planner checks the target
      // (an expansion, about six reads a claim) before the kind (one read).
      MATCH (c:Claim)
      USING INDEX c:Claim(madeOn)
      WHERE c.madeOn <= CASE WHEN size($kinds) = 1 THEN null ELSE $afterSort END AND c.madeOn >= $beforeSort AND c.madeOn >= oldest
        AND CASE WHEN c.madeOn < $afterSort THEN true ELSE c.key > $afterKey END
        AND CASE WHEN c.madeOn > $beforeSort THEN true ELSE c.key < $beforeKey END
        AND ($from IS NULL OR c.madeOn >= $from)
        AND ($to IS NULL OR left(c.madeOn, size($to)) <= $to)
        AND CASE WHEN c.kind IN $kinds AND c.origin IN $origins THEN EXISTS { (c)-[:TARGETS|CODED_TARGETS]->(target) } ELSE false END
      WITH c ORDER BY c.madeOn DESC, c.key
      LIMIT $limit
      RETURN c
    }
    // Each seek gives its newest; the page is the newest of them.
    WITH c ORDER BY c.madeOn DESC, c.key
    LIMIT $limit
    RETURN collect(c) AS walked
  }
  RETURN walked AS page, 0 AS matchedCount
  UNION ALL
  UNWIND CASE WHEN walk THEN [] ELSE [true] END AS read
  CALL () {
    // Candidates come from the entity a filter names, through its own
    // relationships (an index seek and a short expansion), rather than from
    // every claim in the graph; only with no entity filter are all claims read.
    // The branches never meet (each runs only when those before it do not,
    // and a speaker's claims made on its own behalf come from MADE only), so
    // none is made distinct: a state with 100,000 claims is not hashed.
    MATCH (:Entity {key: $target})<-[:TARGETS|CODED_TARGETS]-(c:Claim)
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
    MATCH (side:Entity {key: $speaker})<-[:ON_BEHALF_OF]-(c:Claim)
    WHERE $target IS NULL AND $about IS NULL AND NOT (c)<-[:MADE|CODED_MADE]-(side)
    RETURN c
    UNION ALL
    // A parameter-only WHERE would be checked after the scan; an empty UNWIND skips it.
    // Without an entity, claims are sought in the (origin, kind) index: the
    // reported ones are found as fast beside a million coded ones as alone.
    UNWIND CASE WHEN $target IS NULL AND $about IS NULL AND $speaker IS NULL THEN [true] ELSE [] END AS everyClaim
    MATCH (c:Claim)
    WHERE c.origin IN $origins AND c.kind IN $kinds
    RETURN c
  }
  // $target needs no check here: when it is given, every candidate came from it.
  WITH c
  WHERE c.kind IN $kinds AND c.origin IN $origins
    AND ($from IS NULL OR c.madeOn >= $from)
    AND ($to IS NULL OR left(c.madeOn, size($to)) <= $to)
    AND ($speaker IS NULL OR EXISTS { (c)<-[:MADE|CODED_MADE]-(:Entity {key: $speaker}) }
         OR EXISTS { (c)-[:ON_BEHALF_OF]->(:Entity {key: $speaker}) })
    AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {key: $about}) })
  WITH collect(c) AS matched
  CALL (matched) {
    UNWIND matched AS c
    WITH c, coalesce(c.madeOn, '~') AS sort
    WHERE (sort < $afterSort OR (sort = $afterSort AND c.key > $afterKey))
      AND (sort > $beforeSort OR (sort = $beforeSort AND c.key < $beforeKey))
    // Newest first; backwards, nearest the cursor first (the caller turns the page round).
    WITH c, sort
    ORDER BY CASE WHEN $backward THEN null ELSE sort END DESC,
      CASE WHEN $backward THEN null ELSE c.key END,
      CASE WHEN $backward THEN sort END,
      CASE WHEN $backward THEN c.key END DESC
    LIMIT $limit
    RETURN collect(c) AS page
  }
  RETURN page, size(matched) AS matchedCount
}
WITH CASE WHEN NOT $withCount THEN 0 WHEN tallied THEN counted ELSE matchedCount END AS totalCount, page
// A related entity of which no more than key and name is asked comes as a
// list, [key, name, labels], and a source as [key, title, publisher,
// publishedOn, url, category] (src/schema/claim-rows.ts makes them maps
// again): a page carries a hundred of them, and as maps their field names
// were most of what was sent.
RETURN totalCount, [c IN page | c {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(c), _sort: coalesce(c.madeOn, '~'), _parts: {
  speaker: CASE WHEN $withSpeaker THEN [(c)<-[:MADE|CODED_MADE]-(s) |
    CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE [s.key, s.name, labels(s)] END][0] END,
  onBehalfOf: CASE WHEN $withOnBehalfOf THEN [(c)-[:ON_BEHALF_OF]->(o) |
    CASE WHEN $fullEntities THEN o {.*, labels: labels(o)} ELSE [o.key, o.name, labels(o)] END][0] END,
  target: CASE WHEN $withTarget THEN [(c)-[:TARGETS|CODED_TARGETS]->(t) |
    CASE WHEN $fullEntities THEN t {.*, labels: labels(t)} ELSE [t.key, t.name, labels(t)] END][0] END,
  about: CASE WHEN $withAbout THEN [(c)-[:ABOUT]->(a) |
    CASE WHEN $fullEntities THEN a {.*, labels: labels(a)} ELSE [a.key, a.name, labels(a)] END] END,
  source: CASE WHEN $withSource THEN [(c)-[:SOURCE]->(ar:Article) |
    [ar.key, ar.title, ar.publisher, ar.publishedOn, ar.url, ar.category]][0] END,
  answersTo: CASE WHEN $withAnswersTo THEN [(c)-[:ANSWERS]->(q:Claim) |
    q {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(q)}][0] END,
  answers: CASE WHEN $withAnswers THEN [(c)<-[:ANSWERS]-(d:Claim) | d {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(d), _parts: {
    speaker: CASE WHEN $withAnswerSpeaker THEN [(d)<-[:MADE|CODED_MADE]-(s) |
      CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE [s.key, s.name, labels(s)] END][0] END,
    onBehalfOf: CASE WHEN $withAnswerOnBehalfOf THEN [(d)-[:ON_BEHALF_OF]->(o) |
      CASE WHEN $fullEntities THEN o {.*, labels: labels(o)} ELSE [o.key, o.name, labels(o)] END][0] END,
    target: CASE WHEN $withAnswerTarget THEN [(d)-[:TARGETS|CODED_TARGETS]->(t) |
      CASE WHEN $fullEntities THEN t {.*, labels: labels(t)} ELSE [t.key, t.name, labels(t)] END][0] END,
    about: CASE WHEN $withAnswerAbout THEN [(d)-[:ABOUT]->(a) |
      CASE WHEN $fullEntities THEN a {.*, labels: labels(a)} ELSE [a.key, a.name, labels(a)] END] END,
    source: CASE WHEN $withAnswerSource THEN [(d)-[:SOURCE]->(ar:Article) |
      [ar.key, ar.title, ar.publisher, ar.publishedOn, ar.url, ar.category]][0] END,
    answersTo: c {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(c)}
  }}] ELSE [] END
}}] AS items
