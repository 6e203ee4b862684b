// Records that a schema file has been applied (src/neo4j/migrate.ts), so
// that later starts skip it while its text stays the same.
// $name (e.g. schema/004_claim_origin), $checksum (of the file's text)
MERGE (m:Migration {name: $name})
SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.name AS name
