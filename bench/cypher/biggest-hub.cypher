// The entity with the most relationships (from the degree store, without
// reading them): the centre of the hub-neighbourhood operation on each tier.
MATCH (e:Entity)
WITH e, COUNT { (e)--() } AS degree
ORDER BY degree DESC, e.key
LIMIT 1
RETURN e.key AS key, degree
