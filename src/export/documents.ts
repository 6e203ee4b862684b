import { parseDocument, quoteProblem, type DocumentError } from '../ingest/document.js';
import type { Graph } from '../neo4j/graph.js';
import { ingestOrder } from './order.js';

/**
 * The graph as ingest documents (docs/model.md, "Export"): one per article,
 * with what that article sourced (the entities it mentions, the
 * relationships whose sources name it, the claims it reports, each claim
 * with the links that article gave it), and one for what has no source
 * (entities and relationships that mutations wrote without one). Ingesting
 * them in file order into an empty graph rebuilds the same graph: the same
 * nodes, labels, properties and relationships, each `sources` list in its
 * order. Who wrote what and when (updatedBy, updatedAt) and the history
 * are not part of documents: the rebuilt graph records its own.
 *
 * Every document is checked with the ingest rules before it is handed
 * out; what cannot be written as a valid document is reported, not lost
 * silently.
 */

type Props = Record<string, unknown>;

export interface ExportedDocument {
  /** The file name, numbered in the order the documents must be ingested. */
  name: string;
  /** The article the document is for; null for the one without a source. */
  article: string | null;
  document: {
    sources: Props[];
    entities: Props[];
    relationships: Props[];
    claims: Props[];
  };
}

export interface ExportProblem {
  document: string;
  message: string;
}

/** What each export statement returns, parsed. */
interface EntityRow extends Props {
  key: string;
  labels: string[];
}
/** An article's or a source's properties by key (export/sources.cypher). */
interface SourceRow {
  key: string;
  props: Props;
}
interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  props: Props;
}
interface ClaimLink {
  type: 'MADE' | 'ON_BEHALF_OF' | 'TARGETS' | 'ABOUT' | 'ANSWERS';
  key: string;
  sources: string[] | null;
}
interface ClaimRow {
  key: string;
  props: Props;
  links: ClaimLink[];
  articles: string[];
}

/** Written by every write and kept out of documents; `labels` is how statements hand back a node's labels. */
const NOT_IN_DOCUMENTS = new Set(['updatedBy', 'updatedAt', 'labels']);

function own(props: Props, leaveOut: string[] = []): Props {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k, v]) => !NOT_IN_DOCUMENTS.has(k) && !leaveOut.includes(k) && v !== null && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function documentSource(props: Props): Props {
  const { key, category, title, publisher, publishedOn, url, text, ...rest } = own(props);
  return { key, category, title, publisher, publishedOn, url, text, ...rest };
}

/** An entity declared in a document; `sources: []` declares it without a mention. */
function documentEntity(row: EntityRow, sources?: string[]): Props {
  const { key, name, aliases, ...rest } = own(row);
  const type = row.labels.find((l) => l !== 'Entity');
  return { key, type, name, aliases, ...rest, ...(sources ? { sources } : {}) };
}

function documentRelationship(r: RelationshipRow): Props {
  const { key, ...rest } = own(r.props, ['sources']);
  return { type: r.type, from: r.from, to: r.to, ...(key ? { key } : {}), ...rest };
}

/** The entity keys a relationship names: its ends, and a signature's principal. */
function relationshipRefs(r: RelationshipRow): string[] {
  return [r.from, r.to, ...(typeof r.props.onBehalfOf === 'string' ? [r.props.onBehalfOf] : [])];
}

