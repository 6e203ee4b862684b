// Links each transfer an article reports to each dataset's record of the
// same transfer: (article's)-[:CORROBORATED_BY]->(dataset's), when they
// have the same supplier and recipient, weapon systems that are one node
// or share a name (name, designation or alias, any case), and periods that
// overlap (compared at the coarser precision: 2023 meets 2023-12; an open
// end meets everything). Run for the transfers an import batch or an
// ingest just wrote, so the link is made whichever side comes second.
// An article's transfer is one an article mentions; a dataset's record
// carries `dataset` and no article mentions it. Neither is changed.
// $keys: keys of transfers just written; $actor.
// Planned once and kept, as import/existing says why: an import grows the
// counts it was planned with, and planning it again costs seconds.
CYPHER replan=skip
UNWIND $keys AS key
MATCH (t:Entity:WeaponsTransfer {key: key})
CALL (t) {
  // A dataset's record: only a weapon system some article speaks of can be
  // in an article's transfer, which keeps a large import from walking every
  // other deal of its supplier. (An import has already made SIPRI's
  // designation the article's weapon system where names or aliases agree.)
  WITH t WHERE t.dataset IS NOT NULL AND NOT EXISTS { (t)-[:MENTIONED_IN]->(:Article) }
  MATCH (t)-[:OF_WEAPON]->(w:WeaponSystem)
  WHERE EXISTS { (w)-[:MENTIONED_IN]->(:Article) }
  MATCH (w)<-[:OF_WEAPON]-(alleged:WeaponsTransfer)
  WHERE EXISTS { (alleged)-[:MENTIONED_IN]->(:Article) }
  RETURN alleged, t AS recorded
  UNION
  // An article's transfer: the records of its supplier.
  WITH t WHERE EXISTS { (t)-[:MENTIONED_IN]->(:Article) }
  MATCH (t)-[:SUPPLIED_BY]->()<-[:SUPPLIED_BY]-(recorded:WeaponsTransfer)
  WHERE recorded.dataset IS NOT NULL AND NOT EXISTS { (recorded)-[:MENTIONED_IN]->(:Article) }
  RETURN t AS alleged, recorded
}
WITH DISTINCT alleged, recorded
WHERE EXISTS { (alleged)-[:SUPPLIED_BY]->()<-[:SUPPLIED_BY]-(recorded) }
  AND EXISTS { (alleged)-[:RECEIVED_BY]->()<-[:RECEIVED_BY]-(recorded) }
  AND EXISTS {
    MATCH (alleged)-[:OF_WEAPON]->(a:WeaponSystem), (recorded)-[:OF_WEAPON]->(r:WeaponSystem)
    WHERE a = r OR any(name IN [a.name, a.designation] + coalesce(a.aliases, [])
                       WHERE toLower(name) IN [other IN [r.name, r.designation] + coalesce(r.aliases, []) | toLower(other)])
  }
  AND (alleged.periodStart IS NULL OR recorded.periodEnd IS NULL
       OR left(alleged.periodStart, size(recorded.periodEnd)) <= left(recorded.periodEnd, size(alleged.periodStart)))
  AND (recorded.periodStart IS NULL OR alleged.periodEnd IS NULL
       OR left(recorded.periodStart, size(alleged.periodEnd)) <= left(alleged.periodEnd, size(recorded.periodStart)))
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
