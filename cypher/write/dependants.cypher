// What would go with an entity if it were deleted: the claims it made, or
// that target it, are about it or were made on its behalf; the weapons
// transfers it supplied or received, or whose weapon it is; and the claims
// about or against those transfers, which depend on them in turn.
// $key. No row when there is no entity with the key.
MATCH (n:Entity {key: $key})
RETURN n {.key, labels: labels(n)} AS node,
  [(n)-[r:MADE|CODED_MADE]->(c:Claim) | {key: c.key, kind: c.kind, labels: labels(c), via: type(r), of: n.key}]
  + [(c:Claim)-[r:TARGETS|CODED_TARGETS|ABOUT|ON_BEHALF_OF]->(n) | {key: c.key, kind: c.kind, labels: labels(c), via: type(r), of: n.key}]
  + [(t:WeaponsTransfer)-[r:SUPPLIED_BY|RECEIVED_BY|OF_WEAPON]->(n) | {key: t.key, labels: labels(t), via: type(r), of: n.key}]
  + [(c:Claim)-[r:TARGETS|CODED_TARGETS|ABOUT|ON_BEHALF_OF]->(t:WeaponsTransfer)-[:SUPPLIED_BY|RECEIVED_BY|OF_WEAPON]->(n)
      | {key: c.key, kind: c.kind, labels: labels(c), via: type(r), of: t.key}] AS dependants
