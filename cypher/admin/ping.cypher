// Does Neo4j answer? The readiness probe.
RETURN 1 AS up
