// The transfers a document reports, linked to the records of public
// datasets of the same transfer: (article's)-[:CORROBORATED_BY]->(dataset's),
// as import/corroborate links them from the dataset's side (the rules are
// there). Run at the end of an ingest, so a newly reported transfer finds
// the records already in the graph. Kept apart from the import's
// statement, and simple, because every first ingest plans it.
// A document's transfers are its article's; a record is one a dataset
// wrote (`dataset` set) that the document does not declare.
// $keys: the document's transfers; $actor.
UNWIND $keys AS key
MATCH (alleged:Entity:WeaponsTransfer {key: key})-[:SUPPLIED_BY]->(supplier)<-[:SUPPLIED_BY]-(recorded:WeaponsTransfer)
MATCH (alleged)-[:RECEIVED_BY]->(recipient)<-[:RECEIVED_BY]-(recorded)
MATCH (alleged)-[:OF_WEAPON]->(a:WeaponSystem)
MATCH (recorded)-[:OF_WEAPON]->(r:WeaponSystem)
WHERE recorded.dataset IS NOT NULL AND NOT recorded.key IN $keys
  AND (a = r OR any(name IN [a.name, a.designation] + coalesce(a.aliases, [])
                    WHERE toLower(name) IN [other IN [r.name, r.designation] + coalesce(r.aliases, []) | toLower(other)]))
  AND (alleged.periodStart IS NULL OR recorded.periodEnd IS NULL
       OR left(alleged.periodStart, size(recorded.periodEnd)) <= left(recorded.periodEnd, size(alleged.periodStart)))
  AND (recorded.periodStart IS NULL OR alleged.periodEnd IS NULL
       OR left(recorded.periodStart, size(alleged.periodEnd)) <= left(alleged.periodEnd, size(recorded.periodStart)))
WITH DISTINCT alleged, recorded
MERGE (alleged)-[c:CORROBORATED_BY]->(recorded)
WITH alleged, recorded, c, properties(c) AS before
WITH alleged, recorded, c, before,
     CASE WHEN before.updatedAt IS NULL THEN 'created'
          WHEN before.sources <> [recorded.dataset] OR before.record <> recorded.record THEN 'updated'
          ELSE 'unchanged' END AS status
SET c += CASE WHEN status <> 'unchanged'
         THEN {sources: [recorded.dataset], record: recorded.record, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
// What was written, before and after, for the history (src/history).
RETURN 'CORROBORATED_BY' AS kind, status, count(*) AS count, collect(alleged.key) + collect(recorded.key) AS keys,
       collect(CASE WHEN status <> 'unchanged'
               THEN {type: 'CORROBORATED_BY', from: alleged.key, to: recorded.key, before: before, after: properties(c)} END) AS changes
