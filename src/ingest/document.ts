import { z } from 'zod';
import {
  ARTICLE_KEY_PREFIX,
  CLAIM_KEY_PREFIX,
  CLAIM_KINDS,
  CLAIM_ROLES,
  EVENT_CATEGORIES,
  KEY_PREFIX,
  ORGANIZATION_CATEGORIES,
  PLACE_CATEGORIES,
  RELATIONSHIP_ENDS,
  RESOLUTION_STATUSES,
  SOURCE_CATEGORIES,
  TRANSFER_STATUSES,
  VOTES,
  type EntityType,
  type RelationshipType,
} from '../domain/index.js';

/**
 * The ingest document: one JSON file per article, describing the article
 * itself, the entities it names, the relationships between them and the
 * claims it reports (docs/model.md, "Ingest documents"). Everything here is
 * pure: no files, no console, no database, so the CLI, the seed and the
 * mutation layer share one set of rules.
 */

// The closed vocabularies (entity types, categories, statuses, kinds) are the
// domain's (src/domain); the read API exposes the same ones as enums.

// ---------------------------------------------------------------------------
// Building blocks

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a day that exists (no 2023-02-29). */
export function dateProblem(value: string): string | undefined {
  const match = DATE_SHAPE.exec(value);
  if (!match) return 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';
  const [, , month, day] = match;
  const year = Number(match[1]);
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return `not a calendar date (no month ${month})`;
  if (day !== undefined) {
    // Day 0 of the next month is the last day of this one; UTC avoids DST gaps.
    const daysInMonth = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > daysInMonth)
      return `not a calendar date (${value.slice(0, 7)} has ${daysInMonth} days)`;
  }
  return undefined;
}

const isoDate = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const text = z.string().trim().min(1, 'must not be empty');
const sourceRefs = z.array(z.string()).min(1, 'when given, must name at least one source');
/** An entity or relationship may be declared without a source (`[]`): what a mutation wrote without one. */
const declaredSources = z.array(z.string());

function keyOf(prefix: string, what: string, slug = '\\S+', slugRule = 'a slug without spaces') {
  return z.string().regex(new RegExp(`^${prefix}:${slug}$`), `must be "${prefix}:" followed by ${slugRule} (${what})`);
}

// ---------------------------------------------------------------------------
// Sources (articles)

/** A UN document symbol such as S/RES/1718 (2006), S/2024/255 or A/HRC/55/L.1. */
const UN_SYMBOL = /\b[ASE]\/(?:[A-Z0-9.]+\/)*[A-Z0-9.]*\d/;

const sourceSchema = z
  .strictObject({
    key: keyOf(ARTICLE_KEY_PREFIX, 'an article'),
    category: z.enum(SOURCE_CATEGORIES),
    title: text,
    publisher: text.nullish(),
    publishedOn: isoDate,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).nullish(),
    text: text.nullish(),
  })
  .superRefine((source, ctx) => {
    if (source.text) return;
    // A primary document can be cited without its text when it can be found again.
    if (source.category === 'REFERENCE' && (source.url || UN_SYMBOL.test(source.title))) return;
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message:
        source.category === 'NEWS'
          ? 'required for a NEWS source'
          : 'required for a REFERENCE source without a url or a UN symbol in its title',
    });
  });

// ---------------------------------------------------------------------------
// Entities

/**
 * Where in the article's text something was found (character offsets, end
 * exclusive), written by the extractor for a reviewer; ingest accepts and
 * strips it, and never stores it.
 */
export const spansSchema = z.array(
  z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }).refine((s) => s.end >= s.start, {
    message: 'end must not come before start',
  }),
);

const entityBase = {
  name: text,
  aliases: z.array(text).default([]),
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q159')
    .nullish(),
  description: text.nullish(),
  sources: declaredSources.optional(),
  spans: spansSchema.optional(),
};

function entity<T extends EntityType, S extends z.ZodRawShape>(
  type: T,
  own: S,
  key = keyOf(KEY_PREFIX[type], `a ${type}`),
) {
  return z.strictObject({ type: z.literal(type), key, ...entityBase, ...own });
}

