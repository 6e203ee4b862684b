// The articles a batch's coded claims were coded from (src/import, GDELT's
// SOURCEURL): an Article with a URL and no text, keyed from the URL, shared
// by every claim coded from it. Written once, when first seen; an article
// already in the graph (ingested with its text) keeps what it has.
// $articles: [{key, url, publisher, record}], $dataset, $actor
UNWIND $articles AS row
MERGE (a:Article {key: row.key})
WITH a, row, properties(a) AS before
WITH a, row, before, before.updatedAt IS NULL AS created
SET a += CASE WHEN created
         THEN {url: row.url, publisher: row.publisher, category: 'NEWS', dataset: $dataset, record: row.record,
               updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH a, before, CASE WHEN created THEN 'created' ELSE 'unchanged' END AS status
// What was written, for the history (src/history).
RETURN 'Article' AS kind, status, count(*) AS count, collect(a.key) AS keys,
       collect(CASE WHEN status = 'created' THEN {key: a.key, before: before, after: properties(a)} END) AS changes
