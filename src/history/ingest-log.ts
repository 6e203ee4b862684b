import type { GraphTransaction } from '../neo4j/graph.js';
import { ChangeLog, type Props } from './change-log.js';

/**
 * An ingest's history, from what its four batched statements report
 * (cypher/ingest/*.cypher return, for each row they created or updated,
 * the properties before and after). Rows found unchanged are not written
 * and not recorded, so an ingest that changes nothing records nothing.
 */

export interface WrittenNode {
  key: string;
  before: Props;
  after: Props;
}

export interface WrittenLink {
  type: string;
  from: string;
  to: string;
  before: Props;
  after: Props;
}

interface Reported {
  status: 'created' | 'updated' | 'unchanged';
  changes?: (WrittenNode | WrittenLink)[];
}

/** Nodes or relationships of one kind created in bulk: counted, with the keys of the nodes (an import's new records). */
export interface CreatedInBulk {
  kind: string;
  count: number;
  keys: readonly string[];
}

export async function recordIngest(
  tx: GraphTransaction,
  written: { nodes: Reported[]; links: Reported[]; bulk?: CreatedInBulk[] },
  operation: string,
  actor: string,
): Promise<string | null> {
  const log = new ChangeLog();
  for (const { kind, count, keys } of written.bulk ?? []) log.createdInBulk(kind, count, keys);
  for (const row of written.nodes) {
    if (row.status === 'unchanged') continue;
    // A node statement reports node changes, a relationship statement link changes.
    for (const n of (row.changes ?? []) as WrittenNode[])
      log.node(n.key, row.status, row.status === 'created' ? null : n.before, n.after);
  }
  for (const row of written.links) {
    if (row.status === 'unchanged') continue;
    for (const l of (row.changes ?? []) as WrittenLink[])
      log.link(l.type, l.from, l.to, row.status === 'created' ? null : l.before, l.after);
  }
  return log.write(tx, operation, actor);
}
