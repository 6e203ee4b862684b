import { readFile } from 'node:fs/promises';
import type { Graph } from '../neo4j/graph.js';
import { recordIngest } from '../history/ingest-log.js';
import {
  addStatusRows as add,
  addTallies,
  counted,
  describeTally,
  emptyTally,
  total,
  type StatusRow,
  type Tally,
} from './tally.js';
import {
  formatError,
  graphReferenceErrors,
  parseDocument,
  undeclaredReferences,
  sourcesOf,
  targetsOf,
  type DocumentError,
  type IngestDocument,
} from './document.js';
import type { ClaimOrigin } from '../domain/index.js';

const REPORTED: ClaimOrigin = 'REPORTED';

/**
 * Writes a validated ingest document to the graph: one write transaction,
 * four batched statements (cypher/ingest/{articles,entities,claims,
 * relationships}.cypher), and a summary of what it created, updated or found
 * already there.
 */

export interface IngestOptions {
  /** Recorded as `updatedBy` on what this ingest creates or changes. */
  actor?: string;
  /** The operation its history entry names (`ingest` for the CLI and the seed). */
  operation?: string;
}

export type { Tally };

export interface IngestSummary {
  /** Articles and entities, by label (Article, State, Person, ...). */
  nodes: Record<string, Tally>;
  claims: Tally;
  /** By relationship type, including MENTIONED_IN and the claims' links. */
  relationships: Record<string, Tally>;
  /** False when the graph already held everything the document says. */
  changed: boolean;
  /**
   * Keys of what was created or updated: articles, entities (their own
   * properties or their links) and claims. For the change feed.
   */
  touched: { articles: KeyStatus[]; entities: KeyStatus[]; claims: KeyStatus[] };
  /** The id of the history entry it recorded (src/history); null when it changed nothing. */
  change: string | null;
}

export interface KeyStatus {
  key: string;
  status: 'created' | 'updated';
}

const DEFAULT_ACTOR = 'ingest';
const DEFAULT_OPERATION = 'ingest';

/**
 * A valid document that uses keys neither it nor the graph declares, or
 * graph-held keys of a type their role does not allow: refused inside the
 * transaction, before anything is written.
 */
export class DocumentRejected extends Error {
  constructor(readonly errors: DocumentError[]) {
    super(errors.map(formatError).join('; '));
    this.name = 'DocumentRejected';
  }
}

type Props = Record<string, unknown>;

interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  key: string | null;
  sources: string[];
  props: Props;
}

/**
 * Only the values a document gives: a missing or null value leaves what the
 * graph holds (and `SET n += {p: null}` would delete it).
 */
