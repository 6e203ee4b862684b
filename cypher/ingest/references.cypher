// The keys a document uses without declaring them: what the graph holds
// under each, as its type label (State, Person, ...) or Claim, or null.
// $keys: [key]
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {key: key})
OPTIONAL MATCH (c:Claim {key: key})
RETURN key,
  CASE
    WHEN e IS NOT NULL THEN [label IN labels(e) WHERE label <> 'Entity'][0]
    WHEN c IS NOT NULL THEN 'Claim'
  END AS label
