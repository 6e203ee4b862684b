import { GraphQLError, Kind, valueFromASTUntyped } from 'graphql';
import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import { builder } from '../builder.js';
import type { Change } from '../../changes.js';
import type { Context } from '../../context.js';
import type { ChangeLog, Props } from '../../history/change-log.js';
import { badInput, clientError } from '../../errors.js';
import { errorsFromZod } from '../../ingest/document.js';
import {
  RELATIONSHIP_ENDS,
  RELATIONSHIP_KIND,
  RELATIONSHIP_TYPES,
  type EntityType,
  type RelationshipType,
} from '../../domain/index.js';
import type { GraphTransaction } from '../../neo4j/graph.js';
import { keyFromId } from '../ids.js';
import { ArticleRef, ClaimRef, EntityRef } from '../refs.js';
import { VoteChoice } from '../resolution.js';
import { toNode, type AnyNode, type ArticleNode, type EntityNode } from '../shapes.js';

/**
 * What every mutation family shares: the Mutation type, the JSON scalar,
 * input validation with errors that name the field path, look-ups of the
 * nodes a write refers to, and the Relationship type writes return.
 *
 * Every mutation declares the role it needs (`authScopes`, checked before
 * its resolver runs: src/schema/builder.ts), validates its input with
 * zod (the ingest document's own schemas where they fit), and then writes
 * in one transaction (Graph.writeTransaction), so a refused, invalid or
 * failed mutation writes nothing.
 */

builder.mutationType({
  authScopes: { readGraph: true },
  description:
    'Writes to the news graph. Each needs a bearer token (an API key or a JWT) with the editor role, deleteEntity and restoreEntity the admin role; each runs in one transaction, and running it again with the same input changes nothing. (createStreamTicket, which writes nothing, needs any token.)',
});

builder.scalarType('JSON', {
  description: 'Any JSON value: an object, a list, a string, a number, a boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => (ast.kind === Kind.NULL ? null : valueFromASTUntyped(ast, variables ?? undefined)),
});

// ---------------------------------------------------------------------------
// Validation

/** One problem with a mutation's input: where (`input.aliases[2]`) and what. */
export interface InputIssue {
  path: string;
  message: string;
}

/** Collects the problems of one input, then refuses it with all of them at once. */
export class Issues {
  readonly list: InputIssue[] = [];

  add(path: string, message: string) {
    this.list.push({ path, message });
  }

  /** zod's issues for an object built from the input, each path mapped back to the input field it came from. */
  addZod(issues: readonly z.core.$ZodIssue[], mapPath: (path: PropertyKey[]) => PropertyKey[]) {
    const mapped = issues.map((issue) => ({ ...issue, path: mapPath([...issue.path]) }));
    for (const e of errorsFromZod(mapped as z.core.$ZodIssue[])) this.add(e.path, e.message);
  }

  get empty() {
    return this.list.length === 0;
  }

  /** BAD_USER_INPUT listing every problem in extensions.issues; nothing has been written. */
  error(): GraphQLError {
    const lines = this.list.map((i) => `${i.path}: ${i.message}`);
    const message =
      lines.length === 1
        ? `Invalid input: ${lines[0]}`
        : `Invalid input (${lines.length} problems): ${lines.join('; ')}`;
    return badInput(message, { issues: this.list });
  }

  throwIfAny() {
    if (!this.empty) throw this.error();
  }
}

/**
 * Keys a mutation creates must be readable back through the API, which
 * accepts keys made of letters, digits and `.` `_` `~` `-` after the prefix.
 */
const READABLE_KEY = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;

export function checkReadableKey(key: unknown, path: string, issues: Issues) {
  if (typeof key === 'string' && !READABLE_KEY.test(key)) {
    issues.add(
      path,
      'after the prefix, use letters, digits, ".", "_", "~" and "-" only (at most 200), starting with a letter or digit',
    );
  }
}

