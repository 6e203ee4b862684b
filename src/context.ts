import DataLoader from 'dataloader';
import type { ChangeFeed } from './changes.js';
import type { LiveEvents } from './live/events.js';
import type { Graph, PageRow, Row } from './neo4j/graph.js';
import type { StreamTickets } from './stream-tickets.js';
import { toNode, type AnyNode } from './schema/shapes.js';

/**
 * Who is calling: set from a verified bearer token, null for anonymous reads.
 * A reader may read where reads need a token; an editor also writes; an
 * admin also deletes (src/http/auth.ts).
 */
export interface Caller {
  subject: string;
  role: 'reader' | 'editor' | 'admin';
}

export interface Context {
  /** This request's access to Neo4j; its stats count the Cypher statements sent. */
  graph: Graph;
  loaders: Loaders;
  caller: Caller | null;
  /** READS_REQUIRE_AUTH: reads, too, need a caller (src/schema/builder.ts declares where). */
  readsNeedToken: boolean;
  requestId: string;
  /** Where mutations announce what they changed once committed (response cache, subscriptions). */
  changes: ChangeFeed;
  /** What subscriptions listen to (src/live/); absent where a server has no subscriptions (bench). */
  live?: LiveEvents;
  /** Issues the tickets a web page opens a subscription with (createStreamTicket); absent in the bench. */
  streamTickets?: StreamTickets;
}

export interface Page<T = AnyNode> {
  totalCount: number;
  items: T[];
}

/**
 * Per-request batching: every list of parents asks for its related nodes in
 * one `UNWIND $keys` statement, whatever the list's length.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly graph: Graph) {}

  private loader<T>(id: string, batch: (keys: readonly string[]) => Promise<T[]>): DataLoader<string, T> {
    // The id names the statement, and the statement what its loader holds.
    let loader = this.byName.get(id) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(batch, { maxBatchSize: 1000 });
      this.byName.set(id, loader);
    }
    return loader;
  }

  /** Any entity, claim or article by key (null when there is none). */
  node<T extends AnyNode = AnyNode>(key: string): Promise<T | null> {
    // The caller names the family it expects (an entity, a claim): a lookup by key cannot tell.
    return this.loader<AnyNode | null>('node', async (keys) => {
      const rows = await this.graph.read<{ key: string; node: AnyNode | null }>('read/nodes-by-key', { keys });
      const found = new Map(rows.filter((r) => r.node).map((r) => [r.key, toNode(r.node!)]));
      return keys.map((k) => found.get(k) ?? null);
    }).load(key) as Promise<T | null>;
  }

  /**
   * The related nodes of one parent, from a `read/parts/*` statement that
   * returns `key` and one column per relation.
   */
  parts(statement: string, key: string): Promise<Record<string, unknown>> {
    return this.loader<Record<string, unknown>>(statement, async (keys) => {
      const rows = await this.graph.read(statement, { keys });
      const found = new Map(rows.map((r) => [r.key as string, r]));
      return keys.map((k) => found.get(k) ?? {});
    }).load(key);
  }

  /**
   * One row per parent from a statement that takes `$keys` and `params`
   * and returns `key` and its columns (null for a parent it has no row
   * for). Parents asking with the same parameters share a batch.
   */
  keyed(statement: string, key: string, params: Record<string, unknown>): Promise<Record<string, unknown> | null> {
    return this.loader<Record<string, unknown> | null>(`${statement}|${JSON.stringify(params)}`, async (keys) => {
      const rows = await this.graph.read(statement, { ...params, keys });
      const found = new Map(rows.map((r) => [r.key as string, r]));
      return keys.map((k) => found.get(k) ?? null);
    }).load(key);
  }

  /**
   * One page of a parent's list, from a `read/pages/*` statement that takes
   * `$keys`, `$offset`, `$limit` (and any `params` of its own, such as
   * `$origins`) and returns `key`, `totalCount` and `items`. Parents asking
   * for the same page with the same parameters share a batch.
   */
  page<T = AnyNode, I extends object = Row>(
    statement: string,
    key: string,
    window: { offset: number; limit: number },
    /** From one item as the statement returns it (a node map by default) to what the field pages through. */
    map: (item: I) => T = (item) => toNode(item) as T,
    params: Record<string, unknown> = {},
  ): Promise<Page<T>> {
    const id = `${statement}|${window.offset}|${window.limit}|${JSON.stringify(params)}`;
    return this.loader<Page<T>>(id, async (keys) => {
      const rows = await this.graph.read<PageRow<I>>(statement, { ...params, keys, ...window });
      const found = new Map(rows.map((r) => [r.key, r]));
      return keys.map((k) => {
        const row = found.get(k);
        return row ? { totalCount: row.totalCount, items: row.items.map(map) } : { totalCount: 0, items: [] };
      });
    }).load(key);
  }
}

export function createContext(
  graph: Graph,
  caller: Caller | null,
  requestId: string,
  changes: ChangeFeed,
  live?: LiveEvents,
  { readsNeedToken = false, streamTickets }: { readsNeedToken?: boolean; streamTickets?: StreamTickets } = {},
): Context {
  return { graph, loaders: new Loaders(graph), caller, readsNeedToken, requestId, changes, live, streamTickets };
}
