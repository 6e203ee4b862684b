import { builder } from '../builder.js';
import { inputProblems } from '../../extract/input.js';
import { GraphGrounding } from '../../extract/resolve.js';
import { extractor } from '../../extract/index.js';
import type { Draft, ExtractedArticle, ExtractedClaim, ExtractedEntity, Span } from '../../extract/types.js';
import { ClaimKindEnum } from '../claim.js';
import { EntityRef } from '../refs.js';
import type { EntityNode } from '../shapes.js';
import { EntityType } from '../search.js';
import { Issues } from './common.js';

/**
 * From an article's text to a draft ingest document, for a person to
 * review and then send to ingestDocument. Extraction writes nothing; it
 * reads the graph only to ground what it finds (src/extract).
 */

interface SpanWithText extends Span {
  text: string;
}

const TextSpan = builder.objectRef<SpanWithText>('TextSpan').implement({
  description:
    'A stretch of the article’s text: offsets as JavaScript strings count them (UTF-16 code units), end exclusive.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of its first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    text: t.exposeString('text', { description: 'The words there.' }),
  }),
});

const ExtractedArticleRef = builder.objectRef<ExtractedArticle>('ExtractedArticle').implement({
  description: 'The article the draft comes from: its first source.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Its key in the draft: `article:` and the start of the text’s SHA-256.',
    }),
    title: t.exposeString('title', { description: 'The title given, else the text’s first line or sentence.' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it.' }),
    publishedOn: t.exposeString('publishedOn', {
      description: 'When (YYYY-MM-DD); relative dates were resolved against it.',
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where it was published.' }),
  }),
});

const withText =
  (text: string) =>
  (s: Span): SpanWithText => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

interface EntityView extends ExtractedEntity {
  articleText: string;
}

const ExtractedEntityRef = builder.objectRef<EntityView>('ExtractedEntity').implement({
  description: 'An entity the text names, new or found in the graph, with where the text names it.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Its key in the draft document: the graph’s key when the graph holds it.',
    }),
    type: t.field({ type: EntityType, description: 'What kind of entity it is.', resolve: (e) => e.type }),
    name: t.exposeString('name', { description: 'Its name (the graph’s, when the graph holds it).' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names the text gives it that the graph does not know yet.',
    }),
    isNew: t.exposeBoolean('isNew', { description: 'False when the mentions resolved to an entity the graph holds.' }),
    existing: t.field({
      type: EntityRef,
      nullable: true,
      description: 'That graph entity, when found.',
      resolve: (e, _a, ctx) => (e.existingKey ? ctx.loaders.node<EntityNode>(e.existingKey) : null),
    }),
    mentions: t.field({
      type: [TextSpan],
      description: 'Where the text names it.',
      resolve: (e) => e.mentions.map(withText(e.articleText)),
    }),
  }),
});

interface ClaimView extends ExtractedClaim {
  articleText: string;
}

const ExtractedClaimRef = builder.objectRef<ClaimView>('ExtractedClaim').implement({
  description: 'A claim the text reports, with the sentence it came from and where its quoted words are.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Its key in the draft: speaker, kind, target and date.' }),
    kind: t.field({
      type: ClaimKindEnum,
      description: 'What it does, from the reporting verb and what was said.',
      resolve: (c) => c.kind,
    }),
    speaker: t.exposeString('speaker', { description: 'Key of who made it: a person, state or organization.' }),
    onBehalfOf: t.exposeString('onBehalfOf', {
      nullable: true,
      description: 'Key of the state or body the speaker spoke for, from their title.',
    }),
    targets: t.exposeStringList('targets', { description: 'Keys of whom or what it is aimed at.' }),
    about: t.exposeStringList('about', { description: 'Keys of the other entities it names.' }),
    allegation: t.exposeString('allegation', { description: 'What is claimed, in a short phrase from the text.' }),
    madeOn: t.exposeString('madeOn', {
      nullable: true,
      description: 'When it was made, at the precision the text gives (YYYY, YYYY-MM or YYYY-MM-DD).',
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'The speaker’s words, verbatim from the text (the first piece when a quote is split).',
    }),
    answers: t.exposeString('answers', {
      nullable: true,
      description: 'Key of the claim it answers: one of the draft’s, or one the graph holds.',
    }),
    sentence: t.field({
      type: TextSpan,
      description: 'The sentence it came from.',
      resolve: (c) => withText(c.articleText)(c.sentence),
    }),
    quoteSpans: t.field({
      type: [TextSpan],
      description: 'Where its quoted words are; a quotation may be split across sentences.',
      resolve: (c) => c.quoteSpans.map(withText(c.articleText)),
    }),
  }),
});

const ExtractDocumentPayload = builder.objectRef<Draft & { text: string }>('ExtractDocumentPayload').implement({
  description: 'A draft for review: the ingest document, and the same content typed for a reviewing screen.',
  fields: (t) => ({
    document: t.field({
      type: 'JSON',
      description:
        'The draft ingest document (docs/model.md), which ingestDocument takes unchanged. Its entities and claims carry `spans` (character offsets), which ingest accepts and strips.',
      resolve: (d) => d.document,
    }),
    article: t.field({
      type: ExtractedArticleRef,
      description: 'The article: key, title, publisher, date, URL.',
      resolve: (d) => d.article,
    }),
    entities: t.field({
      type: [ExtractedEntityRef],
      description: 'The entities the text names.',
      resolve: (d) => d.entities.map((e) => ({ ...e, articleText: d.text })),
    }),
    claims: t.field({
      type: [ExtractedClaimRef],
      description: 'The claims the text reports.',
      resolve: (d) => d.claims.map((c) => ({ ...c, articleText: d.text })),
    }),
    warnings: t.exposeStringList('warnings', {
      description: 'What a reviewer should know: claims dropped, denials linked to the graph, nothing found.',
    }),
  }),
});

const ExtractDocumentInput = builder.inputType('ExtractDocumentInput', {
  description: 'An article’s plain text and what is known of it.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article’s plain text, at most 50,000 characters.' }),
    title: t.string({ required: false, description: 'Its title; defaults to the first line or sentence.' }),
    publisher: t.string({ required: false, description: 'Who published it.' }),
    publishedOn: t.string({
      required: true,
      description: 'When, as YYYY-MM-DD; relative dates ("last week", "on Friday") resolve against it.',
    }),
    url: t.string({ required: false, description: 'Where it was published (http or https).' }),
  }),
});

builder.mutationField('extractDocument', (t) =>
  t.authField({
    type: ExtractDocumentPayload,
    description:
      'Reads an article’s text and returns a draft ingest document for review: states, people with their posts, organizations, places, weapon systems, resolutions, and the claims with their speakers, targets, dates, verbatim quotes and sentences, grounded in what the graph holds. Writes nothing. Needs the editor role, since it costs CPU.',
    args: { input: t.arg({ type: ExtractDocumentInput, required: true, description: 'The article.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const article = {
        text: input.text,
        title: input.title,
        publisher: input.publisher,
        publishedOn: input.publishedOn,
        url: input.url,
      };
      const issues = new Issues();
      for (const p of inputProblems(article)) issues.add(`input.${p.field}`, p.message);
      issues.throwIfAny();
      const draft = await extractor().extract(article, { grounding: new GraphGrounding(ctx.graph) });
      return { ...draft, text: input.text };
    },
  }),
);