/** A reference to a node: its key (`state:RUS`) or its global id; undefined (and an issue) when it is neither. */
export function refKey(value: string, path: string, issues: Issues): string | undefined {
  try {
    return keyFromId(value, path);
  } catch {
    issues.add(path, 'not a key (such as state:RUS) or a global id');
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Announcing committed writes

type ChangeParts = Partial<Omit<Change, 'operation' | 'actor'>>;

/** The id of the history entry a write recorded, announced with it (null when it recorded none). */
export function changeIdOf(result: unknown): string | undefined {
  const change = (result as { change?: string | null } | null)?.change;
  return typeof change === 'string' ? change : undefined;
}

/**
 * A committed write's result, after announcing what it changed on the
 * context's change feed (the response cache and subscriptions follow it).
 * Called with the result of Graph.writeTransaction, so a write that rolled
 * back never gets here; `changeOf` returns null when nothing changed.
 */
export function announced<T>(
  ctx: Context,
  operation: string,
  result: T,
  changeOf: (result: T) => ChangeParts | null,
): T {
  const parts = changeOf(result);
  if (parts) {
    const change = changeIdOf(result);
    ctx.changes.publish({
      operation,
      actor: ctx.caller?.subject ?? 'anonymous',
      entities: [],
      claims: [],
      articles: [],
      ...(change ? { change } : {}),
      ...parts,
    });
  }
  return result;
}

/** Each key once, as an updated entity. */
export function updatedEntities(keys: (string | null | undefined)[]): Change['entities'] {
  return [...new Set(keys.filter((k): k is string => !!k))].map((key) => ({ key, status: 'updated' as const }));
}

// ---------------------------------------------------------------------------
// Look-ups inside the write transaction

/** A node written by an upsert or a correction (write/upsert-*.cypher, write/set-properties.cypher). */
export interface NodeWriteRow<N extends AnyNode = AnyNode> {
  created: boolean;
  changed: boolean;
  /** The properties before the write; null for a node it created. */
  before: Props | null;
  /** The node's map, as the change log records it and toNode reads it. */
  node: N & Props;
}

/** A relationship removed or written, with its properties. */
export interface LinkPropsRow {
  props: Props;
}

export interface NodeFacts {
  key: string;
  /** The node's type label (State, Person, ...), or Claim, or Article; null when there is no such node. */
  label: string | null;
  text: string | null;
  speakers: string[];
  sourceTexts: (string | null)[];
  node: AnyNode | null;
}

/** What the graph holds under each key, read in the transaction that then writes. */
export async function lookup(tx: GraphTransaction, keys: string[]): Promise<Map<string, NodeFacts>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map();
  const rows = await tx.run<{
    key: string;
    label: string | null;
    text: string | null;
    speakers: string[] | null;
    sourceTexts: (string | null)[] | null;
    node: AnyNode | null;
  }>('write/lookup', { keys: unique });
  return new Map(
    rows.map((r) => [
      r.key,
      {
        key: r.key,
        label: r.label ?? null,
        text: r.text ?? null,
        speakers: r.speakers ?? [],
        sourceTexts: r.sourceTexts ?? [],
        node: r.node ? toNode(r.node) : null,
      },
    ]),
  );
}

/** A reference the write needs, and the labels it may have. */
export interface Expected {
  key: string;
  path: string;
  allowed: readonly string[];
  /** How the role reads in a sentence: "a speaker", "the start of MEMBER_OF". */
  role: string;
}

/** "a State", "an Organization". */
export function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Adds an issue for every reference that is missing from the graph or has a type its role does not allow. */
export function checkReferences(found: Map<string, NodeFacts>, expected: Expected[], issues: Issues) {
  for (const e of expected) {
    const label = found.get(e.key)?.label ?? null;
    if (!label) issues.add(e.path, `${e.key} is not in the graph`);
    else if (!e.allowed.includes(label))
      issues.add(e.path, `${e.key} is ${withArticle(label)}, but ${e.role} must be ${e.allowed.join(' or ')}`);
  }
}

// ---------------------------------------------------------------------------
// Writing relationships

export interface LinkRow {
  type: string;
  from: string;
  to: string;
  key?: string | null;
  sources: string[];
  props: Record<string, unknown>;
}

export interface LinkResult {
  created: boolean;
  changed: boolean;
  props: Record<string, unknown>;
}

/**
 * Writes relationships through write/links and answers, row by row, whether
 * each was created or changed; those go into the write's history. Every end
 * was checked earlier in the same transaction; one deleted meanwhile fails
 * the whole write with CONFLICT.
 */
export async function writeLinks(
  tx: GraphTransaction,
  rows: LinkRow[],
  actor: string,
  log: ChangeLog,
): Promise<LinkResult[]> {
  if (rows.length === 0) return [];
  const links = rows.map((r, i) => ({
    i,
    type: r.type,
    from: r.from,
    to: r.to,
    key: r.key ?? null,
    sources: r.sources,
    props: given(r.props),
  }));
  const result = await tx.run<{ i: number; created: boolean; changed: boolean; before: Props | null } & LinkPropsRow>(
    'write/links',
    { links, actor },
  );
  if (result.length !== rows.length) {
    throw clientError(
      'CONFLICT',
      'A node this write links to was deleted while it ran; nothing was written. Try again.',
    );
  }
  const out: LinkResult[] = new Array(rows.length);
  for (const r of result) {
    out[r.i] = { created: r.created, changed: r.changed, props: plainProps(r.props) };
    const row = rows[r.i]!;
    if (r.changed) log.link(row.type, row.from, row.to, r.created ? null : r.before, r.props);
  }
  return out;
}

/** Only the values given: an absent or null value leaves what the graph holds. */
export function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

/** Neo4j temporal values as ISO strings. */
export function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props ?? {}).map(([k, v]) => [
      k,
      neo4j.isDateTime(v as never) || neo4j.isDate(v as never) ? String(v) : v,
    ]),
  );
}

// ---------------------------------------------------------------------------
// Relationships as mutations return them

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The kinds of relationship an editor can draw between two entities (docs/model.md, "Relationships").',
  values: Object.fromEntries(
    RELATIONSHIP_TYPES.map((r) => [r, { description: RELATIONSHIP_KIND[r].description }]),
  ) as Record<RelationshipType, { description: string }>,
});

