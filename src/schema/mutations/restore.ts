import { builder } from '../builder.js';
import { clientError } from '../../errors.js';
import { changeIdArgument, restoreDeleted, type Restored } from '../../history/restore.js';
import { changeById } from '../../history/read.js';
import { ChangeRef } from '../history.js';
import { ClaimRef, EntityRef } from '../refs.js';
import type { ClaimNode, EntityNode } from '../shapes.js';
import { announced } from './common.js';

/**
 * Undoing a delete: restoreEntity puts back what a deleteEntity removed,
 * from the snapshot on its history entry (src/history/restore.ts).
 */

const RestoreEntityPayload = builder.objectRef<Restored>('RestoreEntityPayload').implement({
  description: 'What a restore put back, as it was before the delete.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: 'The entity the delete was asked for, back with its key, labels, properties and relationships.',
      resolve: async (r, _a, ctx) => (await ctx.loaders.node<EntityNode>(r.entity))!,
    }),
    restoredKeys: t.stringList({
      description: 'Every key put back: the entity’s, then those of the claims and transfers deleted with it.',
      resolve: (r) => [r.entity, ...r.snapshot.nodes.map((n) => n.key).filter((k) => k !== r.entity)],
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'The claims put back with it (those a cascading delete removed).',
      resolve: async (r, _a, ctx) =>
        (
          await Promise.all(
            r.snapshot.nodes.filter((n) => n.labels.includes('Claim')).map((n) => ctx.loaders.node<ClaimNode>(n.key)),
          )
        ).filter((n): n is ClaimNode => n !== null),
    }),
    relationshipsRestored: t.int({
      description: 'How many relationships were put back.',
      resolve: (r) => r.snapshot.relationships.length,
    }),
    change: t.field({
      type: ChangeRef,
      description: 'The restore’s own history entry.',
      resolve: async (r, _a, ctx) => (await changeById(ctx, r.change))!,
    }),
    restored: t.field({
      type: ChangeRef,
      description: 'The delete it undid.',
      resolve: async (r, _a, ctx) => (await changeById(ctx, r.deleted))!,
    }),
  }),
});

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

builder.mutationField('restoreEntity', (t) =>
  t.authField({
    type: RestoreEntityPayload,
    description:
      'Undoes a deleteEntity: puts back the entity and everything deleted with it (the claims and transfers of a cascade) exactly as they were, with their keys, labels, properties and relationships, so their ids are the same. Needs the admin role. Refused with CONFLICT, writing nothing, when a node now holds one of the keys, a node at the other end of a relationship is gone, or the delete was restored already (extensions.conflicts lists each).',
    args: {
      change: t.arg.id({
        required: true,
        description: 'The delete’s history entry: the `change` deleteEntity answered, or a Change’s `id`.',
      }),
    },
    authScopes: { role: 'admin' },
    resolve: async (_root, args, ctx) => {
      const caller = ctx.caller;
      const id = changeIdArgument(String(args.change), 'change');
      let restored: Restored;
      try {
        restored = await ctx.graph.writeTransaction((tx) => restoreDeleted(tx, id, caller.subject));
      } catch (err) {
        // Two restores of one delete at once: the key constraints let one through.
        if ((err as { code?: string }).code === CONSTRAINT_FAILED) {
          throw clientError(
            'CONFLICT',
            'A node with one of the keys to restore was created meanwhile; nothing was written.',
            { conflicts: [] },
          );
        }
        throw err;
      }
      return announced(ctx, 'restoreEntity', restored, (r) => {
        const restoredKeys = new Set(r.snapshot.nodes.map((n) => n.key));
        const others = new Set(
          r.snapshot.relationships
            .flatMap((rel) => [rel.from, rel.to])
            .filter((k) => !restoredKeys.has(k) && !k.startsWith('article:')),
        );
        const created = (key: string) => ({ key, status: 'created' as const });
        const isClaim = (key: string) => key.startsWith('claim:');
        return {
          entities: [
            ...[...restoredKeys].filter((k) => !isClaim(k)).map(created),
            ...[...others].filter((k) => !isClaim(k)).map((key) => ({ key, status: 'updated' as const })),
          ],
          claims: [
            ...[...restoredKeys].filter(isClaim).map(created),
            ...[...others].filter(isClaim).map((key) => ({ key, status: 'updated' as const })),
          ],
        };
      });
    },
  }),
);
