import type { Graph } from '../neo4j/graph.js';
import { addTallies } from '../ingest/tally.js';
import { datasetPrefix, describeDataset } from './dataset.js';
import { overlaps } from './dates.js';
import { findHeader } from './header.js';
import { progressFor } from './progress.js';
import { openRows } from './reader.js';
import type { GraphRecord, ImportSource, Output, Row } from './source.js';
import { stateTable } from './states.js';
import { combine, emptyCounts, SkipReport, type FileSummary, type RunSummary } from './summary.js';
import { BatchWriter, IMPORT_ACTOR } from './writer.js';

/**
 * One import run: every file's header is checked first (a file of the
 * wrong kind stops the run before anything is written), then each file is
 * streamed, mapped by its source and written in batches. Parsing the next
 * batch overlaps the writing of the last, and two batches may be in their
 * transactions at once (src/import/writer.ts says when one waits for the
 * other).
 */

export interface ImportOptions {
  /** Only records whose period meets [since, until] (ISO dates at any precision). */
  since?: string | null;
  until?: string | null;
  /** Read, map and count, write nothing (and need no database). */
  dryRun?: boolean;
  /** A CSV file listing every skipped row. */
  report?: string | null;
  /** Records per write transaction. */
  batchSize?: number;
  /** Recorded as updatedBy and as the history's actor. */
  actor?: string;
  /** Where the progress bar goes (a terminal), or nothing. */
  progress?: NodeJS.WriteStream | null;
  /** Called with each file's summary as it is done. */
  onFile?: (summary: FileSummary) => void;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Batches in their transactions at once: Neo4j commits one while it works on the next. */
const WRITES_AT_ONCE = 2;
const FIRST_BATCH = 500;

/** Refuses the run (WrongFileError) unless every file has the source's header. */
export async function checkFiles(source: ImportSource<unknown>, files: string[]): Promise<void> {
  for (const file of files) {
    const opened = await openRows(file, { delimiter: source.delimiter, quote: source.quote });
    try {
      await findHeader(opened.rows[Symbol.asyncIterator](), source, file);
    } finally {
      opened.close();
    }
  }
}

/**
 * The records at the end of a full batch that share the last one's group,
 * taken off it for the next batch (none when the whole batch is one group:
 * it is written as it is).
 */
function trailingGroup(records: GraphRecord[]): GraphRecord[] {
  const group = records.at(-1)?.group;
  if (group === undefined) return [];
  let start = records.length - 1;
  while (start > 0 && records[start - 1]!.group === group) start -= 1;
  return start === 0 ? [] : records.slice(start);
}

export async function importFiles(
  graph: (() => Promise<Graph>) | null,
  source: ImportSource<unknown>,
  files: string[],
  options: ImportOptions = {},
): Promise<RunSummary> {
  await checkFiles(source, files);
  const target = options.dryRun || !graph ? null : await graph();
  if (target && source.prepare) await source.prepare(target);
  const report = options.report ? new SkipReport(options.report) : null;
  const summaries: FileSummary[] = [];
  try {
    for (const file of files) {
      const summary = await importFile(target, source, file, options, report);
      summaries.push(summary);
      options.onFile?.(summary);
    }
  } finally {
    await report?.close();
  }
  return combine(summaries);
}

async function importFile(
  graph: Graph | null,
  source: ImportSource<unknown>,
  file: string,
  options: ImportOptions,
  report: SkipReport | null,
): Promise<FileSummary> {
  const started = Date.now();
  const opened = await openRows(file, { delimiter: source.delimiter, quote: source.quote });
  const progress = options.progress ? progressFor(file, opened.size, options.progress) : null;
  try {
    const rows = opened.rows[Symbol.asyncIterator]();
    const header = await findHeader(rows, source, file);
    const dataset = await describeDataset(source, file, header.titleLines);
    const summary: FileSummary = {
      ...emptyCounts(),
      file,
      source: source.name,
      dataset: dataset.key,
      encoding: opened.encoding,
      asOf: dataset.asOf,
      dryRun: Boolean(options.dryRun),
    };
    const writer = graph
      ? new BatchWriter(graph, source, dataset, datasetPrefix(source.name), options.actor ?? IMPORT_ACTOR)
      : null;
    if (writer) {
      const written = await writer.writeDataset();
      addTallies(summary.nodes, written.nodes);
    }

    const since = options.since ?? null;
    const until = options.until ?? null;
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    let batch: GraphRecord[] = [];
    const pending: Promise<void>[] = [];
    let writing = false;
    let failure: unknown = null;

    const out: Output = {
      record(record) {
        summary.records += 1;
        if (!overlaps(record.period, since, until)) {
          summary.outside += 1;
          return;
        }
        batch.push(record);
      },
      skip(line, reason, detail, listed = true) {
        summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
        if (listed) report?.add(file, line, reason, detail);
      },
    };
    opened.onParseSkip(({ line, reason }) => out.skip(line, reason));

    // Batches are written while the next is read and mapped.
    const flush = async (last = false) => {
      const records = batch;
      batch = last ? [] : trailingGroup(records);
      records.length -= batch.length;
      while (pending.length >= WRITES_AT_ONCE) await pending.shift();
      if (failure) throw failure;
      if (!writer || records.length === 0) return;
      const write = writer.write(records).then(
        (result) => {
          addTallies(summary.nodes, result.nodes);
          addTallies(summary.relationships, result.relationships);
        },
        (err: unknown) => {
          failure ??= err;
        },
      );
      pending.push(write);
      writing = true;
    };

    const mapper = source.mapper(header.layout, { file, dataset: dataset.key, states: stateTable() });
    const each = (row: Row) => {
      summary.rows += 1;
      mapper.row(row, out);
    };
    for (const row of header.pending) each(row);
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      each(next.value);
      // The first batch is small, so that the graph starts writing while the rest is read.
      if (batch.length >= (writing ? batchSize : Math.min(batchSize, FIRST_BATCH))) {
        await flush();
        progress?.update(opened.bytesRead(), summary.rows);
      }
    }
    mapper.end(out);
    await flush(true);
    await Promise.all(pending);
    if (failure) throw failure;
    if (writer && source.finish) {
      const finished = await writer.finish();
      addTallies(summary.relationships, finished.relationships);
    }
    summary.seconds = (Date.now() - started) / 1000;
    return summary;
  } finally {
    progress?.stop();
    opened.close();
  }
}
