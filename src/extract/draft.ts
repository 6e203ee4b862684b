import { createHash } from 'node:crypto';
import { formatError, parseDocument } from '../ingest/document.js';
import { type ClaimKind } from '../domain/index.js';
import type { ClaimDraft } from './claims/index.js';
import type { Entities, EntityRecord } from './entities.js';
import { slug } from './text.js';
import type { Draft, ExtractedClaim, ExtractedEntity, ExtractInput, GroundedEntity, Span } from './types.js';

/**
 * The draft ingest document: the article as its source, the entities with
 * where the text names them, the relationships their mentions imply, and
 * the claims, each keyed stably and checked with the same rules as
 * `npm run ingest` before it is returned.
 */

const VERB_OF: Record<ClaimKind, string> = {
  ACCUSE: 'accuses',
  DENY: 'denies',
  CRITICIZE: 'criticizes',
  DEMAND: 'demands',
  STATE: 'states',
  REPORT: 'reports',
  WARN: 'warns',
  CALL_FOR: 'calls-for',
};

export function articleKey(text: string): string {
  return `article:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}

/** The title given, else the first line of the text, else its first sentence. */
export function defaultTitle(input: ExtractInput, firstSentence: string | undefined): string {
  const given = input.title?.trim();
  if (given) return given;
  const line = input.text.trim().split('\n')[0]!.trim();
  const title = line.length <= 160 ? line : (firstSentence ?? line);
  return title.length > 200 ? `${title.slice(0, 197)}...` : title;
}

export interface AssembleInput {
  input: ExtractInput;
  title: string;
  entities: Entities;
  claims: ClaimDraft[];
  /** Draft keys that resolved to an entity the graph holds. */
  grounded: Map<string, GroundedEntity>;
  /** Answers found in the graph, by the draft claim's index. */
  warnings: string[];
}

/** A key's slug for a claim key: "robert-wood" for person:robert-wood, "russia" for state:RUS. */
function nameSlug(key: string, entities: Entities, grounded: Map<string, GroundedEntity>): string {
  const record = entities.get(key);
  const name = [...grounded.values()].find((g) => g.key === key)?.name ?? record?.name;
  return slug(name ?? key.slice(key.indexOf(':') + 1)) || 'unnamed';
}

function spans(list: Span[]) {
  return list.map(({ start, end }) => ({ start, end }));
}

export function assemble(a: AssembleInput): Draft {
  const { input, entities, grounded } = a;
  const key = articleKey(input.text);
  const warnings = [...a.warnings];
  const mapKey = (k: string) => grounded.get(k)?.key ?? k;

  // Entities: each record once under its final key; a grounded one keeps the graph's name and gains only new spellings.
  const extracted = new Map<string, ExtractedEntity>();
  const documentEntities = new Map<string, Record<string, unknown>>();
  const referenced = new Set<string>();
  for (const c of a.claims) {
    for (const k of [c.speaker, c.onBehalfOf, c.target, ...c.about]) if (k) referenced.add(k);
  }
  for (const p of entities.positions) referenced.add(p.person).add(p.holder);
  for (const l of [...entities.partOf, ...entities.locatedIn]) {
    if (entities.get(l.from)?.mentions.length) referenced.add(l.from).add(l.to);
  }
  // A drafted transfer, event or resolution brings the entities it relates to.
  for (const l of entities.links) {
    if (entities.get(l.from)?.mentions.length || entities.get(l.to)?.mentions.length) referenced.add(l.from).add(l.to);
  }
  const records = [...entities.byKey.values()].filter((r) => r.mentions.length > 0 || referenced.has(r.key));
  for (const record of records) {
    const finalKey = mapKey(record.key);
    const ground = grounded.get(record.key);
    const names = new Set([record.name, ...record.aliases]);
    const known = ground ? new Set([ground.name, ...ground.aliases].map((n) => n.toLowerCase())) : new Set<string>();
    // A graph entity gains only the spellings this text uses, not the gazetteer's other names.
    const aliases = [...names].filter(
      (n) => !known.has(n.toLowerCase()) && n !== (ground?.name ?? record.name) && (!ground || input.text.includes(n)),
    );
    const prior = extracted.get(finalKey);
    if (prior) {
      prior.mentions.push(...spans(record.mentions));
      prior.aliases = [...new Set([...prior.aliases, ...aliases])];
      const doc = documentEntities.get(finalKey)!;
      doc.aliases = prior.aliases;
      doc.spans = prior.mentions;
      continue;
    }
    const entity: ExtractedEntity = {
      key: finalKey,
      type: ground?.type ?? record.type,
      name: ground?.name ?? record.name,
      aliases,
      isNew: !ground,
      existingKey: ground?.key ?? null,
      mentions: spans(record.mentions).sort((x, y) => x.start - y.start),
    };
    extracted.set(finalKey, entity);
    documentEntities.set(finalKey, documentEntity(record, entity, !!ground));
  }

  // Relationships the mentions imply.
  const relationships: Record<string, unknown>[] = [];
  const relKeys = new Set<string>();
  const relate = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => {
    const f = mapKey(from);
    const t = mapKey(to);
    if (f === t || !extracted.has(f) || !extracted.has(t)) return;
    const relKey = `rel:${slugOf(f)}-${type.toLowerCase().replace(/_/g, '-')}-${slugOf(t)}`.slice(0, 200);
    if (relKeys.has(relKey)) return;
    relKeys.add(relKey);
    relationships.push({ key: relKey, type, from: f, to: t, ...extra });
  };
  for (const p of entities.positions) relate('HOLDS_POSITION', p.person, p.holder, { title: p.title });
  for (const l of entities.partOf) relate('PART_OF', l.from, l.to);
  for (const l of entities.locatedIn) relate('LOCATED_IN', l.from, l.to);
  for (const l of entities.links) relate(l.type, l.from, l.to, l.props ?? {});

  // Claims, keyed by speaker, kind, target and date, unique within the draft.
  const claimKeys: string[] = [];
  const used = new Set<string>();
  for (const c of a.claims) {
    const parts = [
      nameSlug(c.speaker, entities, grounded),
      VERB_OF[c.kind],
      c.target ? nameSlug(c.target, entities, grounded) : null,
      c.madeOn ?? input.publishedOn,
    ];
    const base = `claim:${parts.filter(Boolean).join('-')}`.slice(0, 190).replace(/-+$/, '');
    let k = base;
    for (let n = 2; used.has(k); n++) k = `${base}-${n}`;
    used.add(k);
    claimKeys.push(k);
  }
  const claims: ExtractedClaim[] = a.claims.map((c, i) => {
    const quote = c.quotes.length ? input.text.slice(c.quotes[0]!.start, c.quotes[0]!.end) : null;
    return {
      key: claimKeys[i]!,
      kind: c.kind,
      speaker: mapKey(c.speaker),
      onBehalfOf: c.onBehalfOf ? mapKey(c.onBehalfOf) : null,
      targets: c.target ? [mapKey(c.target)] : [],
      about: [...new Set(c.about.map(mapKey))],
      allegation: c.allegation,
      madeOn: c.madeOn,
      quote,
      answers: typeof c.answers === 'number' ? claimKeys[c.answers]! : c.answers,
      sentence: { ...c.sentence, text: input.text.slice(c.sentence.start, c.sentence.end) },
      quoteSpans: c.quotes.map((q) => ({ ...q, text: input.text.slice(q.start, q.end) })),
    } as ExtractedClaim;
  });

  const document = {
    sources: [
      {
        key,
        category: 'NEWS',
        title: a.title,
        publisher: input.publisher?.trim() || null,
        publishedOn: input.publishedOn,
        url: input.url?.trim() || null,
        text: input.text,
      },
    ],
    entities: [...documentEntities.values()],
    relationships,
    claims: claims.map((c) => ({
      key: c.key,
      kind: c.kind,
      speaker: c.speaker,
      onBehalfOf: c.onBehalfOf,
      target: c.targets.length === 0 ? null : c.targets.length === 1 ? c.targets[0] : c.targets,
      allegation: c.allegation,
      about: c.about.filter((k) => k !== c.speaker),
      madeOn: c.madeOn,
      quote: c.quote,
      answers: c.answers,
      spans: [
        { start: c.sentence.start, end: c.sentence.end },
        ...c.quoteSpans.map(({ start, end }) => ({ start, end })),
      ],
    })),
  };

  return checked({
    document,
    article: {
      key,
      title: a.title,
      publisher: document.sources[0]!.publisher,
      publishedOn: input.publishedOn,
      url: document.sources[0]!.url,
    },
    entities: [...extracted.values()],
    claims,
    warnings,
  });
}

function slugOf(key: string) {
  return key.slice(key.indexOf(':') + 1).toLowerCase();
}

function documentEntity(record: EntityRecord, entity: ExtractedEntity, grounded: boolean): Record<string, unknown> {
  // A grounded entity keeps what the graph says of it: the draft adds spellings and mentions only.
  const props = grounded
    ? {}
    : Object.fromEntries(Object.entries(record.props).filter(([, v]) => v !== undefined && v !== null));
  return {
    key: entity.key,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...props,
    spans: entity.mentions,
  };
}

/**
 * The draft must pass ingest's validation. A claim that breaks a rule (a
 * rule the extractor should have kept) is dropped with a warning rather
 * than failing the whole draft.
 */
function checked(draft: Draft): Draft {
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = parseDocument(draft.document);
    if (parsed.ok) return draft;
    const doc = draft.document as { claims: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
    const badClaims = new Set<number>();
    const badRelationships = new Set<number>();
    for (const e of parsed.errors) {
      const claim = /^claims\[(\d+)\]/.exec(e.path);
      const rel = /^relationships\[(\d+)\]/.exec(e.path);
      if (claim) badClaims.add(Number(claim[1]));
      else if (rel) badRelationships.add(Number(rel[1]));
      else throw new Error(`the extractor made an invalid draft: ${formatError(e)}`);
      draft.warnings.push(`dropped ${e.path.split('.')[0]}: ${formatError(e)}`);
    }
    const droppedKeys = new Set([...badClaims].map((i) => doc.claims[i]!.key));
    doc.claims = doc.claims
      .filter((_, i) => !badClaims.has(i))
      .map((c) => (droppedKeys.has(c.answers as string) ? { ...c, answers: null } : c));
    doc.relationships = doc.relationships.filter((_, i) => !badRelationships.has(i));
    draft.claims = draft.claims
      .filter((c) => !droppedKeys.has(c.key))
      .map((c) => (c.answers && droppedKeys.has(c.answers) ? { ...c, answers: null } : c));
  }
  const parsed = parseDocument(draft.document);
  if (!parsed.ok) throw new Error(`the extractor made an invalid draft: ${parsed.errors.map(formatError).join('; ')}`);
  return draft;
}
