// The schema files already applied to this graph (src/neo4j/migrate.ts),
// each with the checksum of the text that was applied.
MATCH (m:Migration)
RETURN m.name AS name, m.checksum AS checksum
