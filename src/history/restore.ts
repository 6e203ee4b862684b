import { badInput, clientError, notFound } from '../errors.js';
import type { GraphTransaction } from '../neo4j/graph.js';
import { CHANGE_ID, ChangeLog } from './change-log.js';
import { joinedProperties, type Snapshot } from './snapshot.js';

/**
 * Undoing a delete: the nodes and relationships a deleteEntity removed go
 * back exactly as they were (same keys, labels, properties and relationship
 * keys, so the same global ids), in one transaction that also records the
 * restore in the history. Anything in the way now (a node holding one of
 * the keys, a node at the other end of a relationship gone, a relationship
 * key in use) refuses the whole restore with CONFLICT, writing nothing.
 */

export interface Conflict {
  key: string;
  reason: string;
}

export interface Restored {
  /** The delete undone. */
  deleted: string;
  /** The restore's own history entry. */
  change: string;
  entity: string;
  snapshot: Snapshot;
}

/** A history entry id as clients pass it; BAD_USER_INPUT for anything else. */
export function changeIdArgument(value: string, argument: string): string {
  if (!CHANGE_ID.test(value.toLowerCase())) {
    const message = 'not a change id (the `id` of a Change, e.g. from deleteEntity’s `change`)';
    throw badInput(`Invalid input: ${argument}: ${message}`, { issues: [{ path: argument, message }] });
  }
  return value.toLowerCase();
}

function conflictsOf(
  snapshot: Snapshot,
  found: {
    taken: { key: string; labels: string[] }[];
    missing: string[];
    keysInUse: { key: string; type: string; from: string; to: string }[];
  },
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const t of found.taken) {
    const label = t.labels.find((l) => l !== 'Entity') ?? t.labels[0];
    conflicts.push({ key: t.key, reason: `a ${label} with this key is in the graph now` });
  }
  const missing = new Set(found.missing);
  for (const r of snapshot.relationships) {
    for (const end of [r.from, r.to]) {
      if (missing.has(end))
        conflicts.push({ key: end, reason: `is no longer in the graph, and ${r.from} ${r.type} ${r.to} needs it` });
    }
  }
  for (const k of found.keysInUse) {
    conflicts.push({ key: k.key, reason: `this relationship key is in use now, by ${k.from} ${k.type} ${k.to}` });
  }
  return conflicts;
}

/** Restores the delete recorded as history entry `id`, in the caller's write transaction. */
export async function restoreDeleted(tx: GraphTransaction, id: string, actor: string): Promise<Restored> {
  const [entry] = await tx.run<{ operation: string; snapshot: string | null; restoredBy: string | null }>(
    'history/deleted',
    { id },
  );
  if (!entry) throw notFound(`No change has the id ${id}.`, { argument: 'change' });
  if (entry.operation !== 'deleteEntity' || !entry.snapshot) {
    const message = `change ${id} is ${entry.operation}; only a deleteEntity can be restored`;
    throw badInput(`Invalid input: change: ${message}`, { issues: [{ path: 'change', message }] });
  }
  if (entry.restoredBy) {
    throw clientError(
      'CONFLICT',
      `Change ${id} was restored already, by change ${entry.restoredBy}; nothing was written.`,
      {
        restoredBy: entry.restoredBy,
        conflicts: [],
      },
    );
  }

  const snapshot = JSON.parse(entry.snapshot) as Snapshot;
  const keys = snapshot.nodes.map((n) => n.key);
  const inside = new Set(keys);
  const ends = [...new Set(snapshot.relationships.flatMap((r) => [r.from, r.to]).filter((k) => !inside.has(k)))];
  const relationshipKeys = snapshot.relationships
    .map((r) => r.props.key)
    .filter((k): k is string => typeof k === 'string');
  const [found] = await tx.run('history/restore-conflicts', { keys, ends, relationshipKeys });
  const conflicts = conflictsOf(snapshot, found as never);
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, 5).map((c) => `${c.key} ${c.reason}`);
    throw clientError(
      'CONFLICT',
      `${snapshot.entity} was not restored: ${shown.join('; ')}${conflicts.length > 5 ? '; …' : ''}. Nothing was written.`,
      { conflicts },
    );
  }

  await tx.run('history/restore-nodes', { nodes: snapshot.nodes });
  const [written] = await tx.run('history/restore-relationships', { relationships: snapshot.relationships });
  if (written!.relationships !== snapshot.relationships.length) {
    throw clientError(
      'CONFLICT',
      `${snapshot.entity} was not restored: a node it links to was deleted while it ran. Nothing was written; try again.`,
      {
        conflicts: [],
      },
    );
  }

  const log = new ChangeLog();
  for (const n of snapshot.nodes) log.node(n.key, 'restored', null, joinedProperties(n));
  for (const r of snapshot.relationships) log.link(r.type, r.from, r.to, null, joinedProperties(r));
  const change = (await log.write(tx, 'restoreEntity', actor, { restores: id }))!;
  await tx.run('history/mark-restored', { id, by: change });
  return { deleted: id, change, entity: snapshot.entity, snapshot };
}
