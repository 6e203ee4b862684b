import { builder } from '../builder.js';
import { parseDocument, targetsOf, type DocumentError, type IngestDocument } from '../../ingest/document.js';
import { DocumentRejected, ingestDocument, type IngestSummary, type Tally } from '../../ingest/ingest.js';
import { ArticleRef, ClaimRef, EntityRef } from '../refs.js';
import type { Context } from '../../context.js';
import type { AnyNode, ArticleNode, ClaimNode, EntityNode } from '../shapes.js';
import { announced, Issues } from './common.js';

/**
 * A whole ingest document through GraphQL: the same format, the same
 * validation and the same single transaction as `npm run ingest`
 * (src/ingest), with the caller as the actor recorded in updatedBy.
 */

interface CountShape extends Tally {
  kind: string;
}

const IngestCountRef = builder.objectRef<CountShape>('IngestCount').implement({
  description: 'How many of one kind of node or relationship an ingest created, updated or found already there.',
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description: 'A node label (Article, State, Person, ...) or a relationship type (MENTIONED_IN, TARGETS, ...).',
    }),
    created: t.exposeInt('created', { description: 'New in the graph.' }),
    updated: t.exposeInt('updated', {
      description: 'Already there, and changed: a value, alias or source added or replaced.',
    }),
    unchanged: t.exposeInt('unchanged', { description: 'Already there as the document says: not written at all.' }),
  }),
});

const IngestSummaryRef = builder.objectRef<IngestSummary>('IngestSummary').implement({
  description: 'What an ingest wrote, counted as `npm run ingest` prints it.',
  fields: (t) => ({
    nodes: t.field({
      type: [IngestCountRef],
      description: 'Articles and entities, by label.',
      resolve: (s) => Object.entries(s.nodes).map(([kind, tally]) => ({ kind, ...tally })),
    }),
    claims: t.field({ type: IngestCountRef, description: 'Claims.', resolve: (s) => ({ kind: 'Claim', ...s.claims }) }),
    relationships: t.field({
      type: [IngestCountRef],
      description: 'Relationships, by type, including MENTIONED_IN and the claims’ links.',
      resolve: (s) => Object.entries(s.relationships).map(([kind, tally]) => ({ kind, ...tally })),
    }),
  }),
});

interface IngestResult {
  summary: IngestSummary;
  document: IngestDocument;
  change: string | null;
}

/** The nodes with these keys, of the family the caller names, as stored now. */
const nodes = async <T extends AnyNode>(keys: string[], ctx: Context) =>
  (await Promise.all(keys.map((k) => ctx.loaders.node<T>(k)))).filter((n) => n !== null);

const IngestDocumentPayload = builder.objectRef<IngestResult>('IngestDocumentPayload').implement({
  description: 'What an ingested document wrote, and the records it describes as they now stand.',
  fields: (t) => ({
    changed: t.boolean({
      description:
        'False when the graph already held everything the document says: nothing was written, provenance included.',
      resolve: (r) => r.summary.changed,
    }),
    summary: t.field({
      type: IngestSummaryRef,
      description: 'Created, updated and unchanged counts.',
      resolve: (r) => r.summary,
    }),
    articles: t.field({
      type: [ArticleRef],
      description: 'The document’s sources, as stored.',
      resolve: (r, _a, ctx) =>
        nodes<ArticleNode>(
          r.document.sources.map((s) => s.key),
          ctx,
        ),
    }),
    entities: t.field({
      type: [EntityRef],
      description: 'The document’s entities, as stored (merged with what the graph knew).',
      resolve: (r, _a, ctx) =>
        nodes<EntityNode>(
          r.document.entities.map((e) => e.key),
          ctx,
        ),
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'The document’s claims, as stored.',
      resolve: (r, _a, ctx) =>
        nodes<ClaimNode>(
          r.document.claims.map((c) => c.key),
          ctx,
        ),
    }),
  }),
});

const IngestDocumentInput = builder.inputType('IngestDocumentInput', {
  description: 'An ingest document.',
  fields: (t) => ({
    document: t.field({
      type: 'JSON',
      required: true,
      description:
        'One article’s document, exactly as the files `npm run ingest` reads (docs/model.md, "Ingest documents"): sources, entities, relationships and claims.',
    }),
  }),
});

builder.mutationField('ingestDocument', (t) =>
  t.authField({
    type: IngestDocumentPayload,
    description:
      'Validates and writes one ingest document, as `npm run ingest` does: every rule checked first (errors list each path, e.g. `input.document.claims[3].quote`), then everything written in one transaction, merged by key. Needs the editor role.',
    args: { input: t.arg({ type: IngestDocumentInput, required: true, description: 'The document.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const refuse = (errors: DocumentError[]) => {
        const issues = new Issues();
        for (const e of errors)
          issues.add(
            e.path ? `input.document${e.path.startsWith('[') ? '' : '.'}${e.path}` : 'input.document',
            e.message,
          );
        return issues.error();
      };
      const parsed = parseDocument(input.document);
      if (!parsed.ok) throw refuse(parsed.errors);
      let summary: IngestSummary;
      try {
        summary = await ingestDocument(ctx.graph, parsed.document, {
          actor: caller.subject,
          operation: 'ingestDocument',
        });
      } catch (err) {
        // Keys neither declared nor in the graph are found inside the transaction, which then writes nothing.
        if (err instanceof DocumentRejected) throw refuse(err.errors);
        throw err;
      }
      const result = { summary, document: parsed.document, change: summary.change };
      return announced(ctx, 'ingestDocument', result, ({ summary: { touched }, document }) => {
        const claims = new Map(document.claims.map((c) => [c.key, c]));
        return {
          articles: touched.articles,
          entities: touched.entities,
          claims: touched.claims.map(({ key, status }) => {
            const c = claims.get(key)!;
            return {
              key,
              status,
              kind: c.kind,
              origin: 'REPORTED' as const,
              speaker: c.speaker,
              onBehalfOf: c.onBehalfOf ?? null,
              targets: targetsOf(c),
            };
          }),
        };
      });
    },
  }),
);
