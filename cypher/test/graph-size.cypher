// How much the graph holds, and its latest write: equal before and after
// something that must write nothing.
CALL () { MATCH (n) RETURN count(n) AS nodes, max(n.updatedAt) AS nodeWrite }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, max(r.updatedAt) AS relationshipWrite }
RETURN nodes, relationships, toString(nodeWrite) AS nodeWrite, toString(relationshipWrite) AS relationshipWrite
