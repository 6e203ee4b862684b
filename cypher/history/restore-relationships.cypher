// Puts deleted relationships back between nodes found by key (restored
// ones, or the other ends, checked present in the same transaction), with
// their type and every property as it was. A row whose end is missing
// creates nothing: the caller compares the count.
// $relationships: [{type, from, to, props: {..}, temporal: {name: {type, value}}}]
// row.type was a relationship's own type when it was deleted.
UNWIND $relationships AS row
OPTIONAL MATCH (fromEntity:Entity {key: row.from})
OPTIONAL MATCH (fromClaim:Claim {key: row.from})
OPTIONAL MATCH (toEntity:Entity {key: row.to})
OPTIONAL MATCH (toClaim:Claim {key: row.to})
OPTIONAL MATCH (toArticle:Article {key: row.to})
WITH row, coalesce(fromEntity, fromClaim) AS a, coalesce(toEntity, toClaim, toArticle) AS b
WHERE a IS NOT NULL AND b IS NOT NULL
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH r, row
CALL (r, row) {
  UNWIND keys(row.temporal) AS name
  WITH r, name, row.temporal[name] AS t
  SET r[name] = CASE t.type WHEN 'date' THEN date(t.value) WHEN 'localdatetime' THEN localdatetime(t.value) ELSE datetime(t.value) END
}
RETURN count(r) AS relationships
