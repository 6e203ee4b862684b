// The record of applied schema files (src/neo4j/migrate.ts): one
// (:Migration {name, checksum, appliedAt}) node per file, merged by name.
CREATE CONSTRAINT migration_name IF NOT EXISTS FOR (n:Migration) REQUIRE n.name IS UNIQUE;
