// The articles a batch's coded claims were coded from (src/import, GDELT's
// SOURCEURL) that the graph does not hold yet (src/import/writer.ts found
// them absent): an Article with a URL and no text, keyed from the URL,
// shared by every claim coded from it. An article already in the graph
// (ingested with its text, or coded from before) is left as it is.
// $batch.articles: [{key, url, publisher, record}], $dataset, $actor
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.articles AS row
CREATE (a:Article {key: row.key})
SET a += {url: row.url, publisher: row.publisher, category: 'NEWS', dataset: $dataset, record: row.record,
          updatedBy: $actor, updatedAt: datetime.transaction()}
RETURN 'Article' AS kind, 'created' AS status, count(*) AS count
