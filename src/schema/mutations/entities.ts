import type { z } from 'zod';
import { builder } from '../builder.js';
import { clientError } from '../../errors.js';
import { claimSchema, entitySchema, quoteProblem } from '../../ingest/document.js';
import { ENTITY_TYPES, labelOfKey, seenLinkType, type EntityType } from '../../domain/index.js';
import { OrganizationCategory } from '../actors.js';
import { EventCategory, PlaceCategory } from '../events.js';
import { ClaimRef, EntityRef } from '../refs.js';
import { ResolutionStatus } from '../resolution.js';
import { EntityType as EntityTypeEnum } from '../search.js';
import { toNode, type AnyNode, type ClaimNode, type EntityNode, isEntity, propertyOf } from '../shapes.js';
import { TransferStatus } from '../weapons.js';
import { ChangeLog } from '../../history/change-log.js';
import { snapshotOf } from '../../history/snapshot.js';
import {
  announced,
  checkReadableKey,
  checkReferences,
  Issues,
  lookup,
  refKey,
  withArticle,
  writeLinks,
  type NodeWriteRow,
} from './common.js';

/**
 * Entities: upsert one by key, correct one field of an entity or a claim,
 * and delete one (admin only; refused while claims or transfers depend on
 * it, unless the caller asks to cascade).
 */

// ---------------------------------------------------------------------------
// upsertEntity

/** The input field that holds each type's own properties, and those properties. */
const DETAILS: Record<EntityType, { field: string; props: string[] } | null> = {
  State: { field: 'state', props: ['code'] },
  Person: null,
  Organization: { field: 'organization', props: ['category'] },
  Place: { field: 'place', props: ['category'] },
  Resolution: { field: 'resolution', props: ['symbol', 'title', 'date', 'status'] },
  WeaponSystem: { field: 'weaponSystem', props: ['designation', 'category'] },
  WeaponsTransfer: {
    field: 'weaponsTransfer',
    props: ['quantity', 'period', 'periodStart', 'periodEnd', 'status', 'use'],
  },
  Event: { field: 'event', props: ['category', 'date', 'endDate'] },
  Treaty: { field: 'treaty', props: ['title', 'date', 'commitments'] },
};

const DATE_HELP = 'ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.';

const StateFields = builder.inputType('StateFieldsInput', {
  description: 'What only a state has.',
  fields: (t) => ({
    code: t.string({
      required: false,
      description: 'ISO 3166-1 alpha-3 code; must be the one in the key (RUS for state:RUS).',
    }),
  }),
});
const OrganizationFields = builder.inputType('OrganizationFieldsInput', {
  description: 'What only an organization has.',
  fields: (t) => ({
    category: t.field({ type: OrganizationCategory, required: false, description: 'What kind of body it is.' }),
  }),
});
const PlaceFields = builder.inputType('PlaceFieldsInput', {
  description: 'What only a place has.',
  fields: (t) => ({ category: t.field({ type: PlaceCategory, required: false, description: 'What kind of place.' }) }),
});
const ResolutionFields = builder.inputType('ResolutionFieldsInput', {
  description: 'What only a resolution or draft has.',
  fields: (t) => ({
    symbol: t.string({
      required: false,
      description: 'The UN document symbol, e.g. "S/RES/1718 (2006)" or a draft’s "S/2024/255".',
    }),
    title: t.string({ required: false, description: 'Its title.' }),
    date: t.string({ required: false, description: `When it was adopted or voted on; ${DATE_HELP}` }),
    status: t.field({ type: ResolutionStatus, required: false, description: 'Where it stands.' }),
  }),
});
const WeaponSystemFields = builder.inputType('WeaponSystemFieldsInput', {
  description: 'What only a weapon system has.',
  fields: (t) => ({
    designation: t.string({ required: false, description: 'Its designation, e.g. "Hwasong-11".' }),
    category: t.string({ required: false, description: 'What kind of weapon, e.g. "short-range ballistic missile".' }),
  }),
});
const WeaponsTransferFields = builder.inputType('WeaponsTransferFieldsInput', {
  description: 'What only a weapons transfer has; supplier, recipient and weapon are relationships (linkEntities).',
  fields: (t) => ({
    quantity: t.string({ required: false, description: 'How many, as the source says it ("about 50").' }),
    period: t.string({
      required: false,
      description: 'When, as the source says it ("December 2023 to February 2024").',
    }),
    periodStart: t.string({ required: false, description: `Start of the period; ${DATE_HELP}` }),
    periodEnd: t.string({ required: false, description: `End of the period; ${DATE_HELP}` }),
    status: t.field({ type: TransferStatus, required: false, description: 'How well established the transfer is.' }),
    use: t.string({ required: false, description: 'What the weapons were used for ("fired at Ukraine").' }),
  }),
});
const EventFields = builder.inputType('EventFieldsInput', {
  description: 'What only an event has.',
  fields: (t) => ({
    category: t.field({ type: EventCategory, required: false, description: 'What kind of event.' }),
    date: t.string({ required: false, description: `When it happened or began; ${DATE_HELP}` }),
    endDate: t.string({ required: false, description: `When it ended, for events over several days; ${DATE_HELP}` }),
  }),
});
const TreatyFields = builder.inputType('TreatyFieldsInput', {
  description: 'What only a treaty has.',
  fields: (t) => ({
    title: t.string({ required: false, description: 'Its formal title.' }),
    date: t.string({ required: false, description: `Date of signature; ${DATE_HELP}` }),
    commitments: t.string({ required: false, description: 'What the parties commit to.' }),
  }),
});

