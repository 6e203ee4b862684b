// Every node but the history's, with its labels and properties, for a
// graph's fingerprint (src/export/fingerprint.ts).
MATCH (n)
WHERE NOT n:Change AND NOT n:ChangeItem
RETURN labels(n) AS labels, properties(n) AS props
