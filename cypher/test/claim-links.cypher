// The links of each claim with a key in $keys, as stored: type, the key at
// the other end, and every property, in a stable order.
UNWIND $keys AS key
MATCH (c:Claim {key: key})
MATCH (c)-[r]-(other)
WITH key, type(r) AS type, startNode(r) = c AS outgoing, other.key AS other, properties(r) AS props
ORDER BY key, type, other
RETURN key, type, outgoing, other, props