const UpsertEntityInput = builder.inputType('UpsertEntityInput', {
  description:
    'An entity to create, or to merge into the one with the same key, as ingest merges: aliases are added to those known, the properties given replace the stored ones, and properties left out (or null) stay as they are. Fill in only the block of fields for its type.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description:
        'Its stable key: the type’s prefix and a slug, e.g. `person:robert-wood`, `org:un-security-council`; a state’s is `state:` and its alpha-3 code.',
    }),
    type: t.field({
      type: EntityTypeEnum,
      required: true,
      description: 'What kind of entity it is; must match the key’s prefix.',
    }),
    name: t.string({ required: true, description: 'The name the graph uses for it.' }),
    aliases: t.stringList({
      required: false,
      description: 'Other names the sources use ("DPRK", "Pyongyang"), added to those already known.',
    }),
    wikidataId: t.string({ required: false, description: 'Its Wikidata item id, e.g. Q159.' }),
    description: t.string({ required: false, description: 'A one-line description for readers.' }),
    mentionedIn: t.idList({
      required: false,
      description: 'Keys (or ids) of articles already in the graph that mention it; each gets a MENTIONED_IN link.',
    }),
    state: t.field({ type: StateFields, required: false, description: 'For a State only.' }),
    organization: t.field({ type: OrganizationFields, required: false, description: 'For an Organization only.' }),
    place: t.field({ type: PlaceFields, required: false, description: 'For a Place only.' }),
    resolution: t.field({ type: ResolutionFields, required: false, description: 'For a Resolution only.' }),
    weaponSystem: t.field({ type: WeaponSystemFields, required: false, description: 'For a WeaponSystem only.' }),
    weaponsTransfer: t.field({
      type: WeaponsTransferFields,
      required: false,
      description: 'For a WeaponsTransfer only.',
    }),
    event: t.field({ type: EventFields, required: false, description: 'For an Event only.' }),
    treaty: t.field({ type: TreatyFields, required: false, description: 'For a Treaty only.' }),
  }),
});

interface UpsertEntityResult {
  entity: EntityNode;
  created: boolean;
  changed: boolean;
  change: string | null;
}

const UpsertEntityPayload = builder.objectRef<UpsertEntityResult>('UpsertEntityPayload').implement({
  description: 'The entity as it now stands, and what the upsert did.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: 'The entity, as stored after the upsert.',
      resolve: (r) => r.entity,
    }),
    created: t.exposeBoolean('created', { description: 'True when no entity had this key before.' }),
    changed: t.exposeBoolean('changed', {
      description:
        'True when anything was written: created, or a value, alias or mention added or changed. False when the graph already said all of it.',
    }),
  }),
});

