// Claims matching every given filter (null = any), newest first, each with
// the nodes it points to and the claims answering it, in one round trip.
// $speaker matches the speaker or the state/body it spoke for.
CALL () {
  MATCH (c:Claim)
  WHERE ($kind IS NULL OR c.kind = $kind)
    AND ($from IS NULL OR c.madeOn >= $from)
    AND ($to IS NULL OR left(c.madeOn, size($to)) <= $to)
    AND ($speaker IS NULL OR EXISTS { (c)<-[:MADE]-(:Entity {key: $speaker}) }
         OR EXISTS { (c)-[:ON_BEHALF_OF]->(:Entity {key: $speaker}) })
    AND ($target IS NULL OR EXISTS { (c)-[:TARGETS]->(:Entity {key: $target}) })
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
