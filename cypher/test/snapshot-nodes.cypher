// Every node but the history's, with its labels and properties: what a
// test file that writes everywhere (an import) puts back after itself.
MATCH (n) WHERE NOT n:Change AND NOT n:ChangeItem
RETURN elementId(n) AS id, properties(n) AS props