type Input = Record<string, unknown>;

/** The entity in the ingest document's shape, validated by its schema; issues name the input's paths. */
function validEntity(input: Input, issues: Issues) {
  const type = input.type as EntityType;
  const entity: Record<string, unknown> = {
    type,
    key: input.key,
    name: input.name,
    aliases: input.aliases ?? [],
    wikidataId: input.wikidataId,
    description: input.description,
  };
  const fieldOf = new Map<string, string>();
  for (const other of ENTITY_TYPES) {
    const details = DETAILS[other];
    const given = details ? (input[details.field] as Input | null | undefined) : null;
    if (!details || given == null) continue;
    if (other !== type) {
      issues.add(`input.${details.field}`, `only for ${withArticle(other)}; this entity is ${withArticle(type)}`);
      continue;
    }
    for (const prop of details.props) {
      if (given[prop] !== undefined) entity[prop] = given[prop];
      fieldOf.set(prop, details.field);
    }
  }
  const parsed = entitySchema.safeParse(entity, { reportInput: true });
  if (!parsed.success) {
    issues.addZod(parsed.error.issues, ([head, ...rest]) => {
      const block = fieldOf.get(String(head));
      return block ? ['input', block, head!, ...rest] : ['input', head!, ...rest];
    });
  }
  checkReadableKey(input.key, 'input.key', issues);
  if (
    parsed.success &&
    parsed.data.type === 'State' &&
    parsed.data.code &&
    parsed.data.key !== `state:${parsed.data.code}`
  ) {
    issues.add('input.state.code', `must match the key (${parsed.data.key.slice('state:'.length)})`);
  }
  return parsed.success ? parsed.data : undefined;
}

