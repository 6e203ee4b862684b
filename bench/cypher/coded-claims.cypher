// How many coded claims the store holds (the importer's and LOAD CSV's).
MATCH (c:Claim)
WHERE c.origin = 'CODED'
RETURN count(c) AS claims
