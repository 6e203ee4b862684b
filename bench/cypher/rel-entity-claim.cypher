// Synthetic relationships from :Entity to :Claim, each end a unique-key seek.
// $rows: [{type, from, to, props: {sources, ...}}]
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Claim {key: row.to})
// row.type is one of the model's relationship types, written by bench/generate.ts.
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
