// Every relationship with its properties (see test/snapshot-nodes).
MATCH ()-[r]->()
RETURN elementId(r) AS id, properties(r) AS props
