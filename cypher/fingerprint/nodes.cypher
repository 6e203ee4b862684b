// Every node but the history's and the record of applied migrations
// (Migration), with its labels and properties, for a
// graph's fingerprint (src/export/fingerprint.ts).
MATCH (n)
WHERE NOT n:Change AND NOT n:ChangeItem AND NOT n:Migration
RETURN labels(n) AS labels, properties(n) AS props