export const entitySchema = z.discriminatedUnion('type', [
  entity(
    'State',
    {
      code: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code such as RUS')
        .nullish(),
    },
    keyOf(KEY_PREFIX.State, 'a State', '[A-Z]{3}', 'its ISO 3166 alpha-3 code, e.g. state:RUS'),
  ),
  entity('Person', {}),
  entity('Organization', { category: z.enum(ORGANIZATION_CATEGORIES).nullish() }),
  entity('Place', { category: z.enum(PLACE_CATEGORIES).nullish() }),
  entity('Resolution', {
    symbol: text.nullish(),
    title: text.nullish(),
    date: isoDate.nullish(),
    status: z.enum(RESOLUTION_STATUSES).nullish(),
  }),
  entity('WeaponSystem', { designation: text.nullish(), category: text.nullish() }),
  entity('WeaponsTransfer', {
    quantity: text.nullish(),
    period: text.nullish(),
    periodStart: isoDate.nullish(),
    periodEnd: isoDate.nullish(),
    status: z.enum(TRANSFER_STATUSES).nullish(),
    use: text.nullish(),
  }),
  entity('Event', {
    category: z.enum(EVENT_CATEGORIES).nullish(),
    date: isoDate.nullish(),
    endDate: isoDate.nullish(),
  }),
  entity('Treaty', { title: text.nullish(), date: isoDate.nullish(), commitments: text.nullish() }),
]);

// ---------------------------------------------------------------------------
// Relationships between entities

const relationshipBase = {
  // The read API's edge id. Identity stays (type, from, to[, title]); the key only names it.
  key: keyOf('rel', 'a relationship').nullish(),
  from: z.string(),
  to: z.string(),
  sources: declaredSources.optional(),
};

function relationship<T extends RelationshipType, S extends z.ZodRawShape>(type: T, own: S) {
  return z.strictObject({ type: z.literal(type), ...relationshipBase, ...own });
}

const freeTextRole = text.nullish();
export const relationshipSchema = z.discriminatedUnion('type', [
  // The title is part of the identity: one person may hold two posts for one state.
  relationship('HOLDS_POSITION', { title: text, since: isoDate.nullish(), until: isoDate.nullish() }),
  relationship('MEMBER_OF', { since: isoDate.nullish(), until: isoDate.nullish(), permanent: z.boolean().nullish() }),
  relationship('PART_OF', {}),
  relationship('LOCATED_IN', {}),
  relationship('SPONSORED', {}),
  relationship('VETOED', {}),
  relationship('VOTED', { vote: z.enum(VOTES) }),
  relationship('CONSIDERED_BY', {}),
  relationship('CONCERNS', { role: freeTextRole }),
  relationship('STRENGTHENS', {}),
  relationship('MANUFACTURED_BY', {}),
  relationship('SUPPLIED_BY', {}),
  relationship('RECEIVED_BY', {}),
  relationship('OF_WEAPON', {}),
  relationship('USED_AGAINST', {}),
  relationship('PARTICIPATED_IN', { role: freeTextRole }),
  relationship('TOOK_PLACE_IN', {}),
  relationship('PARTY_TO', {}),
  relationship('SIGNED', { onBehalfOf: z.string().nullish() }),
]);

// ---------------------------------------------------------------------------
// Claims

export const claimSchema = z.strictObject({
  key: keyOf(CLAIM_KEY_PREFIX, 'a claim'),
  kind: z.enum(CLAIM_KINDS),
  speaker: z.string(),
  onBehalfOf: z.string().nullish(),
  // Usually one party is accused; "accused Russia and China" names two.
  target: z.union([z.string(), z.array(z.string()).min(1, 'when a list, must name at least one entity')]).nullish(),
  allegation: text,
  about: z.array(z.string()).default([]),
  madeOn: isoDate.nullish(),
  quote: text.nullish(),
  answers: z.string().nullish(),
  sources: sourceRefs.optional(),
  spans: spansSchema.optional(),
});

