// Removes what a test wrote, by key: an article, its claims and the
// entities it created, with every relationship attached to them.
MATCH (n) WHERE (n:Entity OR n:Claim OR n:Article) AND n.key IN $keys
DETACH DELETE n
RETURN count(n) AS removed
