import type { ExtractDocumentMutation } from '../generated/graphql.js';
import { entityStyles, type EntityType } from '../types-style.js';

export type { EntityType };

/**
 * The draft an analyst reviews before an article goes into the graph: what
 * extractDocument found (entities, claims, where each sits in the text), the
 * reviewer's edits, and the ingest document they make. No DOM here, so the
 * rules (what an unticked claim takes with it, what a merge rewrites) can be
 * checked on their own.
 */

/** Which entity types may fill each role of a claim (docs/model.md, "Claims link to what they involve"). */
export const CLAIM_ROLE_TYPES: Record<ClaimRole, readonly EntityType[] | 'any'> = {
  speaker: ['Person', 'State', 'Organization'],
  onBehalfOf: ['State', 'Organization'],
  target: 'any',
};
export type ClaimRole = 'speaker' | 'onBehalfOf' | 'target';

/** The properties every entity may carry, whatever its type: what survives a change of type. */
const COMMON_ENTITY_FIELDS = ['key', 'type', 'name', 'aliases', 'wikidataId', 'description', 'sources', 'spans'];

// ---------------------------------------------------------------------------
// What extractDocument answers (its generated type: explorer/src/operations/extract-document.graphql)

export type ExtractPayload = ExtractDocumentMutation['extractDocument'];
export type ExtractedArticle = ExtractPayload['article'];
export type ExtractedEntity = ExtractPayload['entities'][number];
export type ExtractedClaim = ExtractPayload['claims'][number];
export type TextSpan = ExtractedClaim['sentence'];

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------
// The draft

/** An extracted entity as the reviewer edits it. */
export interface DraftEntity extends ExtractedEntity {
  /** Stable while the draft lives: the key it came with. Claims refer to entities by it. */
  readonly id: string;
  /** `graph`: the reviewer brought it in from a search (as a speaker, a target or a merge). */
  readonly origin: 'extract' | 'graph';
  /** The id of the entity it was merged into. */
  mergedInto: string | null;
  /** Set once the reviewer typed a key: renames and retypes then leave the slug alone. */
  keyEdited: boolean;
  readonly entry: Json | null;
}

/**
 * An extracted claim as the reviewer edits it. Its roles name entity ids
 * of the draft (or graph keys the draft does not declare); an empty date or
 * quote is none.
 */
export interface DraftClaim extends Omit<ExtractedClaim, 'madeOn' | 'quote'> {
  madeOn: string;
  quote: string;
  keep: boolean;
  readonly entry: Json | null;
}

/** A relationship the extractor drew between entities (a city LOCATED_IN its state...). */
export interface DraftRelationship {
  readonly index: number;
  readonly type: string;
  /** Entity ids of the draft, or keys the draft does not declare. */
  readonly from: string;
  readonly to: string;
  keep: boolean;
  readonly entry: Json;
}

/** The article's own fields as the form holds them at ingest time. */
export interface ArticleFields {
  title: string;
  publisher: string;
  publishedOn: string;
  url: string;
}

/** An ingest document and, for each of its entities and claims, the draft row it came from. */
export interface BuiltDocument {
  document: Json;
  entityAt: DraftEntity[];
  claimAt: DraftClaim[];
  relationshipAt: DraftRelationship[];
}

/** Where a validation issue belongs on the page. */
export type IssueTarget =
  | { on: 'claim'; claim: DraftClaim; field: string }
  | { on: 'entity'; entity: DraftEntity; field: string }
  | { on: 'relationship'; relationship: DraftRelationship; field: string }
  | { on: 'article'; field: keyof ArticleFields | 'text' }
  | { on: 'document' };

/** A readable slug for a new entity's key: "Mara Velden" → mara-velden. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The key a new entity of this type and name gets; a State needs its alpha-3 code, which only a person can give. */
export function keyFor(type: EntityType, name: string): string {
  return type === 'State' ? 'state:' : `${entityStyles[type].keyPrefix}:${slugify(name) || 'unnamed'}`;
}

const unique = <T>(items: T[]) => [...new Set(items)];
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

export class Draft {
  readonly entities: DraftEntity[];
  readonly claims: DraftClaim[];
  readonly relationships: DraftRelationship[];
  readonly warnings: string[];
  readonly article: ExtractedArticle;
  private readonly base: Json;

  /** `text` is the text extraction read: every offset indexes it. */
  constructor(
    payload: ExtractPayload,
    readonly text: string,
  ) {
    this.base = payload.document as Json;
    this.article = payload.article;
    this.warnings = payload.warnings;
    const entries = (key: string, list: unknown) =>
      asArray(list).find((e): e is Json => typeof e === 'object' && e !== null && (e as Json).key === key) ?? null;
    this.entities = payload.entities.map((e) => ({
      ...e,
      id: e.key,
      aliases: [...e.aliases],
      origin: 'extract',
      mergedInto: null,
      keyEdited: false,
      entry: entries(e.key, this.base.entities),
    }));
    this.claims = payload.claims.map((c) => ({
      ...c,
      targets: [...c.targets],
      about: [...c.about],
      madeOn: c.madeOn ?? '',
      quote: c.quote ?? '',
      keep: true,
      entry: entries(c.key, this.base.claims),
    }));
    this.relationships = asArray(this.base.relationships).map((r, index) => {
      const entry = r as Json;
      return { index, type: String(entry.type), from: String(entry.from), to: String(entry.to), keep: true, entry };
    });
  }

