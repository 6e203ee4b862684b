// Claims matching every given filter (null = any), newest first, each with
// the nodes it points to and the claims answering it, in one round trip.
// $speaker matches the speaker or the state/body it spoke for.
CALL () {
  // Candidates come from the entity a filter names, through its own
  // relationships (an index seek and a short expansion), rather than from
  // every claim in the graph; only with no entity filter are all claims read.
  CALL () {
    MATCH (:Entity {key: $target})<-[:TARGETS]-(c:Claim)
    RETURN c
    UNION
    MATCH (:Entity {key: $about})<-[:ABOUT]-(c:Claim)
    WHERE $target IS NULL
    RETURN c
    UNION
    MATCH (:Entity {key: $speaker})-[:MADE]->(c:Claim)
    WHERE $target IS NULL AND $about IS NULL
    RETURN c
    UNION
    MATCH (:Entity {key: $speaker})<-[:ON_BEHALF_OF]-(c:Claim)
    WHERE $target IS NULL AND $about IS NULL
    RETURN c
    UNION
    // A parameter-only WHERE would be checked after the scan; an empty UNWIND skips it.
    UNWIND CASE WHEN $target IS NULL AND $about IS NULL AND $speaker IS NULL THEN [true] ELSE [] END AS everyClaim
    MATCH (c:Claim)
    RETURN c
  }
  // $target needs no check here: when it is given, every candidate came from it.
  WITH c
  WHERE ($kind IS NULL OR c.kind = $kind)
    AND ($from IS NULL OR c.madeOn >= $from)
    AND ($to IS NULL OR left(c.madeOn, size($to)) <= $to)
    AND ($speaker IS NULL OR EXISTS { (c)<-[:MADE]-(:Entity {key: $speaker}) }
         OR EXISTS { (c)-[:ON_BEHALF_OF]->(:Entity {key: $speaker}) })
    AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {key: $about}) })
  WITH c ORDER BY c.madeOn DESC, c.key
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN totalCount, [c IN page | c {.*, labels: labels(c), _parts: {
  speaker: [(c)<-[:MADE]-(s) | s {.*, labels: labels(s)}][0],
  onBehalfOf: [(c)-[:ON_BEHALF_OF]->(o) | o {.*, labels: labels(o)}][0],
  target: [(c)-[:TARGETS]->(t) | t {.*, labels: labels(t)}][0],
  about: [(c)-[:ABOUT]->(a) | a {.*, labels: labels(a)}],
  source: [(c)-[:SOURCE]->(ar:Article) | ar {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(ar)}][0],
  answersTo: [(c)-[:ANSWERS]->(q:Claim) | q {.*, labels: labels(q)}][0],
  answers: [(c)<-[:ANSWERS]-(d:Claim) | d {.*, labels: labels(d), _parts: {
    speaker: [(d)<-[:MADE]-(s) | s {.*, labels: labels(s)}][0],
    onBehalfOf: [(d)-[:ON_BEHALF_OF]->(o) | o {.*, labels: labels(o)}][0],
    target: [(d)-[:TARGETS]->(t) | t {.*, labels: labels(t)}][0],
    about: [(d)-[:ABOUT]->(a) | a {.*, labels: labels(a)}],
    source: [(d)-[:SOURCE]->(ar:Article) | ar {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(ar)}][0],
    answersTo: c {.*, labels: labels(c)}
  }}]
}}] AS items