/** A relationship as written: its type, ends (keys) and properties. */
export interface RelationshipShape {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const entityByKey = async (key: string | null | undefined, ctx: Context) =>
  key ? ctx.loaders.node<EntityNode>(key) : null;
const prop = (name: string) => (r: RelationshipShape) => (r.props[name] as string | undefined) ?? null;

export const RelationshipRef = builder.objectRef<RelationshipShape>('Relationship').implement({
  description: 'A relationship between two entities, with its own properties and the articles it comes from.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, description: 'What the relationship says.', resolve: (r) => r.type }),
    key: t.string({
      nullable: true,
      description: 'Its stable key (`rel:...`), where one was given; the id graph views use for the edge.',
      resolve: prop('key'),
    }),
    from: t.field({
      type: EntityRef,
      description: 'The entity it starts from: the subject of the sentence it reads as.',
      resolve: async (r, _a, ctx) => (await entityByKey(r.from, ctx))!,
    }),
    to: t.field({
      type: EntityRef,
      description: 'The entity it points to.',
      resolve: async (r, _a, ctx) => (await entityByKey(r.to, ctx))!,
    }),
    title: t.string({
      nullable: true,
      description: 'The title of the office (HOLDS_POSITION).',
      resolve: prop('title'),
    }),
    since: t.string({
      nullable: true,
      description: 'Start date at its precision (HOLDS_POSITION, MEMBER_OF).',
      resolve: prop('since'),
    }),
    until: t.string({
      nullable: true,
      description: 'End date at its precision (HOLDS_POSITION, MEMBER_OF).',
      resolve: prop('until'),
    }),
    permanent: t.boolean({
      nullable: true,
      description: 'True for a permanent member (MEMBER_OF).',
      resolve: (r) => (r.props.permanent as boolean | undefined) ?? null,
    }),
    vote: t.field({
      type: VoteChoice,
      nullable: true,
      description: 'How the state voted (VOTED).',
      resolve: (r) => (r.props.vote as 'FOR' | 'AGAINST' | 'ABSTAIN' | undefined) ?? null,
    }),
    role: t.string({ nullable: true, description: 'In what role (CONCERNS, PARTICIPATED_IN).', resolve: prop('role') }),
    onBehalfOf: t.field({
      type: EntityRef,
      nullable: true,
      description: 'For whom the treaty was signed (SIGNED).',
      resolve: (r, _a, ctx) => entityByKey(r.props.onBehalfOf as string | undefined, ctx),
    }),
    sources: t.field({
      type: [ArticleRef],
      description: 'The articles and documents it comes from.',
      resolve: async (r, _a, ctx) =>
        (
          await Promise.all(
            ((r.props.sources as string[] | undefined) ?? []).map((k) => ctx.loaders.node<ArticleNode>(k)),
          )
        ).filter((n): n is ArticleNode => n !== null),
    }),
    updatedBy: t.string({
      nullable: true,
      description: 'Who last created or changed it (see `Entity.updatedBy`).',
      resolve: (r, _a, ctx) => (ctx.caller ? prop('updatedBy')(r) : null),
    }),
    updatedAt: t.string({
      nullable: true,
      description: 'When it was last created or changed (ISO 8601, UTC).',
      resolve: prop('updatedAt'),
    }),
  }),
});

/** Which entity types each end of a relationship type allows. */
export function endsOf(type: RelationshipType) {
  return RELATIONSHIP_ENDS[type] as { from: readonly EntityType[]; to: readonly EntityType[] };
}

// ---------------------------------------------------------------------------
// Provenance on what the read API returns

const updatedByDescription =
  'Who last created or changed it: `ingest` for the seed and `npm run ingest`, else the name of the API key or the subject of the token that wrote it. Shown only to callers with a token; null for anonymous reads.';
const updatedAtDescription = 'When it was last created or changed (ISO 8601, UTC); every write records it.';

const updatedBy = (n: AnyNode, _a: unknown, ctx: Context) =>
  ctx.caller ? ((n.updatedBy as string | undefined) ?? null) : null;
const updatedAt = (n: AnyNode) => n.updatedAt ?? null;

builder.interfaceFields(EntityRef, (t) => ({
  updatedBy: t.string({ nullable: true, description: updatedByDescription, resolve: updatedBy }),
  updatedAt: t.string({ nullable: true, description: updatedAtDescription, resolve: updatedAt }),
}));
builder.interfaceFields(ClaimRef, (t) => ({
  updatedBy: t.string({ nullable: true, description: updatedByDescription, resolve: updatedBy }),
  updatedAt: t.string({ nullable: true, description: updatedAtDescription, resolve: updatedAt }),
}));
builder.objectFields(ArticleRef, (t) => ({
  updatedBy: t.string({ nullable: true, description: updatedByDescription, resolve: updatedBy }),
  updatedAt: t.string({ nullable: true, description: updatedAtDescription, resolve: updatedAt }),
}));
