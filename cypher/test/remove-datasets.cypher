// Removes Dataset nodes a test imported, by key.
MATCH (d:Dataset) WHERE d.key IN $keys
DETACH DELETE d
RETURN count(d) AS removed
