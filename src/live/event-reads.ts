import { Loaders, type Context } from '../context.js';
import type { Graph } from '../neo4j/graph.js';
import type { LiveStats } from './events.js';

/**
 * One read per event for every subscriber that sees it alike. Each
 * subscriber still runs its own execution of an event (its selection, its
 * context, its rules), but all those of one role run it over one Graph and
 * one set of loaders made for that event: the first to ask for a node or a
 * list starts the batched statement, and the others get the same answer.
 * An event so costs the statements its selections need, however many
 * subscribers receive it; with Redis, each server reads once for its own.
 *
 * Reads are shared within a role only: fields such as `updatedBy` are
 * hidden from anonymous callers by each subscriber's own resolvers, and a
 * read that one day depends on the caller will never reach another role.
 *
 * Time and cancellation: a shared read has REQUEST_TIMEOUT_MS from the
 * moment the event is first read. A subscriber holds it from the moment it
 * joins until it takes its next event or its stream ends (its client went
 * away, or it was dropped); once nobody holds it, whatever it still runs is
 * cancelled. A subscriber that comes to the event with less than half of
 * that time left reads it afresh (with the others as late as it).
 */

interface SharedRead {
  graph: Graph;
  loaders: Loaders;
  /** Subscribers that took this event and have neither taken another since nor gone. */
  holders: number;
  cancel: AbortController;
  /** Later subscribers join while at least this much of its time is left. */
  joinWhileLeft: number;
  /** Results of running an operation on the event, by operation and variables (src/live/shared-results.ts). */
  results?: Map<string, unknown>;
}

interface Holding {
  event: object;
  read?: SharedRead;
  release?: () => void;
}

const ANONYMOUS = 'anonymous';

export class EventReads {
  /** The shared reads of an event, by role; gone with the event. */
  private readonly byEvent = new WeakMap<object, Map<string, SharedRead>>();
  /** The event each subscriber took last, and the read it holds for it. */
  private readonly holdings = new WeakMap<Context, Holding>();

  constructor(private readonly stats: LiveStats) {}

  /** A subscriber takes the next event from its stream: it lets go of the read of the one before. */
  taken(ctx: Context, event: object): void {
    this.letGo(ctx);
    this.holdings.set(ctx, { event });
  }

  /** A subscriber's stream has ended. */
  letGo(ctx: Context): void {
    this.holdings.get(ctx)?.release?.();
    this.holdings.delete(ctx);
  }

  /** Points the subscriber's context at the shared read of the event it took, joining it or starting it. */
  join(ctx: Context): void {
    const holding = this.holdings.get(ctx);
    let read: SharedRead;
    if (!holding) read = this.start(ctx);
    else read = holding.read ??= this.enter(ctx, holding);
    ctx.graph = read.graph;
    ctx.loaders = read.loaders;
  }

  /**
   * What `run` gives for this subscriber's event, computed once for every
   * subscriber holding the same read (same event, same role) under the same
   * key; computed afresh where the subscriber holds no shared read.
   */
  shared<T>(ctx: Context, key: string, run: () => T): T {
    const read = this.holdings.get(ctx)?.read;
    const results = read ? (read.results ??= new Map()) : new Map<string, unknown>();
    if (!results.has(key)) {
      this.stats.executions += 1;
      results.set(key, run());
    }
    return results.get(key) as T;
  }

  private start(ctx: Context): SharedRead {
    const cancel = new AbortController();
    const graph = ctx.graph.forRequest(cancel.signal, this.stats);
    this.stats.reads += 1;
    return { graph, loaders: new Loaders(graph), holders: 0, cancel, joinWhileLeft: graph.timeLeft() / 2 };
  }

  private enter(ctx: Context, holding: Holding): SharedRead {
    const role = ctx.caller?.role ?? ANONYMOUS;
    let byRole = this.byEvent.get(holding.event);
    if (!byRole) this.byEvent.set(holding.event, (byRole = new Map()));
    let read = byRole.get(role);
    if (!read || read.graph.timeLeft() < read.joinWhileLeft) {
      read = this.start(ctx);
      byRole.set(role, read);
    }
    read.holders += 1;
    const shared = read;
    const roles = byRole;
    holding.release = () => {
      shared.holders -= 1;
      if (shared.holders > 0) return;
      // Nobody needs it any more: stop what may still run, and let a late subscriber read afresh.
      shared.cancel.abort();
      if (roles.get(role) === shared) roles.delete(role);
    };
    return shared;
  }
}
