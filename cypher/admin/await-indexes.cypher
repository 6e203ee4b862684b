// Waits until every index is online (after migrations or a bulk load).
CALL db.awaitIndexes($seconds)
