import { pipe } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { ChangeStatus } from '../changes.js';
import type { EntityChangedEvent } from '../live/events.js';
import { filter, map } from '../live/operators.js';
import { liveSubscriber, readEvent } from '../live/subscriber.js';
import { builder } from './builder.js';
import { ClaimKindEnum } from './claim.js';
import { originArgs } from './origin.js';
import { keyFromId, optionalKey } from './ids.js';
import { ArticleRef, ClaimRef, EntityRef } from './refs.js';
import type { ClaimKind } from '../domain/index.js';
import type { AnyNode, ArticleNode, ClaimNode, EntityNode } from './shapes.js';

/**
 * Live updates over Server-Sent Events (GraphQL over SSE, distinct
 * connections: `Accept: text/event-stream`, GET or POST). Each event is
 * published once its write has committed (src/live/relay.ts), and each
 * subscriber then runs what it selects through the same types and rules as
 * a query (READS_REQUIRE_AUTH included), over loaders it shares with every
 * subscriber of its role: one read per event (src/live/event-reads.ts).
 */

builder.subscriptionType({
  authScopes: { readGraph: true },
  description:
    'Live updates, over Server-Sent Events: send the subscription with `Accept: text/event-stream` (GET or POST). Each event follows a committed write; a write that rolled back or changed nothing sends none.',
});

const liveOf = liveSubscriber;

/** Reads one node afresh for an event, in the event's shared read; null when it is gone again (deleted since). */
async function freshNode<T extends AnyNode>(ctx: Context, key: string): Promise<T | null> {
  readEvent(ctx);
  return ctx.loaders.node<T>(key);
}

const present = <T>(node: T | null): node is T => node !== null;

builder.subscriptionField('claimAdded', (t) =>
  t.field({
    type: ClaimRef,
    description:
      'Each claim added from now on (by addClaim or an ingest), matching every filter given. Filters take keys or global ids, as in `claims`.',
    args: {
      speaker: t.arg.id({ required: false, description: 'Only claims made by this entity, or on its behalf.' }),
      target: t.arg.id({ required: false, description: 'Only claims aimed at this entity.' }),
      kind: t.arg({ type: ClaimKindEnum, required: false, description: 'Only claims of this kind.' }),
      ...originArgs,
      involving: t.arg.id({
        required: false,
        description:
          'Only claims this entity made, that were made on its behalf, or that are aimed at it (what its page lists).',
      }),
    },
    subscribe: (_root, args, ctx) => {
      const speaker = optionalKey(args.speaker, 'speaker');
      const target = optionalKey(args.target, 'target');
      const involving = optionalKey(args.involving, 'involving');
      const kind = (args.kind as ClaimKind | null | undefined) ?? null;
      const origin = args.origin ?? null;
      return pipe(
        liveOf(ctx).subscribe('claimAdded'),
        filter(
          (e) =>
            (!kind || e.kind === kind) &&
            (!origin || (e.origin ?? 'REPORTED') === origin) &&
            (!speaker || e.speaker === speaker || e.onBehalfOf === speaker) &&
            (!target || e.targets.includes(target)) &&
            (!involving || e.speaker === involving || e.onBehalfOf === involving || e.targets.includes(involving)),
        ),
        map((e) => freshNode<ClaimNode>(ctx, e.key)),
        filter(present),
      );
    },
    resolve: (claim) => claim,
  }),
);

const EntityChangeStatus = builder.enumType('EntityChangeStatus', {
  description: 'What a committed write did to an entity.',
  values: {
    CREATED: { description: 'The entity was created.' },
    UPDATED: {
      description: 'Its properties, aliases or relationships changed, or a claim naming it was added or changed.',
    },
    REMOVED: { description: 'The entity was deleted.' },
  } as const,
});

interface EntityChangedShape extends EntityChangedEvent {
  entity: EntityNode | null;
}

const EntityChangedEventRef = builder.objectRef<EntityChangedShape>('EntityChangedEvent').implement({
  description: 'A committed change to one entity.',
  fields: (t) => ({
    key: t.string({ description: 'The entity’s readable key.', resolve: (e) => e.key }),
    status: t.field({
      type: EntityChangeStatus,
      description: 'Whether it was created, changed or removed.',
      resolve: (e) => e.status.toUpperCase() as Uppercase<ChangeStatus>,
    }),
    operation: t.string({
      description: 'The mutation that changed it: addClaim, upsertEntity, ingestDocument...',
      resolve: (e) => e.operation,
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity as it is now; null once it is removed.',
      resolve: (e) => e.entity,
    }),
  }),
});

builder.subscriptionField('entityChanged', (t) =>
  t.field({
    type: EntityChangedEventRef,
    description:
      'Each committed change to one entity: created, its properties or links changed, a claim naming it added, removed.',
    args: { id: t.arg.id({ required: true, description: 'The entity: its key or global id.' }) },
    subscribe: (_root, args, ctx) => {
      const key = keyFromId(args.id, 'id');
      return pipe(
        liveOf(ctx).subscribe('entityChanged', key),
        map(async (e) => ({ ...e, entity: e.status === 'removed' ? null : await freshNode<EntityNode>(ctx, e.key) })),
      );
    },
    resolve: (event) => event,
  }),
);

builder.subscriptionField('articleIngested', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Each article an ingest creates, or changes when a new version of its document is ingested.',
    subscribe: (_root, _args, ctx) =>
      pipe(
        liveOf(ctx).subscribe('articleIngested'),
        map((e) => freshNode<ArticleNode>(ctx, e.key)),
        filter(present),
      ),
    resolve: (article) => article,
  }),
);
