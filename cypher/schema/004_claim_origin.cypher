// Where a claim comes from (docs/model.md, "Imported records"): REPORTED,
// an article's words, or CODED, a dataset's coding of an event. Every read
// that lists or counts claims can be limited to one origin, and a million
// coded claims must not slow down a read of the reported ones: the reads
// that start from all claims (claims, accusations, accusationMatrix,
// claimCounts) filter on `c.origin IN $origins AND c.kind IN $kinds`, which
// this index answers with a seek for each (origin, kind) pair. Their date
// filters are optional ($from IS NULL OR ...) and so never seek here; the
// one read that seeks a date range by origin has its own index (007).
CREATE INDEX claim_origin_kind IF NOT EXISTS FOR (n:Claim) ON (n.origin, n.kind);

// Claims written before claims had an origin were all ingested from
// articles or added by hand: they are reported. Runs once (src/neo4j/migrate.ts
// records each applied file), and finds nothing to do on a graph whose claims
// all have their origin.
MATCH (c:Claim) WHERE c.origin IS NULL SET c.origin = 'REPORTED';
