// The articles a batch's coded claims were coded from (src/import, GDELT's
// SOURCEURL) that the graph does not hold yet (src/import/writer.ts found
// them absent): an Article with a URL and no text, keyed from the URL,
// shared by every claim coded from it. An article already in the graph
// (ingested with its text, or coded from before) is left as it is.
// $batch.articles: [[key, url, publisher, record]], lists rather than maps,
// as import/create-nodes says why; $dataset, $actor.
// Planned once and kept, its rows in $batch, as import/existing says why.
CYPHER replan=skip
UNWIND $batch.articles AS row
CREATE (a:Article {key: row[0]})
SET a += {url: row[1], publisher: row[2], category: 'NEWS', dataset: $dataset, record: row[3],
          updatedBy: $actor, updatedAt: datetime.transaction()}
RETURN 'Article' AS kind, 'created' AS status, count(*) AS count