builder.mutationField('upsertEntity', (t) =>
  t.authField({
    type: UpsertEntityPayload,
    description:
      'Creates an entity, or merges what is given into the entity with the same key. Needs the editor role. Concurrent upserts of one key make one node.',
    args: { input: t.arg({ type: UpsertEntityInput, required: true, description: 'The entity.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const issues = new Issues();
      const entity = validEntity(input as Input, issues);
      const articles = (input.mentionedIn ?? []).map((id, i) => ({
        key: refKey(id, `input.mentionedIn[${i}]`, issues),
        path: `input.mentionedIn[${i}]`,
      }));
      issues.throwIfAny();
      const { type, key, aliases, sources: _sources, ...props } = entity!;
      const mentions = [...new Map(articles.map((a) => [a.key!, a])).values()];

      return announced(
        ctx,
        'upsertEntity',
        await ctx.graph.writeTransaction(async (tx) => {
          const found = await lookup(
            tx,
            mentions.map((m) => m.key!),
          );
          const refused = new Issues();
          checkReferences(
            found,
            mentions.map((m) => ({ key: m.key!, path: m.path, allowed: ['Article'], role: 'a mention' })),
            refused,
          );
          refused.throwIfAny();
          const log = new ChangeLog();
          const [row] = await tx.run<NodeWriteRow<EntityNode>>('write/upsert-entity', {
            key,
            type,
            aliases: [...new Set(aliases)],
            props: Object.fromEntries(Object.entries(props).filter(([, v]) => v != null)),
            actor: caller.subject,
          });
          if (row!.changed)
            log.node(key, row!.created ? 'created' : 'updated', row!.created ? null : row!.before, row!.node);
          const links = await writeLinks(
            tx,
            mentions.map((m) => ({ type: 'MENTIONED_IN', from: key, to: m.key!, sources: [m.key!], props: {} })),
            caller.subject,
            log,
          );
          return {
            entity: toNode<EntityNode>(row!.node),
            created: row!.created,
            changed: row!.changed || links.some((l) => l.changed),
            change: await log.write(tx, 'upsertEntity', caller.subject),
          };
        }),
        (r) =>
          r.changed ? { entities: [{ key: r.entity.key as string, status: r.created ? 'created' : 'updated' }] } : null,
      );
    },
  }),
);

// ---------------------------------------------------------------------------
// correctField

/** Each correctable field, the property it is stored as, and the types that have it. */
const FIELDS = {
  NAME: { prop: 'name', description: 'The name the graph uses (any entity; cannot be cleared).' },
  ALIASES: {
    prop: 'aliases',
    description: 'The whole list of other names (any entity); give it in `values`. Replaces the list.',
  },
  WIKIDATA_ID: { prop: 'wikidataId', description: 'The Wikidata item id (any entity).' },
  DESCRIPTION: { prop: 'description', description: 'The one-line description (any entity).' },
  CODE: { prop: 'code', description: 'A state’s alpha-3 code (must match its key).' },
  CATEGORY: {
    prop: 'category',
    description: 'The category of an organization, place, event (their enum values) or weapon system (free text).',
  },
  SYMBOL: { prop: 'symbol', description: 'A resolution’s UN symbol.' },
  TITLE: { prop: 'title', description: 'A resolution’s or treaty’s title.' },
  DATE: { prop: 'date', description: 'A resolution’s, event’s or treaty’s date.' },
  END_DATE: { prop: 'endDate', description: 'An event’s end date.' },
  STATUS: { prop: 'status', description: 'A resolution’s or weapons transfer’s status (their enum values).' },
  DESIGNATION: { prop: 'designation', description: 'A weapon system’s designation.' },
  QUANTITY: { prop: 'quantity', description: 'A transfer’s quantity, as said.' },
  PERIOD: { prop: 'period', description: 'A transfer’s period, as said.' },
  PERIOD_START: { prop: 'periodStart', description: 'A transfer’s period start date.' },
  PERIOD_END: { prop: 'periodEnd', description: 'A transfer’s period end date.' },
  USE: { prop: 'use', description: 'What a transfer’s weapons were used for.' },
  COMMITMENTS: { prop: 'commitments', description: 'What a treaty’s parties commit to.' },
  KIND: { prop: 'kind', description: 'A claim’s kind (a ClaimKind value; cannot be cleared).' },
  ALLEGATION: { prop: 'allegation', description: 'What a claim says, in a short phrase (cannot be cleared).' },
  MADE_ON: { prop: 'madeOn', description: 'When a claim was made.' },
  QUOTE: { prop: 'quote', description: 'A claim’s verbatim quote; must occur in the text of one of its sources.' },
} as const;
type CorrectableField = keyof typeof FIELDS;

const CorrectableFieldEnum = builder.enumType('CorrectableField', {
  description:
    'A property of an entity or a claim that correctField can set or clear. Relationships are corrected with linkEntities and unlinkEntities.',
  values: Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, { description: v.description }])) as Record<
    CorrectableField,
    { description: string }
  >,
});

/** The zod schema of one property of one type: the document's own rule for it. */
function propertySchema(label: string, prop: string): z.ZodType | undefined {
  if (label === 'Claim') {
    return ['kind', 'allegation', 'madeOn', 'quote'].includes(prop)
      ? (claimSchema.shape as Record<string, z.ZodType>)[prop]
      : undefined;
  }
  const option = entitySchema.options.find((o) => (o.shape.type as z.ZodLiteral<string>).value === label);
  if (!option || ['type', 'key', 'sources'].includes(prop)) return undefined;
  return (option.shape as Record<string, z.ZodType>)[prop];
}

const CorrectFieldInput = builder.inputType('CorrectFieldInput', {
  description: 'One property of one entity or claim, and its right value.',
  fields: (t) => ({
    key: t.id({ required: true, description: 'The entity or claim: its key (`person:robert-wood`) or its global id.' }),
    field: t.field({ type: CorrectableFieldEnum, required: true, description: 'Which property.' }),
    value: t.string({
      required: false,
      description: 'The new value; null clears the property (not for NAME, KIND or ALLEGATION). Not for ALIASES.',
    }),
    values: t.stringList({ required: false, description: 'For ALIASES only: the complete new list of aliases.' }),
  }),
});

