// Adds to or takes from the claim tallies (cypher/schema/009_claim_tallies.cypher),
// in the writing transaction. $batch.groups: [{id, target, kind, origin, month, by}]
// (a list inside a map, as import/existing says why)
// (id as src/claims/tally.ts makes it),
// one per tally, in id order so that two writers lock shared tallies in the
// same order. A tally brought to nothing is removed: the tallies are
// exactly the groups that hold claims.
// Planned once and kept (replan=skip): a MERGE by id whatever the counts,
// which an import changes batch after batch (import/existing says why).
CYPHER replan=skip
UNWIND $batch.groups AS g
MERGE (t:ClaimTally {id: g.id})
  ON CREATE SET t.target = g.target, t.kind = g.kind, t.origin = g.origin, t.month = g.month, t.count = 0
// The driver sends a number as a float: counts stay integers, as the migration writes them.
SET t.count = t.count + toInteger(g.by)
WITH t WHERE t.count <= 0
DELETE t
RETURN count(*) AS emptied
