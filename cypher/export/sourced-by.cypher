// What one article sourced, beyond the relationships that name it: the
// entities it mentions and the claims it reports.
// $key
MATCH (a:Article {key: $key})
RETURN [(e:Entity)-[:MENTIONED_IN]->(a) | e {.*, labels: labels(e)}] AS mentioned,
       [(c:Claim)-[:SOURCE]->(a) | c.key] AS claims
