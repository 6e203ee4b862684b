import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { decodeNodeId } from './ids.js';

/**
 * The one Pothos builder. Global ids are Relay's opaque base64 of
 * "Type:key"; connections carry a totalCount.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string }; JSON: { Input: unknown; Output: unknown } };
}>({
  plugins: [RelayPlugin],
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

builder.queryType({ description: 'Reads over the news graph.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items match in all, across every page.', resolve: (parent) => parent.totalCount }),
);
