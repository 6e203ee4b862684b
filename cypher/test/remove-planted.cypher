// Removes what a test planted: every node whose key carries the test run's slug.
MATCH (n) WHERE (n:Entity OR n:Claim OR n:Article) AND n.key CONTAINS $run
DETACH DELETE n
RETURN count(n) AS removed
