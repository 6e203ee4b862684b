import neo4j from 'neo4j-driver';
import { v7 as uuidv7 } from 'uuid';
import { labelOfKey, seenLinkType } from '../domain/index.js';
import { adjustTallies, claimsNow, tallyChanges, type TalliedClaim } from '../claims/tally.js';
import type { GraphTransaction } from '../neo4j/graph.js';

/**
 * The history of one write, collected while its transaction runs and
 * recorded in that same transaction (cypher/history/record.cypher): one
 * Change (who, when, which operation) and one item per node it touched,
 * with the properties before and after and the links added, removed or
 * changed. A write that changed nothing records nothing.
 *
 * Items name their node by key, never by a relationship, so a deleted
 * node keeps its history, and the history stays out of every walk of the
 * graph (neighbourhoods, paths, counts).
 */

export type Props = Record<string, unknown>;

/** The shape of a change's id (a UUID v7, lower-case hex). */
export const CHANGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export type ItemStatus = 'created' | 'updated' | 'removed' | 'restored';

/** One relationship's change, as an item lists it: added (no before), removed (no after) or changed (both, only what differs). */
export interface LinkChange {
  type: string;
  from: string;
  to: string;
  key?: string;
  before?: Props;
  after?: Props;
}

interface Item {
  nodeKey: string;
  status: ItemStatus;
  before: Props | null;
  after: Props | null;
  linksAdded: LinkChange[];
  linksRemoved: LinkChange[];
  linksChanged: LinkChange[];
}

/**
 * Who wrote and when is the Change's own record; as properties they would
 * only repeat it. The key names the item, and `labels` is how statements
 * hand a node's labels back with its properties. An import's `importHash`
 * is its own bookkeeping (src/import/writer.ts), not a value of the record.
 */
const NOT_PROPERTIES = new Set(['updatedBy', 'updatedAt', 'key', 'labels', 'importHash']);

/** The node label a key stands for, from its prefix (keys are checked against their type when written). */
export function kindOfKey(key: string): string {
  return labelOfKey(key);
}

/** A value as JSON keeps it: Neo4j temporal values as their ISO text. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDateTime(value as never) || neo4j.isDate(value as never) || neo4j.isLocalDateTime(value as never))
    return String(value);
  return value;
}

/** A node's or relationship's own properties, without provenance, in key order. */
export function ownProperties(props: Props | null | undefined): Props {
  return Object.fromEntries(
    Object.entries(props ?? {})
      .filter(([k, v]) => !NOT_PROPERTIES.has(k) && v !== null && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, plain(v)]),
  );
}

/** Only the properties whose values differ, on each side; null where a side has none (set, or cleared). */
function difference(before: Props, after: Props): { before: Props; after: Props } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changed = keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  const pick = (side: Props) => Object.fromEntries(changed.map((k) => [k, side[k] ?? null]));
  return { before: pick(before), after: pick(after) };
}

const isArticle = (key: string) => key.startsWith('article:');

/**
 * A claim's item as the tallies see it: the claim before the write, from
 * what it is now (`after`, null when it is gone) with the item's changes
 * undone, and after it. Created and restored claims were not there before;
 * a removed one was as its item's whole `before` and the targets it lost.
 */
function claimChange(
  item: Item,
  after: TalliedClaim | null,
): { before: TalliedClaim | null; after: TalliedClaim | null } {
  const targetsIn = (links: LinkChange[]) =>
    links.filter((l) => seenLinkType(l.type) === 'TARGETS' && l.from === item.nodeKey).map((l) => l.to);
  if (item.status === 'created' || item.status === 'restored') return { before: null, after };
  if (item.status === 'removed') {
    const was = item.before ?? {};
    const before = { kind: was.kind, origin: was.origin, madeOn: was.madeOn, targets: targetsIn(item.linksRemoved) };
    return { before: before as TalliedClaim, after };
  }
  if (!after) return { before: null, after: null };
  const targets = [...after.targets];
  for (const added of targetsIn(item.linksAdded)) {
    const at = targets.indexOf(added);
    if (at >= 0) targets.splice(at, 1);
  }
  targets.push(...targetsIn(item.linksRemoved));
  const was = item.before ?? {};
  const before = { kind: after.kind, origin: after.origin, madeOn: after.madeOn, targets };
  for (const k of ['kind', 'origin', 'madeOn'] as const) if (k in was) before[k] = was[k] as string;
  return { before, after };
}

const sortedByKey = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));

export class ChangeLog {
  private readonly items = new Map<string, Item>();
  /** What was created in bulk, by kind (a label or a relationship type): counted, not itemised. */
  private readonly createdCounts: Record<string, number> = {};
  private readonly createdKeys: string[] = [];

  private item(nodeKey: string): Item {
    let item = this.items.get(nodeKey);
    if (!item) {
      item = {
        nodeKey,
        status: 'updated',
        before: null,
        after: null,
        linksAdded: [],
        linksRemoved: [],
        linksChanged: [],
      };
      this.items.set(nodeKey, item);
    }
    return item;
  }

