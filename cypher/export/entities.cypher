// Entities by key, with their labels and all their properties.
// $keys
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e {.*, labels: labels(e)} AS entity
