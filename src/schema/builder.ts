import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import type { GraphQLError } from 'graphql';
import type { Caller, Context } from '../context.js';
import { holdsRole, roleRefusal, tokenRequired, type Role } from '../roles.js';
import { decodeNodeId } from './ids.js';

/**
 * The one Pothos builder. Global ids are Relay's opaque base64 of
 * "Type:key"; connections carry a totalCount.
 *
 * Who may resolve what is declared where it is defined, with scope-auth:
 * - `readGraph` on the Query, Mutation and Subscription types: anyone, or
 *   only callers with a token where READS_REQUIRE_AUTH is set;
 * - `role` on each mutation: the role it needs (`{ role: 'editor' }`),
 *   whose resolver then sees the caller as certain (`ctx.caller`).
 * The HTTP edge only says who the caller is (src/http/auth.ts).
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string }; JSON: { Input: unknown; Output: unknown } };
  AuthScopes: { readGraph: boolean; role: Role };
  AuthContexts: { role: Context & { caller: Caller } };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin],
  scopeAuth: {
    // Checked once, when a subscription starts, rather than on every event.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      readGraph: ctx.caller !== null || !ctx.readsNeedToken,
      role: (role) => holdsRole(ctx.caller, role),
    }),
    unauthorizedError: (_parent, ctx, _info, result) => refusal(ctx.caller, result.failure) ?? result.message,
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    decodeGlobalID: decodeNodeId,
    cursorType: 'String',
    nodeTypeOptions: { description: 'Anything that can be fetched again by its global id with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    nodeQueryOptions: {
      description: 'Any node (entity, claim, article) by its global id.',
      args: { id: { description: 'A global id, as returned in any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Several nodes by their global ids, in the same order (null where an id matches nothing).',
      args: { ids: { description: 'Global ids, as returned in `id` fields.' } },
    },
    idFieldOptions: { description: 'Opaque global id; pass it to `node(id:)` or to any argument that takes an ID.' },
    cursorFieldOptions: { description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' },
    nodeFieldOptions: { description: 'The item at the end of this edge.' },
    edgesFieldOptions: { description: 'The items on this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Whether more pages follow, and the cursors to fetch them.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge on this page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last edge on this page; pass it as `after` for the next page.',
    },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    afterArgOptions: { description: 'Return items after this cursor (an `endCursor` or edge `cursor`).' },
    firstArgOptions: { description: 'Page size: at most 100.' },
    lastArgOptions: { description: 'Return the last items, counted back from `before`.' },
  },
});

/** The error a client gets for the first scope it lacked. */
function refusal(caller: Caller | null, failure: AuthFailure): GraphQLError | null {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return failure.scope === 'readGraph' ? tokenRequired() : roleRefusal(caller, failure.parameter as Role);
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.length ? refusal(caller, failure.failures[0]!) : null;
    default:
      return null;
  }
}

builder.queryType({ description: 'Reads over the news graph.', authScopes: { readGraph: true } });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items match in all, across every page.', resolve: (parent) => parent.totalCount }),
);

/** The builder's type parameters, for helpers that take Pothos's field and argument builders. */
export type Types = typeof builder.$inferSchemaTypes;
