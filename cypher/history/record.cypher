// Records one committed write: its Change (who, when, which operation) and
// an item per node it changed, in the transaction that made the change, so
// the history holds exactly what was committed. The time is the
// transaction's, as in the updatedAt the write stamped.
// $id, $operation, $actor, $extra: {snapshot?, restores?, created?, createdKeys?}
// (an import's bulk creations: counts by kind as JSON text, and the keys
// of the nodes, which have no items of their own),
// $batch.items: [{nodeKey, kind, status, before?, after?, linksAdded?, linksRemoved?, linksChanged?}]
// (before, after and the link lists are JSON text), a list inside a map, as
// import/existing says why.
// Planned once and kept (replan=skip): it only creates, whatever the counts,
// which an import changes batch after batch (import/existing says why).
CYPHER replan=skip
CREATE (c:Change {id: $id, at: datetime.transaction(), actor: $actor, operation: $operation, itemCount: size($batch.items)})
SET c += $extra
WITH c
UNWIND $batch.items AS item
CREATE (i:ChangeItem)
SET i = item, i.change = c.id, i.at = c.at, i.actor = c.actor, i.operation = c.operation
RETURN c.id AS id, toString(c.at) AS at, count(i) AS items
