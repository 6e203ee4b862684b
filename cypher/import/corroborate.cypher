// Links each transfer an article reports to each dataset's record of the
// same transfer: (article's)-[:CORROBORATED_BY]->(dataset's), when they
// have the same supplier and recipient, weapon systems that are one node
// or share a name (name, designation or alias, any case), and periods that
// overlap (compared at the coarser precision: 2023 meets 2023-12; an open
// end meets everything). Run once an import has written a file's records,
// for the records of that file ($dataset); an ingest links the transfers
// it reports to the records already there (ingest/corroborate), so the
// link is made whichever side comes second.
// An article's transfer is one an article mentions; a dataset's record
// carries `dataset` and no article mentions it. Neither is changed.
// The search starts from the articles' transfers, which are few beside a
// dataset's tens of thousands of records, and reaches records through the
// recipient they share.
// $dataset: the Dataset key of the file just imported; $actor.
// Planned once and kept, as every import statement is (import/existing says why):
// a file's import changes the counts it would otherwise be planned again for.
CYPHER replan=skip
MATCH (alleged:Entity:WeaponsTransfer)
WHERE EXISTS { (alleged)-[:MENTIONED_IN]->(:Article) }
MATCH (alleged)-[:RECEIVED_BY]->(recipient)<-[:RECEIVED_BY]-(recorded:WeaponsTransfer {dataset: $dataset})
WHERE NOT EXISTS { (recorded)-[:MENTIONED_IN]->(:Article) }
  AND EXISTS { (alleged)-[:SUPPLIED_BY]->()<-[:SUPPLIED_BY]-(recorded) }
  AND EXISTS {
    MATCH (alleged)-[:OF_WEAPON]->(a:WeaponSystem), (recorded)-[:OF_WEAPON]->(r:WeaponSystem)
    WHERE a = r OR any(name IN [a.name, a.designation] + coalesce(a.aliases, [])
                       WHERE toLower(name) IN [other IN [r.name, r.designation] + coalesce(r.aliases, []) | toLower(other)])
  }
  AND (alleged.periodStart IS NULL OR recorded.periodEnd IS NULL
       OR left(alleged.periodStart, size(recorded.periodEnd)) <= left(recorded.periodEnd, size(alleged.periodStart)))
  AND (recorded.periodStart IS NULL OR alleged.periodEnd IS NULL
       OR left(recorded.periodStart, size(alleged.periodEnd)) <= left(alleged.periodEnd, size(recorded.periodStart)))
WITH DISTINCT alleged, recorded
MERGE (alleged)-[c:CORROBORATED_BY]->(recorded)
WITH alleged, recorded, c, properties(c) AS before
WITH alleged, recorded, c, before, before.updatedAt IS NULL AS created,
     coalesce(before.sources <> [recorded.dataset] OR before.record <> recorded.record, true) AS changed
SET c += CASE WHEN created OR changed
         THEN {sources: [recorded.dataset], record: recorded.record, updatedBy: $actor, updatedAt: datetime.transaction()}
         ELSE {} END
WITH alleged, recorded, c, before, CASE WHEN created THEN 'created' WHEN changed THEN 'updated' ELSE 'unchanged' END AS status
// What was written, before and after, for the history (src/history).
RETURN 'CORROBORATED_BY' AS kind, status, count(*) AS count, collect(alleged.key) + collect(recorded.key) AS keys,
       collect(CASE WHEN status <> 'unchanged'
               THEN {type: 'CORROBORATED_BY', from: alleged.key, to: recorded.key, before: before, after: properties(c)} END) AS changes
