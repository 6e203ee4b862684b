import type { ClaimOrigin } from './domain/index.js';

/**
 * What a committed write changed, announced once its transaction has
 * committed (never for one that rolled back): the response cache drops
 * what the write touched, subscriptions tell front-ends. Every mutation and
 * every ingest through the server announces one Change; a write that
 * changed nothing announces nothing.
 */

export type ChangeStatus = 'created' | 'updated' | 'removed';

/** A changed claim; who made it and whom it targets are given for claims written whole (added or ingested). */
export interface ChangedClaim {
  key: string;
  status: ChangeStatus;
  kind?: string;
  /** REPORTED (an article's words) or CODED (a dataset's); a claim announced without one is reported. */
  origin?: ClaimOrigin;
  speaker?: string;
  onBehalfOf?: string | null;
  targets?: string[];
}

export interface Change {
  /** The mutation's name (addClaim, ingestDocument, ...). */
  operation: string;
  /** The caller's subject, as recorded in updatedBy. */
  actor: string;
  /** Entities created, changed (properties, aliases or links) or removed. */
  entities: { key: string; status: ChangeStatus }[];
  claims: ChangedClaim[];
  articles: { key: string; status: ChangeStatus }[];
  /** The id of the write's history entry (a Change in the graph: `change(id:)`, `restoreEntity(change:)`). */
  change?: string;
}

export type ChangeListener = (change: Change) => void | Promise<void>;

/** In-process publish and subscribe of committed changes; listeners' failures never fail the write. */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly onListenerError: (err: unknown) => void = () => undefined) {}

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: Change): void {
    if (change.entities.length === 0 && change.claims.length === 0 && change.articles.length === 0) return;
    for (const listener of this.listeners) {
      try {
        Promise.resolve(listener(change)).catch(this.onListenerError);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }
}

/** Every key a change touched (entities, claims, articles). */
export function changedKeys(change: Change): string[] {
  return [...change.entities, ...change.claims, ...change.articles].map((c) => c.key);
}
