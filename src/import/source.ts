import type { ClaimKind, ClaimOrigin, EntityType, RelationshipType } from '../domain/index.js';
import type { Graph } from '../neo4j/graph.js';
import type { StateTable } from './states.js';

/**
 * What an importer is: how to recognise its files, and what each of their
 * rows becomes in the graph. The framework (src/import/run.ts) streams the
 * rows, batches the records, writes them and reports; a source only maps.
 */

export type Props = Record<string, unknown>;

/** A node an import writes (cypher/import/nodes.cypher). */
export interface NodeRow {
  key: string;
  type: EntityType;
  /** The dataset's own values: written when they differ; a null clears one. */
  props: Props;
  /** Values an article may also give (name, title, date): written where the node has none, or on a node no article mentions. */
  fill: Props;
  /** Other names, added to a node no article mentions. */
  aliases: string[];
}

/** A relationship an import writes (cypher/import/links.cypher), identified by its type and ends. */
export interface LinkRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: LinkValues;
  fill: LinkValues;
}

/**
 * What a relationship an import writes says beside its ends and
 * provenance: a member's vote. cypher/import/create-links.cypher writes
 * these by name (a value it does not name would be lost there), so a new
 * one is added here and there together.
 */
export interface LinkValues {
  vote?: string;
}

/** What one record of a dataset becomes: the nodes and relationships it writes, named by its id in the dataset. */
export interface GraphRecord {
  /** Its id in the dataset: undl_id, SIPRI deal id, a veto's draft symbol, GLOBALEVENTID. */
  record: string;
  /** The line it starts on, for messages. */
  line: number;
  /** When it happened, ISO at its precision, for --since and --until; null ends are open. */
  period: { start: string | null; end: string | null };
  nodes: NodeRow[];
  links: LinkRow[];
  /** Claims a dataset codes (GDELT's events), written after the nodes they name (cypher/import/claims.cypher). */
  claims?: ClaimRow[];
  /**
   * Records that write the same node and come one after another (a
   * resolution's votes): a batch ends between groups where it can, so that
   * the next batch does not name what this one creates and need not wait
   * for it to commit (src/import/writer.ts).
   */
  group?: string;
}

/**
 * What a coded claim says: its kind, origin, allegation and date, and the
 * dataset's own measures of the event (GDELT's), each left out when the
 * dataset has none. cypher/import/create-claims.cypher writes these by
 * position, in the order of CLAIM_VALUES (src/import/writer.ts), and
 * import/claims by name (a property they do not name would be lost
 * there), so a new one is added in all three places.
 */
export interface CodedClaimProps {
  kind: ClaimKind;
  origin: ClaimOrigin;
  allegation: string;
  madeOn: string;
  eventCode?: string;
  rootEvent?: boolean;
  goldstein?: number;
  avgTone?: number;
  /** Integers, as neo4j-driver's int(). */
  numMentions?: unknown;
  numSources?: unknown;
  numArticles?: unknown;
}

/**
 * A claim a dataset codes: origin CODED, made by one entity against
 * another, with the article it was coded from as its source (an Article
 * with a URL and no text, shared by every claim coded from it).
 */
export interface ClaimRow {
  key: string;
  props: CodedClaimProps;
  speaker: string;
  target: string;
  article: { key: string; url: string; publisher: string | null };
}

/** One row of a file: its cells and the line it starts on (1-based). */
export interface Row {
  line: number;
  cells: string[];
}

/** Where a mapper puts what it makes of rows. */
export interface Output {
  record(record: GraphRecord): void;
  /**
   * A row that is not imported: `reason` groups it in the summary, `detail`
   * says which value. `listed` false counts it without listing it in the
   * report, for rows that are well formed but not for the graph (GDELT's
   * events of kinds that are not claims), which would bury the malformed.
   */
  skip(line: number, reason: string, detail?: string, listed?: boolean): void;
}

/** Maps the rows of one file, in order. A mapper may hold rows back until a record is complete (SIPRI's deal rows). */
export interface Mapper {
  row(row: Row, out: Output): void;
  /** The end of the file: emit what is held back. */
  end(out: Output): void;
}

export interface MapContext {
  file: string;
  /** The Dataset key every record names. */
  dataset: string;
  states: StateTable;
}

/** The dataset a source imports, as its Dataset nodes name it. */
export interface DatasetInfo {
  name: string;
  publisher: string;
  url: string;
}

export interface ImportSource<Layout = unknown> {
  /** As typed on the command line: `sipri`. */
  name: string;
  /** What its files are, in a sentence's words: "a SIPRI Arms Transfers Database export". */
  title: string;
  dataset: DatasetInfo;
  /** The header (or the shape of a headerless file) it expects, as a refused file's message names it. */
  expected: string;
  /** The cell delimiter (a comma unless said). */
  delimiter?: string;
  /** The quote character, or false for files that never quote (GDELT's tab-separated exports). */
  quote?: string | false;
  /**
   * Recognises a header row and returns the file's layout (where each
   * column is), or null. Rows before it are title and note lines. A
   * headerless source recognises its first data row, which is then mapped.
   */
  recognise(cells: string[]): Layout | null;
  /** True when the file has no header row (GDELT). */
  headerless?: boolean;
  /** The export's date, from the title lines before the header or the file's name, when they give one. */
  asOf?(titleLines: string[][], file?: string): string | null;
  /** Look-ups from the graph, once before the first batch (weapon systems by name); skipped in a dry run. */
  prepare?(graph: Graph): Promise<void>;
  mapper(layout: Layout, context: MapContext): Mapper;
  /**
   * Statements run once a file's batches are written, in a transaction of
   * their own, given `$dataset` (the file's Dataset key) and `$actor`.
   * They return relationship rows as import/links does (for the summary
   * and the history).
   */
  finish?: string[];
}
