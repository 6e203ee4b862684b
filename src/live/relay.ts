import type { Change, ChangeFeed } from '../changes.js';
import type { LiveEvents } from './events.js';

/**
 * Turns committed changes (the change feed, which never announces a write
 * that rolled back or changed nothing) into the events subscriptions
 * deliver: a claim created, each entity touched, each article an ingest
 * created or changed. Only the process that made the write publishes it;
 * Redis, when configured, carries it to the others.
 */
export function relayChanges(changes: ChangeFeed, live: LiveEvents): () => void {
  return changes.subscribe((change: Change) => {
    const { pubsub } = live;
    for (const claim of change.claims) {
      if (claim.status !== 'created') continue;
      pubsub.publish('claimAdded', {
        key: claim.key,
        kind: claim.kind ?? null,
        origin: claim.origin ?? 'REPORTED',
        speaker: claim.speaker ?? null,
        onBehalfOf: claim.onBehalfOf ?? null,
        targets: claim.targets ?? [],
      });
    }
    for (const entity of change.entities) {
      pubsub.publish('entityChanged', entity.key, {
        key: entity.key,
        status: entity.status,
        operation: change.operation,
      });
    }
    for (const article of change.articles) {
      if (article.status !== 'removed') pubsub.publish('articleIngested', { key: article.key, status: article.status });
    }
  });
}
