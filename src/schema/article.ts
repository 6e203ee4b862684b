import { enumValuesOf, SOURCE_CATEGORY } from '../domain/index.js';
import { builder } from './builder.js';
import { ClaimConnection, EntityConnection } from './connections.js';
import { pageResolver, stringField } from './entity.js';
import { ArticleRef, ClaimRef, EntityRef, isType } from './refs.js';
import { claimPageResolver, originArgs } from './origin.js';
import type { ArticleNode, EntityNode } from './shapes.js';

/** The articles and documents every fact comes from. */

export const SourceCategory = builder.enumType('SourceCategory', {
  description: 'What kind of source.',
  values: enumValuesOf(SOURCE_CATEGORY),
});

ArticleRef.implement({
  description: 'A news article or primary document that facts in the graph come from.',
  isTypeOf: isType('Article'),
  fields: (t) => ({
    key: t.string({ description: 'Stable readable key, e.g. `article:53f6e0b8b575f843`.', resolve: (a) => a.key }),
    title: t.string({ nullable: true, description: 'Headline or document title.', resolve: stringField('title') }),
    publisher: t.string({
      nullable: true,
      description: 'Who published it (Reuters, the UN).',
      resolve: stringField('publisher'),
    }),
    publishedOn: t.string({
      nullable: true,
      description: 'Publication date, ISO at its precision.',
      resolve: stringField('publishedOn'),
    }),
    url: t.string({ nullable: true, description: 'Where it can be read, where known.', resolve: stringField('url') }),
    category: t.field({
      type: SourceCategory,
      nullable: true,
      description: 'A news report or a primary document.',
      resolve: (a) => a.category ?? null,
    }),
    text: t.string({
      nullable: true,
      description: 'The full text, as stored (quotes in claims occur in it verbatim).',
      resolve: async (a, _args, ctx) => {
        if (a.text !== undefined) return a.text ?? null;
        const full = await ctx.loaders.node<ArticleNode>(a.key);
        return full?.text ?? null;
      },
    }),
    claims: t.connection(
      {
        type: ClaimRef,
        description: 'Claims it reports, newest first.',
        args: originArgs,
        resolve: claimPageResolver('read/pages/article-claims'),
      },
      ClaimConnection,
    ),
    entities: t.connection(
      {
        type: EntityRef,
        description: 'Entities it mentions, by name.',
        resolve: pageResolver<EntityNode>('read/pages/article-entities'),
      },
      EntityConnection,
    ),
  }),
});