interface CorrectFieldResult {
  node: EntityNode | ClaimNode;
  field: CorrectableField;
  previousValue: unknown;
  value: unknown;
  changed: boolean;
  change: string | null;
}

const CorrectFieldPayload = builder.objectRef<CorrectFieldResult>('CorrectFieldPayload').implement({
  description: 'The corrected entity or claim, with the value before and after.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity, as stored after the correction (null when a claim was corrected).',
      resolve: (r) => (isEntity(r.node) ? r.node : null),
    }),
    claim: t.field({
      type: ClaimRef,
      nullable: true,
      description: 'The claim, as stored after the correction (null when an entity was corrected).',
      resolve: (r) => (isEntity(r.node) ? null : r.node),
    }),
    field: t.field({ type: CorrectableFieldEnum, description: 'The property corrected.', resolve: (r) => r.field }),
    previousValue: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Its value before (null when it had none).',
      resolve: (r) => r.previousValue ?? null,
    }),
    value: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Its value now (null when cleared).',
      resolve: (r) => r.value ?? null,
    }),
    changed: t.exposeBoolean('changed', { description: 'False when it already had this value: nothing was written.' }),
  }),
});

builder.mutationField('correctField', (t) =>
  t.authField({
    type: CorrectFieldPayload,
    description:
      'Sets or clears one property of an entity or a claim, checked by the same rules as ingest (dates, enums, a quote found in its source). Needs the editor role.',
    args: { input: t.arg({ type: CorrectFieldInput, required: true, description: 'What to correct.' }) },
    authScopes: { role: 'editor' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const issues = new Issues();
      const key = refKey(input.key, 'input.key', issues);
      const field = input.field as CorrectableField;
      const { prop } = FIELDS[field];
      const isList = field === 'ALIASES';
      if (isList && input.value !== undefined) issues.add('input.value', 'give the aliases as a list in `values`');
      if (isList && input.values == null)
        issues.add('input.values', 'required for ALIASES: the complete new list (an empty list clears it)');
      if (!isList && input.values != null)
        issues.add('input.values', 'only for ALIASES; give the new value in `value`');
      if (!isList && input.value === undefined)
        issues.add('input.value', 'required: the new value, or null to clear the property');
      issues.throwIfAny();

      return announced(
        ctx,
        'correctField',
        await ctx.graph.writeTransaction(async (tx) => {
          const facts = (await lookup(tx, [key!])).get(key!);
          const refused = new Issues();
          const label = facts?.label;
          if (!facts?.node || !label || label === 'Article') {
            throw clientError('NOT_FOUND', `${key} is not an entity or a claim in the graph`, { path: 'input.key' });
          }
          const schema = propertySchema(label, prop);
          if (!schema) {
            refused.add('input.field', `${withArticle(label)} has no ${field} (${prop})`);
            throw refused.error();
          }
          const raw = isList ? input.values : input.value;
          const parsed = schema.safeParse(raw, { reportInput: true });
          if (!parsed.success) {
            if (raw === null) refused.add('input.value', `cannot be cleared: ${withArticle(label)} needs its ${prop}`);
            else refused.addZod(parsed.error.issues, (path) => ['input', isList ? 'values' : 'value', ...path]);
            throw refused.error();
          }
          let value = parsed.data === undefined ? null : parsed.data;
          if (isList) value = [...new Set(value as string[])];
          if (prop === 'code' && value !== null && key !== `state:${value}`)
            refused.add('input.value', `must match the key (${key!.slice('state:'.length)})`);
          if (prop === 'quote' && typeof value === 'string') {
            const texts = facts.sourceTexts.filter((s): s is string => typeof s === 'string');
            const problems = texts.map((text) => quoteProblem(value as string, text));
            if (texts.length === 0) refused.add('input.value', 'the claim’s sources have no text to find the quote in');
            else if (!problems.some((p) => p === undefined))
              refused.add('input.value', `not found verbatim in the claim’s source: ${problems[0]}`);
          }
          refused.throwIfAny();

          const previousValue = propertyOf(facts.node, prop) ?? null;
          const [row] = await tx.run<NodeWriteRow<EntityNode | ClaimNode>>('write/set-properties', {
            key,
            changes: { [prop]: value },
            actor: caller.subject,
          });
          const log = new ChangeLog();
          if (row!.changed) log.node(key!, 'updated', row!.before, row!.node);
          const change = await log.write(tx, 'correctField', caller.subject);
          return {
            node: toNode<EntityNode | ClaimNode>(row!.node),
            field,
            previousValue,
            value,
            changed: row!.changed as boolean,
            change,
          };
        }),
        (r) => {
          if (!r.changed) return null;
          const changed = { key: r.node.key as string, status: 'updated' as const };
          return changed.key.startsWith('claim:') ? { claims: [changed] } : { entities: [changed] };
        },
      );
    },
  }),
);

