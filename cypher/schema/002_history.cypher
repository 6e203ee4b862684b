// The history of changes (src/history): one Change per committed write and
// one ChangeItem per node it changed. Items name their node by its key
// (nodeKey), not by a relationship, so a deleted node keeps its history.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_actor_at IF NOT EXISTS FOR (c:Change) ON (c.actor, c.at);
CREATE INDEX change_item_key_at IF NOT EXISTS FOR (i:ChangeItem) ON (i.nodeKey, i.at);
CREATE INDEX change_item_change IF NOT EXISTS FOR (i:ChangeItem) ON (i.change, i.nodeKey);
