import { builder } from './builder.js';
import { badInput } from '../errors.js';
import { EntityRef } from './refs.js';
import { ENTITY_KINDS, ENTITY_TYPES, type EntityType as EntityTypeName } from '../domain/index.js';
import { toNode, type AnyNode } from './shapes.js';
import { luceneQuery, MAX_SEARCH, SEARCH_CANDIDATES } from './lucene.js';

export const EntityType = builder.enumType('EntityType', {
  description: 'The kinds of entity.',
  values: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { description: ENTITY_KINDS[t].description }])) as Record<
    EntityTypeName,
    { description: string }
  >,
});

builder.queryField('search', (t) =>
  t.field({
    type: [EntityRef],
    description:
      'Entities whose name or an alias matches the text: case-insensitive, whole or partial words ("dprk", "thomas-greenfield", "kim"), best match first.',
    args: {
      text: t.arg.string({ required: true, description: 'Words to look for in names and aliases.' }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `How many results, at most ${MAX_SEARCH}.` }),
      type: t.arg({ type: EntityType, required: false, description: 'Only entities of this kind.' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 10;
      if (first < 0 || first > MAX_SEARCH) {
        throw badInput(`first must be between 0 and ${MAX_SEARCH} (got ${first})`, { argument: 'first' });
      }
      if (args.text.length > 200) throw badInput('text: at most 200 characters', { argument: 'text' });
      const query = luceneQuery(args.text);
      if (!query || first === 0) return [];
      const rows = await ctx.graph.read<{ node: AnyNode }>('read/search', {
        query,
        exact: args.text.trim().toLowerCase(),
        type: args.type ?? null,
        limit: first,
        // A type filter discards hits after Lucene ranks them: ask it for more.
        candidates: args.type ? SEARCH_CANDIDATES * 5 : SEARCH_CANDIDATES,
      });
      return rows.map((r) => toNode(r.node));
    },
  }),
);
