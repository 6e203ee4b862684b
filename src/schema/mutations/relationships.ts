import { builder } from '../builder.js';
import { relationshipSchema } from '../../ingest/document.js';
import { CLAIM_ROLES, ENTITY_TYPES, type RelationshipType } from '../../domain/index.js';
import { VoteChoice } from '../resolution.js';
import { ChangeLog } from '../../history/change-log.js';
import {
  announced,
  checkReadableKey,
  checkReferences,
  endsOf,
  Issues,
  lookup,
  plainProps,
  refKey,
  RelationshipRef,
  RelationshipTypeEnum,
  updatedEntities,
  writeLinks,
  type Expected,
  type RelationshipShape,
  type LinkPropsRow,
} from './common.js';

/**
 * Relationships between entities: drawn (or updated) and removed. A
 * relationship is identified as ingest identifies it: by its type and ends,
 * and for HOLDS_POSITION also its title.
 */

const LinkEntitiesInput = builder.inputType('LinkEntitiesInput', {
  description:
    'A relationship between two entities already in the graph, read as a sentence: from, type, to ("person:robert-wood HOLDS_POSITION state:USA"). Give only the properties its type has (docs/model.md). Drawing one that exists updates its properties and adds its sources.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, required: true, description: 'What the relationship says.' }),
    from: t.id({ required: true, description: 'The entity it starts from (key or id).' }),
    to: t.id({ required: true, description: 'The entity it points to (key or id).' }),
    key: t.string({ required: false, description: 'A stable key for it, `rel:` and a slug; kept once set.' }),
    title: t.string({
      required: false,
      description: 'HOLDS_POSITION (required): the title of the office, as the source gives it.',
    }),
    since: t.string({
      required: false,
      description: 'HOLDS_POSITION, MEMBER_OF: start date, YYYY, YYYY-MM or YYYY-MM-DD.',
    }),
    until: t.string({
      required: false,
      description: 'HOLDS_POSITION, MEMBER_OF: end date, YYYY, YYYY-MM or YYYY-MM-DD.',
    }),
    permanent: t.boolean({ required: false, description: 'MEMBER_OF: true for a permanent member.' }),
    vote: t.field({ type: VoteChoice, required: false, description: 'VOTED (required): how the state voted.' }),
    role: t.string({
      required: false,
      description: 'CONCERNS, PARTICIPATED_IN: in what role ("sanctioned state", "host").',
    }),
    onBehalfOf: t.id({
      required: false,
      description: 'SIGNED: the state or organization the person signed for (key or id).',
    }),
    sources: t.idList({
      required: false,
      description: 'Articles already in the graph that report it (keys or ids); added to those recorded.',
    }),
  }),
});

interface LinkResult {
  relationship: RelationshipShape;
  created: boolean;
  changed: boolean;
  change: string | null;
}

const LinkEntitiesPayload = builder.objectRef<LinkResult>('LinkEntitiesPayload').implement({
  description: 'The relationship as it now stands, and what the mutation did.',
  fields: (t) => ({
    relationship: t.field({
      type: RelationshipRef,
      description: 'The relationship, as stored.',
      resolve: (r) => r.relationship,
    }),
    created: t.exposeBoolean('created', { description: 'True when the two entities had no such relationship before.' }),
    changed: t.exposeBoolean('changed', {
      description: 'True when anything was written; false when the graph already said all of it.',
    }),
  }),
});

const PROPERTIES = ['title', 'since', 'until', 'permanent', 'vote', 'role'] as const;

