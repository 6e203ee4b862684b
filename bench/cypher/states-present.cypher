// Which of the states $keys the graph holds, in the order given: the
// agreement matrix is asked about those present on each tier (the seed
// holds only the states its articles name).
UNWIND range(0, size($keys) - 1) AS i
MATCH (s:Entity:State {key: $keys[i]})
WITH i, s ORDER BY i
RETURN collect(s.key) AS keys
