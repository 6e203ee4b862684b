// The articles a document comes from, merged by key.
// $articles: [{key, props: {title, category, publishedOn, publisher?, url?, text?}}]
// Properties the document does not give are left as they are. Only a node
// that this statement creates or whose values differ is written and stamped
// with provenance, so ingesting the same document twice writes nothing.
UNWIND $articles AS row
MERGE (n:Article {key: row.key})
WITH n, row.props AS props, properties(n) AS before
// Everything ingest writes carries updatedAt, so a node without it was just created by the MERGE.
WITH n, props, before, before.updatedAt IS NULL AS created,
     any(k IN keys(props) WHERE before[k] IS NULL OR before[k] <> props[k]) AS changed
SET n += CASE WHEN created OR changed
         THEN props {.*, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH n, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN 'Article' AS kind, status, count(*) AS count, collect(n.key) AS keys,
       collect(CASE WHEN status <> 'unchanged' THEN {key: n.key, before: before, after: properties(n)} END) AS changes
