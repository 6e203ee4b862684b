// Synthetic entities, merged by key so the seed's real nodes (state:RUS...)
// keep their properties and gain only what they lack.
// $rows: [{key, type, props: {name, aliases, ...}}]
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
ON CREATE SET n += row.props
// row.type is one of the entity labels, written by bench/generate.ts.
SET n:$(row.type)
