// Synthetic articles; their keys are the generator's own, so CREATE is safe.
// $rows: [{key, title, publisher, publishedOn, url, text, category}]
UNWIND $rows AS row
CREATE (a:Article)
SET a = row