  /**
   * A node created, updated, removed or restored, given its whole property
   * maps before and after (null where it did not exist): an update keeps
   * only what differs, a creation all it has, a removal all it had.
   */
  node(key: string, status: ItemStatus, before: Props | null, after: Props | null): this {
    const item = this.item(key);
    item.status = status;
    const was = before ? ownProperties(before) : null;
    const is = after ? ownProperties(after) : null;
    if (status === 'updated' && was && is) {
      const diff = difference(was, is);
      item.before = diff.before;
      item.after = diff.after;
    } else {
      item.before = status === 'created' || status === 'restored' ? null : was;
      item.after = status === 'removed' ? null : is;
    }
    return this;
  }

  /**
   * A relationship added (no before), removed (no after) or changed, listed
   * in the items of both its ends. Articles are provenance: their links
   * (mentions, a claim's source) are listed at the other end only.
   */
  link(type: string, from: string, to: string, before: Props | null, after: Props | null): this {
    const key = (after?.key ?? before?.key ?? undefined) as string | undefined;
    const was = before ? ownProperties(before) : null;
    const is = after ? ownProperties(after) : null;
    let change: LinkChange;
    let list: 'linksAdded' | 'linksRemoved' | 'linksChanged';
    if (!was) {
      change = { type, from, to, ...(key ? { key } : {}), after: is! };
      list = 'linksAdded';
    } else if (!is) {
      change = { type, from, to, ...(key ? { key } : {}), before: was };
      list = 'linksRemoved';
    } else {
      const diff = difference(was, is);
      if (Object.keys(diff.before).length === 0 && Object.keys(diff.after).length === 0) return this;
      change = { type, from, to, ...(key ? { key } : {}), ...diff };
      list = 'linksChanged';
    }
    for (const end of [from, to]) if (!isArticle(end)) this.item(end)[list].push(change);
    return this;
  }

  /**
   * Nodes or relationships created in bulk (an import's new records):
   * recorded on the Change as counts by kind and the keys of the nodes,
   * not as one item each, which would cost as much again as writing them.
   * Their properties are on the nodes themselves, stamped with the change's
   * time; later updates to them are itemised as any other.
   */
  createdInBulk(kind: string, count: number, keys: readonly string[] = []): this {
    if (count > 0) this.createdCounts[kind] = (this.createdCounts[kind] ?? 0) + count;
    this.createdKeys.push(...keys);
    return this;
  }

  get empty(): boolean {
    return this.rows().length === 0 && Object.keys(this.createdCounts).length === 0;
  }

  /** The items worth recording: a node that changed, or whose links did. */
  private rows() {
    const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
    const list = (links: LinkChange[]) => (links.length ? JSON.stringify(links) : null);
    return [...this.items.values()]
      .filter(
        (i) =>
          i.status !== 'updated' ||
          Object.keys(i.after ?? {}).length + Object.keys(i.before ?? {}).length > 0 ||
          i.linksAdded.length + i.linksRemoved.length + i.linksChanged.length > 0,
      )
      .sort((a, b) => a.nodeKey.localeCompare(b.nodeKey))
      .map((i) => ({
        nodeKey: i.nodeKey,
        kind: kindOfKey(i.nodeKey),
        status: i.status,
        before: json(i.before),
        after: json(i.after),
        linksAdded: list(i.linksAdded),
        linksRemoved: list(i.linksRemoved),
        linksChanged: list(i.linksChanged),
      }));
  }

  /**
   * Keeps the claim tallies (src/claims/tally.ts) true for the claims this
   * write changed, from their items: every write that changes a claim
   * records it here. Claims created in bulk are the importer's to tally.
   */
  private async tally(tx: GraphTransaction): Promise<void> {
    const claims = [...this.items.values()].filter((i) => labelOfKey(i.nodeKey) === 'Claim');
    if (!claims.length) return;
    const now = await claimsNow(
      tx,
      claims.map((i) => i.nodeKey),
    );
    await adjustTallies(tx, tallyChanges(claims.map((i) => claimChange(i, now.get(i.nodeKey) ?? null))));
  }

  /**
   * Records the change in the write's own transaction and returns its id,
   * or null when there is nothing to record. `extra` holds what only some
   * operations keep: a delete's snapshot, the delete a restore undid.
   */
  async write(
    tx: GraphTransaction,
    operation: string,
    actor: string,
    extra: { snapshot?: string; restores?: string } = {},
  ): Promise<string | null> {
    await this.tally(tx);
    const items = this.rows();
    const bulk = Object.keys(this.createdCounts).length > 0;
    if (items.length === 0 && !bulk) return null;
    // Time-ordered (UUID v7), so changes within one millisecond still list newest first.
    const id = uuidv7();
    const created = bulk
      ? { created: JSON.stringify(sortedByKey(this.createdCounts)), createdKeys: [...this.createdKeys].sort() }
      : {};
    await tx.run('history/record', { id, operation, actor, extra: { ...extra, ...created }, batch: { items } });
    return id;
  }
}