function given(values: Props): Props {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The statements' parameters: plain rows, so no document text is ever part of a Cypher string. */
function ingestRows(doc: IngestDocument) {
  const articles = doc.sources.map(({ key, ...props }) => ({ key, props: given(props) }));

  // spans are the extractor's offsets for a reviewer: accepted, never stored.
  const entities = doc.entities.map(({ key, type, aliases, sources: _sources, spans: _spans, ...props }) => ({
    key,
    type,
    aliases: unique(aliases),
    props: given(props),
  }));

  const claims = doc.claims.map((c) => ({
    key: c.key,
    // A document's claims are an article's words: reported, never coded (datasets come through src/import).
    props: given({ kind: c.kind, origin: REPORTED, allegation: c.allegation, madeOn: c.madeOn, quote: c.quote }),
  }));

  const relationships: RelationshipRow[] = [];
  const link = (type: string, from: string, to: string, sources: string[], props: Props = {}, key?: string | null) =>
    relationships.push({ type, from, to, key: key ?? null, sources, props: given(props) });

  for (const r of doc.relationships) {
    const { type, from, to, key, sources: _sources, ...props } = r;
    link(type, from, to, unique(sourcesOf(doc, r)), props, key);
  }
  for (const e of doc.entities) {
    for (const article of unique(sourcesOf(doc, e))) link('MENTIONED_IN', e.key, article, [article]);
  }
  for (const c of doc.claims) {
    const sources = unique(sourcesOf(doc, c));
    link('MADE', c.speaker, c.key, sources);
    if (c.onBehalfOf) link('ON_BEHALF_OF', c.key, c.onBehalfOf, sources);
    for (const target of unique(targetsOf(c))) link('TARGETS', c.key, target, sources);
    for (const subject of unique(c.about)) link('ABOUT', c.key, subject, sources);
    if (c.answers) link('ANSWERS', c.key, c.answers, sources);
    for (const article of sources) link('SOURCE', c.key, article, [article]);
  }

  return { articles, entities, claims, relationships };
}

/**
 * Writes one document in one transaction: all of it or, on any error,
 * nothing. Re-running it on the same graph finds everything unchanged and
 * writes nothing, provenance included.
 */
export async function ingestDocument(
  graph: Graph,
  doc: IngestDocument,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const rows = ingestRows(doc);
  const actor = options.actor ?? DEFAULT_ACTOR;
  const references = undeclaredReferences(doc);

  return graph.writeTransaction(async (tx) => {
    // Keys the document uses but does not declare must be in the graph, with a type their role allows.
    if (references.length) {
      const found = await tx.run('ingest/references', { keys: [...new Set(references.map((r) => r.key))] });
      const errors = graphReferenceErrors(
        references,
        new Map(found.filter((r) => r.label).map((r) => [r.key as string, r.label as string])),
      );
      if (errors.length) throw new DocumentRejected(errors);
    }
    // Retried transactions start again from an empty summary.
    const summary: IngestSummary = {
      nodes: {},
      claims: emptyTally(),
      relationships: {},
      changed: false,
      touched: emptyTouched(),
      change: null,
    };
    const run = async (name: string, batch: unknown[]): Promise<StatusRow[]> => {
      if (batch.length === 0) return [];
      const result = (await tx.run(`ingest/${name}`, { [name]: batch, actor })) as StatusRow[];
      // Every row must come back with a status; a row lost on the way would be a silent partial write.
      if (counted(result) !== batch.length) {
        throw new Error(`ingest/${name} accounted for ${counted(result)} of ${batch.length} rows`);
      }
      return result;
    };

    const articles = await run('articles', rows.articles);
    const entities = await run('entities', rows.entities);
    const claims = await run('claims', rows.claims);
    const written = await run('relationships', rows.relationships);
    // A transfer an article reports finds the dataset records already in the graph that corroborate it.
    const transfers = doc.entities.filter((e) => e.type === 'WeaponsTransfer').map((e) => e.key);
    const corroborated = transfers.length
      ? ((await tx.run('ingest/corroborate', { keys: transfers, actor })) as StatusRow[])
      : [];
    const relationships = [...written, ...corroborated];
    add(summary.nodes, articles);
    add(summary.nodes, entities);
    const claimTallies: Record<string, Tally> = {};
    add(claimTallies, claims);
    summary.claims = claimTallies.Claim ?? emptyTally();
    add(summary.relationships, relationships);
    summary.touched = touchedBy(doc, { articles, entities, claims, relationships });

    summary.changed = [...Object.values(summary.nodes), summary.claims, ...Object.values(summary.relationships)].some(
      (t) => t.created > 0 || t.updated > 0,
    );
    summary.change = await recordIngest(
      tx,
      { nodes: [...articles, ...entities, ...claims], links: relationships },
      options.operation ?? DEFAULT_OPERATION,
      actor,
    );
    return summary;
  });
}

function emptyTouched(): IngestSummary['touched'] {
  return { articles: [], entities: [], claims: [] };
}

/** What the statements created or updated, by key; an entity whose links changed counts as updated. */
function touchedBy(
  doc: IngestDocument,
  results: Record<'articles' | 'entities' | 'claims' | 'relationships', StatusRow[]>,
) {
  const statuses = (rows: StatusRow[]) => {
    const byKey = new Map<string, KeyStatus['status']>();
    for (const row of rows) {
      if (row.status === 'unchanged') continue;
      for (const key of row.keys) if (byKey.get(key) !== 'created') byKey.set(key, row.status);
    }
    return byKey;
  };
  const entities = statuses(results.entities);
  const entityKeys = new Set(doc.entities.map((e) => e.key));
  for (const [key] of statuses(results.relationships)) {
    if (entityKeys.has(key) && !entities.has(key)) entities.set(key, 'updated');
  }
  const list = (byKey: Map<string, KeyStatus['status']>) => [...byKey].map(([key, status]) => ({ key, status }));
  return {
    articles: list(statuses(results.articles)),
    entities: list(entities),
    claims: list(statuses(results.claims)),
  };
}

/** Adds summaries up, for a run over several files. */
export function combineSummaries(summaries: IngestSummary[]): IngestSummary {
  const combined: IngestSummary = {
    nodes: {},
    claims: emptyTally(),
    relationships: {},
    changed: false,
    touched: emptyTouched(),
    change: null,
  };
  for (const s of summaries) {
    addTallies(combined.nodes, s.nodes);
    addTallies(combined.relationships, s.relationships);
    combined.claims = total([combined.claims, s.claims]);
    combined.changed ||= s.changed;
    combined.touched.articles.push(...s.touched.articles);
    combined.touched.entities.push(...s.touched.entities);
    combined.touched.claims.push(...s.touched.claims);
  }
  return combined;
}

/** One line: "nodes 12 created; claims 3 created; relationships 40 created, 2 unchanged". */
export function formatSummary(summary: IngestSummary): string {
  const line = [
    describeTally('nodes', total(Object.values(summary.nodes))),
    describeTally('claims', summary.claims),
    describeTally('relationships', total(Object.values(summary.relationships))),
  ].join('; ');
  return summary.changed ? line : `no change (${line})`;
}

// ---------------------------------------------------------------------------
// Files

export type LoadResult = { ok: true; document: IngestDocument } | { ok: false; errors: DocumentError[] };

/** Reads and validates one document file; unreadable or malformed JSON is reported like any other error. */
export async function loadDocumentFile(file: string): Promise<LoadResult> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `cannot read the file: ${(err as Error).message}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parseDocument(json);
}

export interface FileResult {
  file: string;
  ok: boolean;
  /** One line for a person: the file and its summary, or the file and each error on its own line. */
  message: string;
  summary?: IngestSummary;
  errors?: DocumentError[];
}

export function describeInvalid(file: string, errors: DocumentError[]): string {
  const lines = errors.map((e) => `  ${formatError(e)}`);
  return `${file}: rejected, nothing written (${errors.length} error${errors.length === 1 ? '' : 's'})\n${lines.join('\n')}`;
}

/**
 * Ingests one file: validation, then its own transaction. The graph may be
 * given lazily, so that a run over invalid files never needs a database.
 */
export async function ingestFile(
  graph: Graph | (() => Promise<Graph>),
  file: string,
  options: IngestOptions = {},
): Promise<FileResult> {
  const loaded = await loadDocumentFile(file);
  if (!loaded.ok) return { file, ok: false, message: describeInvalid(file, loaded.errors), errors: loaded.errors };
  // Not reaching the database at all is not this file's fault: that error goes to the caller.
  const target = typeof graph === 'function' ? await graph() : graph;
  try {
    const summary = await ingestDocument(target, loaded.document, options);
    return { file, ok: true, message: `${file}: ok, ${formatSummary(summary)}`, summary };
  } catch (err) {
    if (err instanceof DocumentRejected)
      return { file, ok: false, message: describeInvalid(file, err.errors), errors: err.errors };
    return { file, ok: false, message: `${file}: not written: ${(err as Error).message}` };
  }
}

/** Ingests files one after another, each in its own transaction; one file failing does not stop the others. */
export async function ingestFiles(graph: Graph, files: string[], options: IngestOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) results.push(await ingestFile(graph, file, options));
  return results;
}
