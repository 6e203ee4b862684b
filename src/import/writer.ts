import neo4j from 'neo4j-driver';
import { recordIngest } from '../history/ingest-log.js';
import { addStatusRows, counted, type StatusRow, type Tally } from '../ingest/tally.js';
import type { Graph } from '../neo4j/graph.js';
import type { DatasetRow } from './dataset.js';
import type { GraphRecord, ImportSource, LinkRow, NodeRow } from './source.js';

/**
 * Writes records in batches: each batch one write transaction of a few
 * UNWIND statements (cypher/import/*.cypher) and its history entry, so an
 * import stopped half way leaves whole batches only, and running it again
 * finds them unchanged and writes the rest. Only what differs is written.
 */

export const IMPORT_ACTOR = 'import';
export const IMPORT_OPERATION = 'import';

export interface BatchResult {
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  /** The history entry it recorded; null when it changed nothing. */
  change: string | null;
}

/** Years and counts are integers in the graph, not the floats JavaScript numbers become. */
export function int(value: number | null): unknown {
  return value === null ? null : neo4j.int(value);
}

interface KeyedNode extends NodeRow {
  record: string;
}
interface KeyedLink extends LinkRow {
  record: string;
}

/** One row per node and relationship: the first record of a batch to name one writes it. */
function rowsOf(records: GraphRecord[]) {
  const nodes = new Map<string, KeyedNode>();
  const links = new Map<string, KeyedLink>();
  for (const r of records) {
    for (const n of r.nodes) if (!nodes.has(n.key)) nodes.set(n.key, { ...n, record: r.record });
    for (const l of r.links) {
      const id = `${l.type}|${l.from}|${l.to}`;
      if (!links.has(id)) links.set(id, { ...l, record: r.record });
    }
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

export class BatchWriter {
  constructor(
    private readonly graph: Graph,
    private readonly source: ImportSource<unknown>,
    private readonly dataset: DatasetRow,
    private readonly prefix: string,
    private readonly actor = IMPORT_ACTOR,
  ) {}

  /** The Dataset node, in its own transaction before the first batch. */
  async writeDataset(): Promise<BatchResult> {
    return this.graph.writeTransaction(async (tx) => {
      const rows = (await tx.run('import/dataset', { dataset: this.dataset, actor: this.actor })) as StatusRow[];
      const result: BatchResult = { nodes: {}, relationships: {}, change: null };
      addStatusRows(result.nodes, rows);
      result.change = await recordIngest(tx, { nodes: rows, links: [] }, IMPORT_OPERATION, this.actor);
      return result;
    });
  }

  async write(records: GraphRecord[]): Promise<BatchResult> {
    const { nodes, links } = rowsOf(records);
    const params = { dataset: this.dataset.key, datasetPrefix: this.prefix, actor: this.actor };
    return this.graph.writeTransaction(async (tx) => {
      // A retried transaction starts again from nothing.
      const result: BatchResult = { nodes: {}, relationships: {}, change: null };
      const run = async (statement: string, values: Record<string, unknown[]>, expected: number | null) => {
        const rows = (await tx.run(statement, { ...values, ...params })) as StatusRow[];
        // Every row must come back with a status; a row lost on the way would be a silent partial write.
        if (expected !== null && counted(rows) !== expected) {
          throw new Error(`${statement} accounted for ${counted(rows)} of ${expected} rows`);
        }
        return rows;
      };
      const written = await run('import/nodes', { nodes }, nodes.length);
      const linked = links.length ? await run('import/links', { links }, links.length) : [];
      const after: StatusRow[] = [];
      for (const { statement, type } of this.source.after ?? []) {
        const keys = nodes.filter((n) => n.type === type).map((n) => n.key);
        if (keys.length) after.push(...(await run(statement, { keys }, null)));
      }
      addStatusRows(result.nodes, written);
      addStatusRows(result.relationships, [...linked, ...after]);
      result.change = await recordIngest(
        tx,
        { nodes: written, links: [...linked, ...after] },
        IMPORT_OPERATION,
        this.actor,
      );
      return result;
    });
  }
}
