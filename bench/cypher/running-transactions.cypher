// Transactions still running on the benchmark's Neo4j, other than this one
// (whose text, this comment included, is the only one naming the marker):
// queries a system left behind when a timed run ended.
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery CONTAINS 'bench-drain-check'
RETURN transactionId
