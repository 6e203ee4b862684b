UNWIND $keys AS key
MATCH (w:Entity:WeaponSystem {key: key})
RETURN key,
  [(w)-[:MANUFACTURED_BY]->(s) | s {.*, labels: labels(s)}][0] AS manufacturer,
  [(w)<-[:OF_WEAPON]-(t:WeaponsTransfer) | t {.*, labels: labels(t)}] AS transfers