// ---------------------------------------------------------------------------
// deleteEntity

interface DeletedNode {
  key: string;
  type: string;
  reason: string;
}

const DeletedNodeRef = builder.objectRef<DeletedNode>('DeletedNode').implement({
  description: 'A node deleted along with an entity, and why it depended on it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Its key, e.g. `claim:...` or `transfer:...`.' }),
    type: t.exposeString('type', { description: 'Its GraphQL type: Accusation, Denial, WeaponsTransfer, ...' }),
    reason: t.exposeString('reason', {
      description: 'How it depended on the entity: "made by state:XAA", "about transfer:..."',
    }),
  }),
});

interface DeleteEntityResult {
  key: string;
  deleted: boolean;
  type: string | null;
  cascaded: DeletedNode[];
  relationshipsRemoved: number;
  change: string | null;
}

const DeleteEntityPayload = builder.objectRef<DeleteEntityResult>('DeleteEntityPayload').implement({
  description: 'What a delete removed: the entity, and with cascade what depended on it.',
  fields: (t) => ({
    deleted: t.exposeBoolean('deleted', { description: 'False when no entity had the key: nothing was deleted.' }),
    key: t.exposeString('key', { description: 'The key of the entity asked for.' }),
    type: t.string({
      nullable: true,
      description: 'The type the entity had (State, Person, ...).',
      resolve: (r) => r.type,
    }),
    deletedKeys: t.stringList({
      description: 'Every key deleted: the entity’s, then those of the claims and transfers that went with it.',
      resolve: (r) => (r.deleted ? [r.key, ...r.cascaded.map((c) => c.key)] : []),
    }),
    cascaded: t.field({
      type: [DeletedNodeRef],
      description: 'The claims and transfers deleted with it (only with cascade), and why each depended on it.',
      resolve: (r) => r.cascaded,
    }),
    relationshipsRemoved: t.exposeInt('relationshipsRemoved', {
      description: 'How many relationships went with the deleted nodes.',
    }),
    change: t.string({
      nullable: true,
      description:
        'The id of the history entry that keeps everything deleted (see `change(id:)`); pass it to `restoreEntity` to undo the delete. Null when nothing was deleted.',
      resolve: (r) => r.change,
    }),
  }),
});

const DeleteEntityInput = builder.inputType('DeleteEntityInput', {
  description: 'The entity to delete, and whether what depends on it goes too.',
  fields: (t) => ({
    key: t.id({ required: true, description: 'The entity: its key (`person:robert-wood`) or its global id.' }),
    cascade: t.boolean({
      required: false,
      defaultValue: false,
      description:
        'Also delete the claims that involve it (made, aimed at, about or on behalf of it) and the weapons transfers it supplied, received or is the weapon of, with the claims about those. Without it, an entity with any of these is not deleted.',
    }),
  }),
});

const REASONS: Record<string, string> = {
  MADE: 'made by',
  TARGETS: 'aimed at',
  ABOUT: 'about',
  ON_BEHALF_OF: 'made on behalf of',
  SUPPLIED_BY: 'supplied by',
  RECEIVED_BY: 'received by',
  OF_WEAPON: 'a transfer of',
};

