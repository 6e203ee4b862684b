// The nodes a write refers to, by key, with what its checks need: each
// one's type (its label), an article's text (quotes must occur in it), and
// for a claim its speakers and the texts of its sources.
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {key: key})
OPTIONAL MATCH (c:Claim {key: key})
OPTIONAL MATCH (a:Article {key: key})
WITH key, coalesce(e, c, a) AS n
RETURN key,
  CASE
    WHEN n IS NULL THEN null
    WHEN n:Claim THEN 'Claim'
    WHEN n:Article THEN 'Article'
    ELSE [label IN labels(n) WHERE label <> 'Entity'][0]
  END AS label,
  CASE WHEN n:Article THEN n.text END AS text,
  CASE WHEN n:Claim THEN [(speaker)-[:MADE|CODED_MADE]->(n) | speaker.key] ELSE [] END AS speakers,
  CASE WHEN n:Claim THEN [(n)-[:SOURCE]->(source:Article) | source.text] ELSE [] END AS sourceTexts,
  CASE WHEN n IS NULL THEN null ELSE n {.*, labels: labels(n)} END AS node
