// The names an importer looks entities up by (src/import/sipri-names.ts):
// every weapon system and organization with its key, name, designation and
// aliases, read once before an import's first batch.
MATCH (n:Entity)
WHERE n:WeaponSystem OR n:Organization
RETURN n.key AS key, CASE WHEN n:WeaponSystem THEN 'WeaponSystem' ELSE 'Organization' END AS type,
       [name IN [n.name, n.designation] + coalesce(n.aliases, []) WHERE name IS NOT NULL] AS names
