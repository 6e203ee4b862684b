// Imported records (src/import): one Dataset node per imported file, looked
// up by key; imported nodes name theirs in `dataset`.
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (d:Dataset) REQUIRE d.key IS UNIQUE;
CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
