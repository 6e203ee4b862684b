import type { ArgBuilder } from '@pothos/core';
import { builder, type Types } from './builder.js';
import type { Context } from '../context.js';
import { clientError } from '../errors.js';
import {
  changeById,
  changesFeed,
  historyOf,
  itemsOf,
  MAX_HISTORY_PAGE,
  sinceArgument,
  type ChangeItemShape,
  type ChangeShape,
  type KeysetArgs,
  type LinkShape,
} from '../history/read.js';
import { keyFromId } from './ids.js';
import { pageWindow, toConnection } from './pagination.js';
import { ClaimRef, EntityRef } from './refs.js';

/**
 * The history of the graph (src/history): every committed write as a
 * Change (who, when, which operation) with what it did to each node, an
 * entity's or claim's own history, and the feed of changes. Who wrote is
 * shown, as `updatedBy` is, only to callers with a token.
 */

const actorOf = (actor: string, ctx: Context) => (ctx.caller ? actor : null);

const actorDescription =
  'Who made the change: `ingest` for the seed and `npm run ingest`, else the name of the API key or the subject of the token. Shown only to callers with a token; null for anonymous reads.';

const ChangeItemStatusEnum = builder.enumType('ChangeItemStatus', {
  description: 'What a change did to one node.',
  values: {
    CREATED: { value: 'created', description: 'The node was created.' },
    UPDATED: { value: 'updated', description: 'Its properties or its relationships changed.' },
    REMOVED: { value: 'removed', description: 'The node was deleted (deleteEntity), with every relationship it had.' },
    RESTORED: { value: 'restored', description: 'A deleted node was put back as it was (restoreEntity).' },
  } as const,
});

const LinkChangeRef = builder.objectRef<LinkShape>('LinkChange').implement({
  description:
    'A relationship a change added, removed or changed: its type, its ends by key, and its properties (without who wrote them and when, which the change itself records).',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The relationship type: HOLDS_POSITION, MENTIONED_IN, TARGETS, ...' }),
    from: t.exposeString('from', { description: 'The key of the node it starts from.' }),
    to: t.exposeString('to', { description: 'The key of the node it points to.' }),
    key: t.string({
      nullable: true,
      description: 'Its stable key (`rel:...`), where it has one.',
      resolve: (l) => l.key ?? null,
    }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Its properties before: all of them for a removed relationship, those that changed for a changed one; null for an added one.',
      resolve: (l) => l.before ?? null,
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Its properties after: all of them for an added relationship, those that changed for a changed one; null for a removed one.',
      resolve: (l) => l.after ?? null,
    }),
  }),
});

export const ChangeRef = builder.objectRef<ChangeShape>('Change');
export const ChangeItemRef = builder.objectRef<ChangeItemShape>('ChangeItem');

const ChangeItemConnection = builder.connectionObject(
  {
    type: ChangeItemRef,
    name: 'ChangeItemConnection',
    description: 'A page of history entries, each what one change did to one node, with the total count.',
  },
  { name: 'ChangeItemEdge', description: 'One history entry on a page, with its cursor.' },
);
const ChangeConnection = builder.connectionObject(
  { type: ChangeRef, name: 'ChangeConnection', description: 'A page of changes, newest first, with the total count.' },
  { name: 'ChangeEdge', description: 'One change on a page, with its cursor.' },
);

ChangeItemRef.implement({
  description:
    'What one change did to one node (entity, claim or article): its properties before and after, and the relationships added, removed or changed. Kept by the node’s key, so a deleted node keeps its history.',
  fields: (t) => ({
    key: t.string({
      description: 'The key of the node changed, e.g. `state:RUS` or `claim:...`.',
      resolve: (i) => i.nodeKey,
    }),
    kind: t.exposeString('kind', { description: 'What the node is: its type (State, Person, ...), Claim or Article.' }),
    status: t.field({
      type: ChangeItemStatusEnum,
      description: 'Created, updated, removed or restored.',
      resolve: (i) => i.status,
    }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Its properties before: those that changed for an update, all of them for a removal; null for a creation. Who wrote and when are the change’s own `actor` and `at`.',
      resolve: (i) => i.before,
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Its properties after: those that changed for an update, all of them for a creation or restore; null for a removal.',
      resolve: (i) => i.after,
    }),
    linksAdded: t.field({
      type: [LinkChangeRef],
      description: 'Relationships of this node the change added.',
      resolve: (i) => i.linksAdded,
    }),
    linksRemoved: t.field({
      type: [LinkChangeRef],
      description: 'Relationships of this node the change removed.',
      resolve: (i) => i.linksRemoved,
    }),
    linksChanged: t.field({
      type: [LinkChangeRef],
      description:
        'Relationships of this node whose properties the change set (sources added, a title or vote replaced).',
      resolve: (i) => i.linksChanged,
    }),
    at: t.exposeString('at', {
      description: 'When the change was committed: its transaction’s time (ISO 8601, UTC), as in `updatedAt`.',
    }),
    actor: t.string({ nullable: true, description: actorDescription, resolve: (i, _a, ctx) => actorOf(i.actor, ctx) }),
    operation: t.exposeString('operation', {
      description:
        'The write that made it: ingest (the seed, npm run ingest), import (npm run import, one change per batch), ingestDocument, upsertEntity, addClaim, linkEntities, unlinkEntities, correctField, deleteEntity or restoreEntity.',
    }),
    change: t.field({
      type: ChangeRef,
      description: 'The whole change this entry is part of.',
      resolve: async (i, _a, ctx) => (await changeById(ctx, i.change))!,
    }),
  }),
});

