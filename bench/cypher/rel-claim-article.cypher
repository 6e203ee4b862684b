// Synthetic relationships from :Claim to :Article, each end a unique-key seek.
// $rows: [{type, from, to, props: {sources, ...}}]
UNWIND $rows AS row
MATCH (a:Claim {key: row.from})
MATCH (b:Article {key: row.to})
// row.type is one of the model's relationship types, written by bench/generate.ts.
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