/** One entry per dependant, with every way it depends on the entity. */
function dependantsOf(
  rows: { key: string; kind?: string; labels: string[]; via: string; of: string }[],
): DeletedNode[] {
  const byKey = new Map<string, DeletedNode & { reasons: string[] }>();
  for (const d of rows) {
    const via = seenLinkType(d.via);
    const reason = `${REASONS[via] ?? via} ${d.of}`;
    const entry = byKey.get(d.key) ?? {
      key: d.key,
      type: toNode({ key: d.key, kind: d.kind, labels: d.labels }).__typename,
      reason: '',
      reasons: [],
    };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    byKey.set(d.key, entry);
  }
  return [...byKey.values()].map(({ reasons, ...d }) => ({ ...d, reason: reasons.join('; ') }));
}

builder.mutationField('deleteEntity', (t) =>
  t.authField({
    type: DeleteEntityPayload,
    description:
      'Deletes an entity with its relationships. Needs the admin role. Refused with CONFLICT (listing them in extensions.dependants) while claims or weapons transfers depend on it, unless cascade is true; then they are deleted with it and listed in the answer.',
    args: { input: t.arg({ type: DeleteEntityInput, required: true, description: 'What to delete.' }) },
    authScopes: { role: 'admin' },
    resolve: async (_root, { input }, ctx) => {
      const caller = ctx.caller;
      const issues = new Issues();
      const key = refKey(input.key, 'input.key', issues);
      if (key && !ENTITY_TYPES.includes(labelOfKey(key) as EntityType)) {
        issues.add(
          'input.key',
          'not an entity key: only entities (states, people, organizations, ...) can be deleted here',
        );
      }
      issues.throwIfAny();

      return announced(
        ctx,
        'deleteEntity',
        await ctx.graph.writeTransaction(async (tx) => {
          const [row] = await tx.run<{ dependants: Parameters<typeof dependantsOf>[0]; node: AnyNode }>(
            'write/dependants',
            {
              key,
            },
          );
          if (!row)
            return { key: key!, deleted: false, type: null, cascaded: [], relationshipsRemoved: 0, change: null };
          const dependants = dependantsOf(row.dependants);
          if (dependants.length > 0 && !input.cascade) {
            const shown = dependants.slice(0, 5).map((d) => `${d.key} (${d.reason})`);
            throw clientError(
              'CONFLICT',
              `${key} was not deleted: ${dependants.length} ${dependants.length === 1 ? 'claim or transfer depends' : 'claims or transfers depend'} on it (${shown.join(', ')}${dependants.length > 5 ? ', …' : ''}). Delete or correct them first, or delete with cascade: true.`,
              { dependants },
            );
          }
          const [result] = await tx.run<{
            removedNodes: Parameters<typeof snapshotOf>[1];
            removedRelationships: Parameters<typeof snapshotOf>[2];
            relationships: number;
          }>('write/delete-nodes', { keys: [key, ...dependants.map((d) => d.key)] });
          // Everything removed, exactly, stays on the history entry: restoreEntity puts it back from there.
          const log = new ChangeLog();
          for (const n of result!.removedNodes) log.node(n.key, 'removed', n.props, null);
          for (const r of result!.removedRelationships) log.link(r.type, r.from, r.to, r.props, null);
          const snapshot = snapshotOf(key!, result!.removedNodes, result!.removedRelationships);
          return {
            key: key!,
            deleted: true,
            type: toNode(row.node).__typename,
            cascaded: dependants,
            relationshipsRemoved: result!.relationships,
            change: await log.write(tx, 'deleteEntity', caller.subject, { snapshot: JSON.stringify(snapshot) }),
          };
        }),
        (r) => {
          if (!r.deleted) return null;
          const removed = (key: string) => ({ key, status: 'removed' as const });
          const claims = r.cascaded.filter((d) => d.key.startsWith('claim:'));
          const entities = [r.key, ...r.cascaded.filter((d) => !d.key.startsWith('claim:')).map((d) => d.key)];
          return { entities: entities.map(removed), claims: claims.map((d) => removed(d.key)) };
        },
      );
    },
  }),
);