  // --- reading -------------------------------------------------------------

  entity(id: string): DraftEntity | undefined {
    return this.entities.find((e) => e.id === id);
  }

  claim(key: string): DraftClaim | undefined {
    return this.claims.find((c) => c.key === key);
  }

  /** The id an entity stands under once merges are followed. */
  resolve(id: string): string {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      const next = this.entity(current)?.mergedInto;
      if (!next || seen.has(next)) return current;
      seen.add(current);
      current = next;
    }
  }

  /** The key the document will use for an entity id. */
  keyOf(id: string): string {
    return this.entity(this.resolve(id))?.key ?? id;
  }

  nameOf(id: string | null): string {
    if (!id) return '';
    return this.entity(this.resolve(id))?.name ?? id;
  }

  /** Entities that still stand on their own (not merged into another). */
  get active(): DraftEntity[] {
    return this.entities.filter((e) => !e.mergedInto);
  }

  /** The entities a claim's role can be filled with (a speaker is a person, a state or an organization...). */
  choices(role: ClaimRole): DraftEntity[] {
    const types = CLAIM_ROLE_TYPES[role];
    return this.active.filter((e) => types === 'any' || types.includes(e.type));
  }

  /** The entities merged (directly or through another) into this one. */
  mergedInto(entity: DraftEntity): DraftEntity[] {
    return this.entities.filter((e) => e.mergedInto && e !== entity && this.resolve(e.id) === entity.id);
  }

  // --- editing -------------------------------------------------------------

  rename(entity: DraftEntity, name: string) {
    entity.name = name;
    if (entity.isNew && !entity.keyEdited && entity.type !== 'State') entity.key = keyFor(entity.type, name);
  }

  retype(entity: DraftEntity, type: EntityType) {
    if (!entity.isNew || entity.type === type) return;
    entity.type = type;
    if (type === 'State') entity.key = 'state:';
    else if (entity.keyEdited)
      entity.key = `${entityStyles[type].keyPrefix}:${entity.key.slice(entity.key.indexOf(':') + 1)}`;
    else entity.key = keyFor(type, entity.name);
  }

  /** The names it goes by besides its name; for an entity of the graph, those added to the graph's. */
  setAliases(entity: DraftEntity, aliases: string[]) {
    entity.aliases = unique(aliases.map((a) => a.trim()).filter(Boolean));
  }

  setKey(entity: DraftEntity, key: string) {
    entity.key = key;
    entity.keyEdited = true;
  }

  /**
   * An entity of the graph, found by search, taken into the draft (or the
   * draft's own row for it when it is already there).
   */
  addFromGraph(found: { id: string; key: string; type: EntityType; name: string }): DraftEntity {
    const there = this.active.find((e) => e.key === found.key);
    if (there) return there;
    const entity: DraftEntity = {
      id: found.key,
      key: found.key,
      type: found.type,
      name: found.name,
      aliases: [],
      mentions: [],
      isNew: false,
      existing: { id: found.id, __typename: found.type, name: found.name },
      origin: 'graph',
      mergedInto: null,
      keyEdited: false,
      entry: null,
    };
    // An id taken by an earlier row (merged away since) must not be shared.
    if (this.entity(entity.id)) (entity as { id: string }).id = `${found.key}#${this.entities.length}`;
    this.entities.push(entity);
    return entity;
  }

  /**
   * Merges a draft entity into one the graph holds: every reference to it in
   * the draft now names the graph's key, and its name and the words the text
   * used for it are kept as aliases.
   */
  merge(entity: DraftEntity, into: { id: string; key: string; type: EntityType; name: string }): DraftEntity {
    const target = this.addFromGraph(into);
    if (target !== entity && this.resolve(target.id) !== entity.id) entity.mergedInto = target.id;
    return target;
  }

  unmerge(entity: DraftEntity) {
    entity.mergedInto = null;
  }

  // --- the document ----------------------------------------------------------

  /**
   * The ingest document for what the reviewer kept: unticked claims are left
   * out (and an answer to one of them is dropped), merged entities name their
   * graph entity, and entities brought in from the graph are declared only
   * when something still refers to them.
   */
  build(fields: ArticleFields): BuiltDocument {
    const kept = this.claims.filter((c) => c.keep);
    const relationshipAt = this.relationships.filter((r) => r.keep);
    const relationships = relationshipAt.map((r) => {
      const rel = { ...r.entry };
      for (const end of ['from', 'to', 'onBehalfOf'] as const) {
        if (typeof rel[end] === 'string') rel[end] = this.keyOf(rel[end] as string);
      }
      return rel;
    });

    const referenced = new Set<string>();
    for (const c of kept) {
      for (const id of [c.speaker, c.onBehalfOf, ...c.targets, ...c.about]) if (id) referenced.add(this.resolve(id));
    }
    for (const r of relationshipAt) for (const id of [r.from, r.to]) referenced.add(this.resolve(id));
    for (const e of this.entities) if (e.mergedInto) referenced.add(this.resolve(e.id));
    const entityAt = this.active.filter((e) => e.origin === 'extract' || referenced.has(e.id));

    const sources = asArray(this.base.sources).map((s, i) => (i === 0 ? this.sourceEntry(s as Json, fields) : s));
    const document: Json = {
      ...this.base,
      sources,
      entities: entityAt.map((e) => this.entityEntry(e)),
      claims: kept.map((c) => this.claimEntry(c)),
    };
    if (this.base.relationships !== undefined) document.relationships = relationships;
    return { document, entityAt, claimAt: kept, relationshipAt };
  }

  private sourceEntry(source: Json, fields: ArticleFields): Json {
    const entry = { ...source };
    if (fields.title.trim()) entry.title = fields.title.trim();
    entry.publisher = fields.publisher.trim() || null;
    if (fields.publishedOn.trim()) entry.publishedOn = fields.publishedOn.trim();
    entry.url = fields.url.trim() || null;
    return entry;
  }

  private entityEntry(e: DraftEntity): Json {
    const merged = this.mergedInto(e);
    const from = e.entry ?? {};
    const entry: Json =
      from.type === e.type
        ? { ...from }
        : Object.fromEntries(Object.entries(from).filter(([k]) => COMMON_ENTITY_FIELDS.includes(k)));
    const words = merged.flatMap((m) => [m.name, ...m.aliases, ...m.mentions.map((s) => s.text)]);
    const aliases = unique([...e.aliases, ...words].map((a) => a.trim())).filter(
      (a) => a && a.toLowerCase() !== e.name.trim().toLowerCase(),
    );
    const spans = [e, ...merged].flatMap((x) => asArray(x.entry?.spans) as { start: number; end: number }[]);
    Object.assign(entry, { key: e.key, type: e.type, name: e.name, aliases });
    if (spans.length) {
      const seen = new Set<string>();
      entry.spans = spans
        .filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`))
        .sort((a, b) => a.start - b.start);
    }
    return entry;
  }

  private claimEntry(c: DraftClaim): Json {
    const entry: Json = { ...(c.entry ?? { key: c.key }) };
    delete entry.targets;
    const keys = (ids: string[]) => unique(ids.map((id) => this.keyOf(id)));
    const targets = keys(c.targets);
    const about = keys(c.about);
    const answered = c.answers ? this.claim(c.answers) : undefined;
    Object.assign(entry, {
      key: c.key,
      kind: c.kind,
      speaker: this.keyOf(c.speaker),
      onBehalfOf: c.onBehalfOf ? this.keyOf(c.onBehalfOf) : null,
      allegation: c.allegation,
      madeOn: c.madeOn.trim() || null,
      quote: c.quote.trim() ? c.quote : null,
      // An answer to a claim left out would name a key that is nowhere.
      answers: answered && !answered.keep ? null : c.answers,
    });
    if (targets.length === 1) entry.target = targets[0];
    else if (targets.length) entry.target = targets;
    else delete entry.target;
    if (about.length || 'about' in entry) entry.about = about;
    return entry;
  }
}

/**
 * Where an issue's path (`input.document.claims[2].quote`, or
 * extractDocument's `input.publishedOn`) belongs, given the document it was
 * raised on (null before there is a draft).
 */
export function locateIssue(path: string, built: BuiltDocument | null): IssueTarget {
  const article = /^input\.(text|title|publisher|publishedOn|url)$/.exec(path);
  if (article) return { on: 'article', field: article[1] as keyof ArticleFields | 'text' };
  const item = /^input\.document\.(sources|entities|claims|relationships)\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
  if (!item) return { on: 'document' };
  const [, list, index, field = ''] = item;
  const i = Number(index);
  if (list === 'sources') {
    const known = ['title', 'publisher', 'publishedOn', 'url', 'text'];
    return i === 0 && known.includes(field)
      ? { on: 'article', field: field as keyof ArticleFields }
      : { on: 'document' };
  }
  if (list === 'entities') {
    const entity = built?.entityAt[i];
    return entity ? { on: 'entity', entity, field } : { on: 'document' };
  }
  if (list === 'relationships') {
    const relationship = built?.relationshipAt[i];
    return relationship ? { on: 'relationship', relationship, field } : { on: 'document' };
  }
  const claim = built?.claimAt[i];
  return claim ? { on: 'claim', claim, field } : { on: 'document' };
}
