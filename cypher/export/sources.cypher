// Articles by key, with all their properties, as a document's sources.
// $keys
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN key, properties(a) AS props
