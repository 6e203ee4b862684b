// Puts deleted nodes back as they were: labels, properties, and the
// temporal ones (updatedAt) from their ISO text. Keys were checked free
// in the same transaction; the key constraints still guard against a race.
// $nodes: [{labels: [..], props: {..}, temporal: {name: {type, value}}}]
UNWIND $nodes AS row
CREATE (n)
SET n:$(row.labels)
SET n = row.props
WITH n, row
CALL (n, row) {
  UNWIND keys(row.temporal) AS name
  WITH n, name, row.temporal[name] AS t
  SET n[name] = CASE t.type WHEN 'date' THEN date(t.value) WHEN 'localdatetime' THEN localdatetime(t.value) ELSE datetime(t.value) END
}
RETURN count(n) AS nodes
