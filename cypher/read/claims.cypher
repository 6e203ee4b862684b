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
CALL () {
  // Candidates come from the entity a filter names, through its own
  // relationships (an index seek and a short expansion), rather than from
  // every claim in the graph; only with no entity filter are all claims read.
  // The branches never meet (each runs only when those before it do not,
  // and a speaker's claims made on its own behalf come from MADE only), so
  // none is made distinct: a state with 100,000 claims is not hashed.
  MATCH (:Entity {key: $target})<-[:TARGETS]-(c:Claim)
  RETURN c
  UNION ALL
  MATCH (:Entity {key: $about})<-[:ABOUT]-(c:Claim)
  WHERE $target IS NULL
  RETURN c
  UNION ALL
  MATCH (:Entity {key: $speaker})-[:MADE]->(c:Claim)
  WHERE $target IS NULL AND $about IS NULL
  RETURN c
  UNION ALL
  MATCH (side:Entity {key: $speaker})<-[:ON_BEHALF_OF]-(c:Claim)
  WHERE $target IS NULL AND $about IS NULL AND NOT (c)<-[:MADE]-(side)
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
  AND ($speaker IS NULL OR EXISTS { (c)<-[:MADE]-(:Entity {key: $speaker}) }
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
WITH CASE WHEN $withCount THEN size(matched) ELSE 0 END AS totalCount, page
RETURN totalCount, [c IN page | c {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(c), _sort: coalesce(c.madeOn, '~'), _parts: {
  speaker: CASE WHEN $withSpeaker THEN [(c)<-[:MADE]-(s) |
    CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE s {.key, .name, labels: labels(s)} END][0] END,
  onBehalfOf: CASE WHEN $withOnBehalfOf THEN [(c)-[:ON_BEHALF_OF]->(o) |
    CASE WHEN $fullEntities THEN o {.*, labels: labels(o)} ELSE o {.key, .name, labels: labels(o)} END][0] END,
  target: CASE WHEN $withTarget THEN [(c)-[:TARGETS]->(t) |
    CASE WHEN $fullEntities THEN t {.*, labels: labels(t)} ELSE t {.key, .name, labels: labels(t)} END][0] END,
  about: CASE WHEN $withAbout THEN [(c)-[:ABOUT]->(a) |
    CASE WHEN $fullEntities THEN a {.*, labels: labels(a)} ELSE a {.key, .name, labels: labels(a)} END] END,
  source: CASE WHEN $withSource THEN [(c)-[:SOURCE]->(ar:Article) |
    ar {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(ar)}][0] END,
  answersTo: CASE WHEN $withAnswersTo THEN [(c)-[:ANSWERS]->(q:Claim) |
    q {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(q)}][0] END,
  answers: CASE WHEN $withAnswers THEN [(c)<-[:ANSWERS]-(d:Claim) | d {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(d), _parts: {
    speaker: CASE WHEN $withAnswerSpeaker THEN [(d)<-[:MADE]-(s) |
      CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE s {.key, .name, labels: labels(s)} END][0] END,
    onBehalfOf: CASE WHEN $withAnswerOnBehalfOf THEN [(d)-[:ON_BEHALF_OF]->(o) |
      CASE WHEN $fullEntities THEN o {.*, labels: labels(o)} ELSE o {.key, .name, labels: labels(o)} END][0] END,
    target: CASE WHEN $withAnswerTarget THEN [(d)-[:TARGETS]->(t) |
      CASE WHEN $fullEntities THEN t {.*, labels: labels(t)} ELSE t {.key, .name, labels: labels(t)} END][0] END,
    about: CASE WHEN $withAnswerAbout THEN [(d)-[:ABOUT]->(a) |
      CASE WHEN $fullEntities THEN a {.*, labels: labels(a)} ELSE a {.key, .name, labels: labels(a)} END] END,
    source: CASE WHEN $withAnswerSource THEN [(d)-[:SOURCE]->(ar:Article) |
      ar {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(ar)}][0] END,
    answersTo: c {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(c)}
  }}] ELSE [] END
}}] AS items