builder.mutationField('linkEntities', (t) =>
  t.authField({
    type: LinkEntitiesPayload,
    description:
      'Draws a relationship between two entities, or updates the one there is, checked by the same rules as ingest (which types each end may have, which properties each type takes). Needs the editor role.',
    args: { input: t.arg({ type: LinkEntitiesInput, required: true, description: 'The relationship.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const issues = new Issues();
      const from = refKey(input.from, 'input.from', issues);
      const to = refKey(input.to, 'input.to', issues);
      const onBehalfOf = input.onBehalfOf == null ? undefined : refKey(input.onBehalfOf, 'input.onBehalfOf', issues);
      const sources = (input.sources ?? []).map((id, i) => refKey(id, `input.sources[${i}]`, issues));
      issues.throwIfAny();

      const type = input.type as RelationshipType;
      const relationship: Record<string, unknown> = { type, from, to };
      for (const [name, value] of Object.entries({
        key: input.key,
        onBehalfOf,
        ...Object.fromEntries(PROPERTIES.map((p) => [p, input[p]])),
      })) {
        if (value != null) relationship[name] = value;
      }
      if (sources.length) relationship.sources = sources;
      const parsed = relationshipSchema.safeParse(relationship, { reportInput: true });
      if (!parsed.success) issues.addZod(parsed.error.issues, (path) => ['input', ...path]);
      if (input.key != null) checkReadableKey(input.key, 'input.key', issues);
      if (from === to) issues.add('input.to', `a ${type} cannot link ${from} to itself`);
      issues.throwIfAny();

      const {
        key,
        sources: _sources,
        type: _type,
        from: _from,
        to: _to,
        ...props
      } = parsed.data! as Record<string, unknown>;
      const ends = endsOf(type);
      const expected: Expected[] = [
        { key: from!, path: 'input.from', allowed: ends.from, role: `the start of ${type}` },
        { key: to!, path: 'input.to', allowed: ends.to, role: `the end of ${type}` },
        ...(onBehalfOf
          ? [
              {
                key: onBehalfOf,
                path: 'input.onBehalfOf',
                allowed: CLAIM_ROLES.onBehalfOf,
                role: 'a signatory’s principal',
              },
            ]
          : []),
        ...sources.map((k, i) => ({ key: k!, path: `input.sources[${i}]`, allowed: ['Article'], role: 'a source' })),
      ];

      return announced(
        ctx,
        'linkEntities',
        await ctx.graph.writeTransaction(async (tx) => {
          const found = await lookup(
            tx,
            expected.map((e) => e.key),
          );
          const refused = new Issues();
          checkReferences(found, expected, refused);
          refused.throwIfAny();
          const log = new ChangeLog();
          const [link] = await writeLinks(
            tx,
            [
              {
                type,
                from: from!,
                to: to!,
                key: (key as string | undefined) ?? null,
                sources: [...new Set(sources as string[])],
                props,
              },
            ],
            caller.subject,
            log,
          );
          return {
            relationship: { type, from: from!, to: to!, props: link!.props },
            created: link!.created,
            changed: link!.changed,
            change: await log.write(tx, 'linkEntities', caller.subject),
          };
        }),
        (r) => (r.changed ? { entities: updatedEntities([from, to]) } : null),
      );
    },
  }),
);

const UnlinkEntitiesInput = builder.inputType('UnlinkEntitiesInput', {
  description: 'A relationship to remove: its type and ends, and for HOLDS_POSITION optionally its title.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, required: true, description: 'The relationship’s type.' }),
    from: t.id({ required: true, description: 'The entity it starts from (key or id).' }),
    to: t.id({ required: true, description: 'The entity it points to (key or id).' }),
    title: t.string({
      required: false,
      description:
        'HOLDS_POSITION only: remove just the office with this title; without it every office the person holds there goes.',
    }),
  }),
});

interface UnlinkResult {
  removed: RelationshipShape[];
  change: string | null;
}

const UnlinkEntitiesPayload = builder.objectRef<UnlinkResult>('UnlinkEntitiesPayload').implement({
  description: 'What was removed.',
  fields: (t) => ({
    removed: t.field({
      type: [RelationshipRef],
      description: 'The relationships removed, as they were; empty when there was none.',
      resolve: (r) => r.removed,
    }),
    changed: t.boolean({ description: 'True when a relationship was removed.', resolve: (r) => r.removed.length > 0 }),
  }),
});

builder.mutationField('unlinkEntities', (t) =>
  t.authField({
    type: UnlinkEntitiesPayload,
    description:
      'Removes a relationship between two entities; removing one that is not there changes nothing. Needs the editor role.',
    args: { input: t.arg({ type: UnlinkEntitiesInput, required: true, description: 'The relationship.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const issues = new Issues();
      const from = refKey(input.from, 'input.from', issues);
      const to = refKey(input.to, 'input.to', issues);
      const type = input.type as RelationshipType;
      if (input.title != null && type !== 'HOLDS_POSITION') issues.add('input.title', 'only for HOLDS_POSITION');
      issues.throwIfAny();

      return announced(
        ctx,
        'unlinkEntities',
        await ctx.graph.writeTransaction(async (tx) => {
          const found = await lookup(tx, [from!, to!]);
          const refused = new Issues();
          checkReferences(
            found,
            [
              { key: from!, path: 'input.from', allowed: ENTITY_TYPES, role: 'the start' },
              { key: to!, path: 'input.to', allowed: ENTITY_TYPES, role: 'the end' },
            ],
            refused,
          );
          refused.throwIfAny();
          const rows = await tx.run<LinkPropsRow>('write/unlink', { type, from, to, title: input.title ?? null });
          const log = new ChangeLog();
          for (const r of rows) log.link(type, from!, to!, r.props, null);
          return {
            removed: rows.map((r) => ({ type, from: from!, to: to!, props: plainProps(r.props) })),
            change: await log.write(tx, 'unlinkEntities', caller.subject),
          };
        }),
        (r) => (r.removed.length ? { entities: updatedEntities([from, to]) } : null),
      );
    },
  }),
);