function fileSlug(key: string): string {
  return key
    .replace(/^article:/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(0, 120);
}

export class DocumentExporter {
  readonly problems: ExportProblem[] = [];
  /** Sources lists that the file order cannot rebuild as they are (lists that disagree). */
  unmetOrders = 0;
  private readonly quotesKept = new Set<string>();
  private readonly quoted = new Map<string, string>();
  private readonly claims = new Map<string, ClaimRow>();

  constructor(private readonly graph: Graph) {}

  private problem(document: string, message: string) {
    this.problems.push({ document, message });
  }

  private async entities(keys: string[]): Promise<Map<string, EntityRow>> {
    if (keys.length === 0) return new Map();
    const rows = await this.graph.read<{ entity: EntityRow }>('export/entities', { keys });
    return new Map(rows.map((r) => [r.entity.key, r.entity]));
  }

  private async claimRows(keys: string[]): Promise<ClaimRow[]> {
    const missing = keys.filter((k) => !this.claims.has(k));
    if (missing.length) {
      for (const r of await this.graph.read<ClaimRow>('export/claims', { keys: missing })) this.claims.set(r.key, r);
    }
    return keys.map((k) => this.claims.get(k)).filter((c): c is ClaimRow => c !== undefined);
  }

  /**
   * A claim as one article reports it: the links that article gave it, the
   * quote where it is found in that article's text. `sources` is written
   * only when it is not the document's first source.
   */
  private documentClaim(
    name: string,
    claim: ClaimRow,
    source: string,
    text: string | null,
    explicit: boolean,
  ): Props | null {
    const links = (type: ClaimLink['type']) => claim.links.filter((l) => l.type === type);
    const from = (type: ClaimLink['type']) =>
      links(type)
        .filter((l) => (l.sources ?? []).includes(source))
        .map((l) => l.key)
        .sort();
    const speaker = from('MADE')[0] ?? links('MADE')[0]?.key;
    if (!speaker) {
      this.problem(
        name,
        `${claim.key} has no speaker (no MADE relationship); it cannot be written as a document claim`,
      );
      return null;
    }
    const onBehalfOf = from('ON_BEHALF_OF');
    const answers = from('ANSWERS');
    if (onBehalfOf.length > 1)
      this.problem(
        name,
        `${claim.key} was made on behalf of ${onBehalfOf.join(' and ')} in ${source}; a document names one, ${onBehalfOf[0]}`,
      );
    if (answers.length > 1)
      this.problem(
        name,
        `${claim.key} answers ${answers.join(' and ')} in ${source}; a document names one, ${answers[0]}`,
      );
    const { kind, allegation, madeOn, quote, origin, key: _key, ...rest } = own(claim.props);
    // Documents carry an article's words, which ingest stores as reported; a dataset's coded claims are rebuilt by importing the dataset again.
    if (origin !== undefined && origin !== 'REPORTED')
      this.problem(
        name,
        `${claim.key} is ${String(origin).toLowerCase()} by a dataset, not reported in an article's words; import its dataset again to rebuild it`,
      );
    for (const field of Object.keys(rest))
      this.problem(name, `${claim.key} has a property ${field} that documents do not have`);
    if (typeof quote === 'string') this.quoted.set(claim.key, name);
    const quoteHere = typeof quote === 'string' && text !== null && quoteProblem(quote, text) === undefined;
    if (quoteHere) this.quotesKept.add(claim.key);
    const targets = from('TARGETS');
    const about = from('ABOUT');
    return {
      key: claim.key,
      kind,
      speaker,
      ...(onBehalfOf[0] ? { onBehalfOf: onBehalfOf[0] } : {}),
      ...(targets.length ? { target: targets } : {}),
      allegation,
      ...(about.length ? { about } : {}),
      ...(madeOn !== undefined ? { madeOn } : {}),
      ...(quoteHere ? { quote } : {}),
      ...(answers[0] ? { answers: answers[0] } : {}),
      ...(explicit ? { sources: [source] } : {}),
    };
  }

  /** The article a claim is filed under when another document needs it (a claim it answers): its first source. */
  private firstSourceOf(claim: ClaimRow): string | undefined {
    return claim.links.find((l) => l.type === 'MADE')?.sources?.[0] ?? claim.articles[0];
  }

  /**
   * The documents, in the order they must be ingested: one per article,
   * then the one without a source (when there is anything without one).
   */
  async *documents(): AsyncGenerator<ExportedDocument> {
    const articles = (await this.graph.read<{ key: string }>('export/articles')).map((r) => r.key);
    const relationships = await this.graph.read<RelationshipRow>('export/relationships');
    const byArticle = new Map<string, RelationshipRow[]>();
    const unsourced: RelationshipRow[] = [];
    const lists: string[][] = [];
    for (const r of relationships) {
      const sources = (r.props.sources as string[] | undefined) ?? [];
      if (sources.length === 0) unsourced.push(r);
      for (const s of new Set(sources)) (byArticle.get(s) ?? byArticle.set(s, []).get(s)!).push(r);
      if (sources.length > 1) lists.push(sources);
    }
    for (const r of await this.graph.read<{ sources: string[] }>('export/claim-source-lists')) lists.push(r.sources);
    const known = new Set(articles);
    for (const key of byArticle.keys()) {
      if (!known.has(key))
        this.problem('(export)', `relationships name ${key} among their sources, but no article has that key`);
    }

    const { order, unmet } = ingestOrder(articles, lists);
    this.unmetOrders = unmet;
    const width = Math.max(4, String(order.length).length);
    for (const [i, article] of order.entries()) {
      const name = `${String(i + 1).padStart(width, '0')}-${fileSlug(article)}.json`;
      yield this.checked(name, article, await this.articleDocument(name, article, byArticle.get(article) ?? []));
    }
    const rest = await this.unsourcedDocument('unsourced.json', unsourced);
    if (rest.entities.length + rest.relationships.length > 0) yield this.checked('unsourced.json', null, rest);

    for (const [claim, document] of this.quoted) {
      if (!this.quotesKept.has(claim)) {
        this.problem(
          document,
          `${claim}: its quote is not found verbatim in the text of any of its sources, so no document can carry it`,
        );
      }
    }
  }

  private checked(name: string, article: string | null, document: ExportedDocument['document']): ExportedDocument {
    const parsed = parseDocument(JSON.parse(JSON.stringify(document)));
    if (!parsed.ok) {
      for (const e of parsed.errors as DocumentError[])
        this.problem(name, `${e.path ? `${e.path}: ` : ''}${e.message}`);
    }
    return { name, article, document };
  }

  private async articleDocument(
    name: string,
    article: string,
    relationships: RelationshipRow[],
  ): Promise<ExportedDocument['document']> {
    const [sourced] = await this.graph.read<{ mentioned: EntityRow[]; claims: string[] }>('export/sourced-by', {
      key: article,
    });
    const mentioned = new Map<string, EntityRow>(sourced!.mentioned.map((e) => [e.key, e]));
    const texts = new Map<string, string | null>();
    const sourceRows = async (keys: string[]) => {
      const wanted = keys.filter((k) => !texts.has(k));
      const rows = wanted.length ? await this.graph.read<SourceRow>('export/sources', { keys: wanted }) : [];
      for (const r of rows) texts.set(r.key, (r.props.text as string | undefined) ?? null);
      return rows;
    };
    const sources: SourceRow[] = await sourceRows([article]);

    // The article's own claims, then the claims they answer, filed as their first source reports them.
    const claims = new Map<string, Props>();
    const pending: { claim: ClaimRow; source: string }[] = (await this.claimRows(sourced!.claims)).map((claim) => ({
      claim,
      source: article,
    }));
    while (pending.length) {
      const { claim, source } = pending.shift()!;
      if (claims.has(claim.key)) continue;
      if (!texts.has(source)) sources.push(...(await sourceRows([source])));
      const written = this.documentClaim(name, claim, source, texts.get(source) ?? null, source !== article);
      if (!written) continue;
      claims.set(claim.key, written);
      const answered = written.answers as string | undefined;
      if (answered && !claims.has(answered)) {
        const [row] = await this.claimRows([answered]);
        const first = row && this.firstSourceOf(row);
        if (row && first) pending.push({ claim: row, source: row.articles.includes(article) ? article : first });
        else this.problem(name, `${claim.key} answers ${answered}, which has no source to file it under`);
      }
    }

    const refs = new Set<string>();
    for (const r of relationships) relationshipRefs(r).forEach((k) => refs.add(k));
    for (const c of claims.values()) {
      for (const k of [c.speaker, c.onBehalfOf, ...((c.target as string[]) ?? []), ...((c.about as string[]) ?? [])]) {
        if (typeof k === 'string') refs.add(k);
      }
    }
    const others = await this.entities([...refs].filter((k) => !mentioned.has(k)).sort());
    return {
      sources: sources.map((r) => documentSource(r.props)),
      entities: [
        ...[...mentioned.values()].sort((a, b) => a.key.localeCompare(b.key)).map((e) => documentEntity(e)),
        ...[...others.values()].map((e) => documentEntity(e, [])),
      ],
      relationships: relationships.map(documentRelationship),
      claims: [...claims.values()].sort((a, b) => String(a.key).localeCompare(String(b.key))),
    };
  }

  private async unsourcedDocument(
    name: string,
    relationships: RelationshipRow[],
  ): Promise<ExportedDocument['document']> {
    const entities = new Map<string, EntityRow>(
      (await this.graph.read<{ entity: EntityRow }>('export/unsourced-entities')).map((r) => [r.entity.key, r.entity]),
    );
    const refs = [...new Set(relationships.flatMap(relationshipRefs))].filter((k) => !entities.has(k)).sort();
    const others = await this.entities(refs);
    for (const k of refs) if (!others.has(k)) this.problem(name, `a relationship names ${k}, which is not an entity`);
    return {
      sources: [],
      entities: [...entities.values(), ...others.values()].map((e) => documentEntity(e)),
      relationships: relationships.map(documentRelationship),
      claims: [],
    };
  }
}