const pageArgs = (t: { arg: ArgBuilder<Types> }, what: string) => ({
  first: t.arg.int({
    required: false,
    description: `How many ${what} (at most ${MAX_HISTORY_PAGE}; 20 when not given).`,
  }),
  after: t.arg.string({
    required: false,
    description: 'Continue after this cursor (an `endCursor` or an edge’s `cursor`).',
  }),
});

const CreatedCountRef = builder.objectRef<{ kind: string; count: number }>('CreatedCount').implement({
  description: 'How many nodes or relationships of one kind a change created in bulk.',
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description: 'A node label (Claim, Article, WeaponsTransfer) or a relationship type (MADE, VOTED).',
    }),
    count: t.exposeInt('count', { description: 'How many it created.' }),
  }),
});

ChangeRef.implement({
  description:
    'One committed write: who made it, when, with which operation, and what it did to each node. Mutations and ingests that change nothing record none.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Its id: pass a deleteEntity’s to `restoreEntity` to undo it, or any to `change(id:)`.',
    }),
    at: t.exposeString('at', {
      description: 'When it was committed: its transaction’s time (ISO 8601, UTC), as in `updatedAt`.',
    }),
    actor: t.string({ nullable: true, description: actorDescription, resolve: (c, _a, ctx) => actorOf(c.actor, ctx) }),
    operation: t.exposeString('operation', {
      description:
        'The write: ingest (the seed, npm run ingest), import (npm run import, one change per batch), ingestDocument, upsertEntity, addClaim, linkEntities, unlinkEntities, correctField, deleteEntity or restoreEntity.',
    }),
    itemCount: t.exposeInt('itemCount', {
      description:
        'How many nodes it lists in `items`: each node it changed, except what an import created in bulk (see `created`).',
    }),
    created: t.field({
      type: [CreatedCountRef],
      description:
        'What an import created in bulk, by kind: its new records are counted here rather than listed one by one in `items` (their properties are on the nodes, stamped with this change’s time). Empty for other writes.',
      resolve: (c) => c.created,
    }),
    items: t.field({
      type: ChangeItemConnection,
      description: 'What it did to each node, in key order.',
      args: pageArgs(t, 'nodes per page'),
      resolve: async (c, args, ctx) => {
        const window = pageWindow(args as KeysetArgs);
        return toConnection(await itemsOf(ctx, c.id, window), window);
      },
    }),
    restorable: t.boolean({
      description:
        'True for a deleteEntity not restored yet: `restoreEntity(change: id)` can put back what it deleted.',
      resolve: (c) => c.operation === 'deleteEntity' && !c.restoredBy,
    }),
    restores: t.field({
      type: ChangeRef,
      nullable: true,
      description: 'For a restoreEntity: the delete it undid.',
      resolve: (c, _a, ctx) => (c.restores ? changeById(ctx, c.restores) : null),
    }),
    restoredBy: t.field({
      type: ChangeRef,
      nullable: true,
      description: 'For a deleteEntity: the restoreEntity that undid it, once there is one.',
      resolve: (c, _a, ctx) => (c.restoredBy ? changeById(ctx, c.restoredBy) : null),
    }),
  }),
});

const historyField =
  (what: string) =>
  <Shape extends { key: string }>(t: PothosSchemaTypes.InterfaceFieldBuilder<Types, Shape>) => ({
    history: t.field({
      type: ChangeItemConnection,
      description: `Every change made to this ${what}, newest first: who, when, which operation, its properties before and after, and the relationships added and removed.`,
      args: pageArgs(t, 'entries per page'),
      resolve: (n, args, ctx) => historyOf(ctx, n.key, args),
    }),
  });
builder.interfaceFields(EntityRef, historyField('entity'));
builder.interfaceFields(ClaimRef, historyField('claim'));

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnection,
    description:
      'The feed of changes to the graph, newest first: every committed mutation and ingest, with what it did to each node.',
    args: {
      since: t.arg.string({
        required: false,
        description:
          'Only changes at or after this time: an ISO 8601 date or date and time (2024-06-28, 2024-06-28T09:30:00Z).',
      }),
      actor: t.arg.string({
        required: false,
        description: 'Only changes by this actor (an API key’s name, a token’s subject, or `ingest`). Needs a token.',
      }),
      ...pageArgs(t, 'changes per page'),
    },
    resolve: (_root, args, ctx) => {
      if (args.actor != null && !ctx.caller) {
        throw clientError(
          'UNAUTHENTICATED',
          'Filtering changes by actor needs a token: who made a change is shown only to callers with one.',
          {
            argument: 'actor',
          },
        );
      }
      return changesFeed(ctx, { since: sinceArgument(args.since), actor: args.actor ?? null }, args as KeysetArgs);
    },
  }),
);

builder.queryField('history', (t) =>
  t.field({
    type: ChangeItemConnection,
    description:
      'The history of any entity, claim or article by its key (or global id), newest first, deleted ones included: what each change did to it, who made it and when. For a node in the graph, its own `history` field says the same.',
    args: {
      key: t.arg.id({
        required: true,
        description: 'The node’s key (`state:RUS`, `claim:...`) or global id; it need not be in the graph any more.',
      }),
      ...pageArgs(t, 'entries per page'),
    },
    resolve: (_root, args, ctx) => historyOf(ctx, keyFromId(args.key, 'key'), args as KeysetArgs),
  }),
);

builder.queryField('change', (t) =>
  t.field({
    type: ChangeRef,
    nullable: true,
    description:
      'One change by its id (a deleteEntity’s `change`, an entry’s `change { id }`); null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The change’s id.' }) },
    resolve: (_root, args, ctx) => changeById(ctx, String(args.id).toLowerCase()),
  }),
);