const documentSchema = z.strictObject({
  // Empty only for what has no source (entities and relationships written by mutations; an export's unsourced.json).
  sources: z.array(sourceSchema),
  entities: z.array(entitySchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
  claims: z.array(claimSchema).default([]),
});

export type IngestDocument = z.output<typeof documentSchema>;
export type Source = IngestDocument['sources'][number];
export type Entity = IngestDocument['entities'][number];
export type Relationship = IngestDocument['relationships'][number];
export type Claim = IngestDocument['claims'][number];

// ---------------------------------------------------------------------------
// Errors

/** One broken rule: where in the JSON (`claims[3].quote`) and what rule. */
export interface DocumentError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; document: IngestDocument } | { ok: false; errors: DocumentError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function formatError(error: DocumentError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** zod's defaults read as type errors; these read as the document's rules. */
export function errorsFromZod(issues: readonly z.core.$ZodIssue[]): DocumentError[] {
  return issues.flatMap((issue): DocumentError[] => {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: 'unknown property (see docs/model.md for the document format)',
        }));
      case 'invalid_type':
        return [
          {
            path,
            message: issue.input === undefined ? `required (${issue.expected})` : `must be ${article(issue.expected)}`,
          },
        ];
      case 'invalid_value':
        return [{ path, message: `must be one of ${issue.values.map(String).join(', ')}` }];
      case 'invalid_union':
        // A discriminated union names the discriminator's path and its options.
        if ('options' in issue && Array.isArray(issue.options)) {
          const got = (issue as { input?: unknown }).input;
          const discriminator = (issue as { discriminator?: string }).discriminator ?? 'type';
          const value = got && typeof got === 'object' ? (got as Record<string, unknown>)[discriminator] : undefined;
          return [
            {
              path,
              message: `${value === undefined ? 'required' : `unknown ${discriminator} ${JSON.stringify(value)}`}; must be one of ${issue.options.join(', ')}`,
            },
          ];
        }
        return [{ path, message: issue.message }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}

function article(expected: string) {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

// ---------------------------------------------------------------------------
// Quotes

/**
 * What "verbatim" tolerates: articles reach us with typographic quotes and
 * dashes, hard line breaks and runs of spaces that a transcriber would not
 * reproduce, so both sides are compared in this form.
 */
export function normaliseForQuote(value: string): string {
  return value
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Undefined when the quote occurs in the text; else where it stops matching, to help fix it. */
export function quoteProblem(quote: string, sourceText: string): string | undefined {
  const needle = normaliseForQuote(quote);
  const haystack = normaliseForQuote(sourceText);
  if (haystack.includes(needle)) return undefined;
  // Every prefix of a matching prefix matches too, so the longest one is found by bisection.
  let matched = 0;
  let tooLong = needle.length;
  while (tooLong - matched > 1) {
    const middle = Math.floor((matched + tooLong) / 2);
    if (haystack.includes(needle.slice(0, middle))) matched = middle;
    else tooLong = middle;
  }
  return matched >= 10
    ? `the text has "${needle.slice(0, matched)}" but not what follows: "${needle.slice(matched, matched + 40)}"`
    : 'not even its first words occur in the text';
}

// ---------------------------------------------------------------------------
// Rules that span the document

/**
 * What zod cannot see item by item: unique keys, references to keys declared
 * in the document with the types their role allows, and quotes found in
 * their source's text.
 */
function crossReferenceErrors(doc: IngestDocument): DocumentError[] {
  const errors: DocumentError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });

  const declaredAt = new Map<string, string>();
  const declare = (key: string, path: string) => {
    const first = declaredAt.get(key);
    if (first) fail(path, `duplicate key ${key} (first declared at ${first})`);
    else declaredAt.set(key, path);
  };
  doc.sources.forEach((s, i) => declare(s.key, `sources[${i}].key`));
  doc.entities.forEach((e, i) => declare(e.key, `entities[${i}].key`));
  doc.claims.forEach((c, i) => declare(c.key, `claims[${i}].key`));
  doc.relationships.forEach((r, i) => r.key && declare(r.key, `relationships[${i}].key`));

  const sourceKeys = new Set(doc.sources.map((s) => s.key));
  const entityTypes = new Map(doc.entities.map((e) => [e.key, e.type]));

  const checkSources = (sources: string[] | undefined, path: string) =>
    sources?.forEach((key, i) => {
      if (!sourceKeys.has(key)) fail(`${path}.sources[${i}]`, `${key} is not one of this document's sources`);
    });

  const checkEntity = (key: string, path: string, allowed: readonly EntityType[], role: string) => {
    const type = entityTypes.get(key);
    // Not declared here: the graph may hold it, which ingest checks in its transaction.
    if (type && !allowed.includes(type)) fail(path, `${key} is a ${type}, but ${role} must be ${allowed.join(' or ')}`);
  };

  doc.entities.forEach((e, i) => {
    checkSources(e.sources, `entities[${i}]`);
    if (e.type === 'State' && e.code && e.key !== `state:${e.code}`) {
      fail(`entities[${i}].code`, `must match the key (${e.key.slice('state:'.length)})`);
    }
  });

  const seen = new Map<string, number>();
  doc.relationships.forEach((r, i) => {
    const path = `relationships[${i}]`;
    const ends = RELATIONSHIP_ENDS[r.type];
    checkEntity(r.from, `${path}.from`, ends.from, `the start of ${r.type}`);
    checkEntity(r.to, `${path}.to`, ends.to, `the end of ${r.type}`);
    if (r.from === r.to) fail(`${path}.to`, `a ${r.type} cannot link ${r.from} to itself`);
    if (r.type === 'SIGNED' && r.onBehalfOf) {
      checkEntity(r.onBehalfOf, `${path}.onBehalfOf`, CLAIM_ROLES.onBehalfOf, 'a signatory’s principal');
    }
    checkSources(r.sources, path);
    // Same identity twice would silently keep only the last one's properties.
    const identity = relationshipIdentity(r);
    const first = seen.get(identity);
    if (first !== undefined)
      fail(
        path,
        `duplicate of relationships[${first}] (same type, from and to${r.type === 'HOLDS_POSITION' ? ' and title' : ''})`,
      );
    else seen.set(identity, i);
  });

  doc.claims.forEach((c, i) => {
    const path = `claims[${i}]`;
    checkEntity(c.speaker, `${path}.speaker`, CLAIM_ROLES.speaker, 'a speaker');
    if (c.onBehalfOf) checkEntity(c.onBehalfOf, `${path}.onBehalfOf`, CLAIM_ROLES.onBehalfOf, 'onBehalfOf');
    targetsOf(c).forEach((key, j) =>
      checkEntity(
        key,
        typeof c.target === 'string' ? `${path}.target` : `${path}.target[${j}]`,
        CLAIM_ROLES.target,
        'a target',
      ),
    );
    c.about.forEach((key, j) => checkEntity(key, `${path}.about[${j}]`, CLAIM_ROLES.about, 'about'));
    if (c.answers) {
      if (c.answers === c.key) fail(`${path}.answers`, 'a claim cannot answer itself');
    }
    checkSources(c.sources, path);
    if (!c.sources && doc.sources.length === 0) {
      fail(`${path}.sources`, 'a claim needs a source, and this document has none');
      return;
    }
    if (c.quote) {
      const sourceKey = c.sources?.[0] ?? doc.sources[0]!.key;
      const source = doc.sources.find((s) => s.key === sourceKey);
      if (!source) return; // reported by checkSources
      if (!source.text) {
        fail(`${path}.quote`, `source ${sourceKey} has no text to find the quote in`);
      } else {
        const problem = quoteProblem(c.quote, source.text);
        if (problem) fail(`${path}.quote`, `not found verbatim in source ${sourceKey}: ${problem}`);
      }
    }
  });

  return errors;
}

// ---------------------------------------------------------------------------
// Keys a document uses without declaring them

/**
 * A key a relationship or claim refers to that the document does not
 * declare: accepted when the graph already holds it with a type its role
 * allows (a later article's denial answering an earlier article's
 * accusation). Ingest checks these inside its transaction.
 */
export interface GraphReference {
  key: string;
  /** Where the document uses it: `claims[0].answers`. */
  path: string;
  /** The labels its role allows (entity types, or Claim). */
  allowed: readonly string[];
  /** How the role reads in a sentence: "a speaker", "the start of MEMBER_OF". */
  role: string;
  /** Where it would have been declared. */
  declaredIn: 'entities' | 'claims';
}

/** Every use of a key the document does not declare, with the types its role allows. */
export function undeclaredReferences(doc: IngestDocument): GraphReference[] {
  const entityKeys = new Set(doc.entities.map((e) => e.key));
  const claimKeys = new Set(doc.claims.map((c) => c.key));
  const refs: GraphReference[] = [];
  const use = (key: string, path: string, allowed: readonly EntityType[], role: string) => {
    if (!entityKeys.has(key)) refs.push({ key, path, allowed, role, declaredIn: 'entities' });
  };
  doc.relationships.forEach((r, i) => {
    const path = `relationships[${i}]`;
    const ends = RELATIONSHIP_ENDS[r.type];
    use(r.from, `${path}.from`, ends.from, `the start of ${r.type}`);
    use(r.to, `${path}.to`, ends.to, `the end of ${r.type}`);
    if (r.type === 'SIGNED' && r.onBehalfOf)
      use(r.onBehalfOf, `${path}.onBehalfOf`, CLAIM_ROLES.onBehalfOf, 'a signatory’s principal');
  });
  doc.claims.forEach((c, i) => {
    const path = `claims[${i}]`;
    use(c.speaker, `${path}.speaker`, CLAIM_ROLES.speaker, 'a speaker');
    if (c.onBehalfOf) use(c.onBehalfOf, `${path}.onBehalfOf`, CLAIM_ROLES.onBehalfOf, 'onBehalfOf');
    targetsOf(c).forEach((key, j) =>
      use(
        key,
        typeof c.target === 'string' ? `${path}.target` : `${path}.target[${j}]`,
        CLAIM_ROLES.target,
        'a target',
      ),
    );
    c.about.forEach((key, j) => use(key, `${path}.about[${j}]`, CLAIM_ROLES.about, 'about'));
    if (c.answers && c.answers !== c.key && !claimKeys.has(c.answers)) {
      refs.push({
        key: c.answers,
        path: `${path}.answers`,
        allowed: ['Claim'],
        role: 'the claim answered',
        declaredIn: 'claims',
      });
    }
  });
  return refs;
}

/**
 * The errors of undeclared references, given what the graph holds under
 * each key (its type label, or Claim; absent when it holds nothing).
 */
export function graphReferenceErrors(refs: GraphReference[], labels: Map<string, string>): DocumentError[] {
  return refs.flatMap((ref): DocumentError[] => {
    const label = labels.get(ref.key);
    if (!label)
      return [{ path: ref.path, message: `${ref.key} is not declared in ${ref.declaredIn} and not in the graph` }];
    if (!ref.allowed.includes(label)) {
      return [
        {
          path: ref.path,
          message: `${ref.key} is a ${label} in the graph, but ${ref.role} must be ${ref.allowed.join(' or ')}`,
        },
      ];
    }
    return [];
  });
}

/** What makes two relationships the same one (docs/model.md): type and ends, and a position's title. */
export function relationshipIdentity(r: Relationship): string {
  return JSON.stringify([r.type, r.from, r.to, r.type === 'HOLDS_POSITION' ? r.title : null]);
}

/** Validates a parsed JSON value against the document format and all its rules. */
export function parseDocument(json: unknown): ParseResult {
  const parsed = documentSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: errorsFromZod(parsed.error.issues) };
  const errors = crossReferenceErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, document: parsed.data };
}

/** Who a claim is aimed at, whether the document names one key or a list. */
export function targetsOf(claim: Claim): string[] {
  return claim.target == null ? [] : typeof claim.target === 'string' ? [claim.target] : claim.target;
}

/** The key of the source a fact comes from when it names none: the document's first (none in a document without sources). */
export function sourcesOf(doc: IngestDocument, item: { sources?: string[] }): string[] {
  return item.sources ?? (doc.sources.length ? [doc.sources[0]!.key] : []);
}
