import type { Graph } from '../neo4j/graph.js';
import { addTallies } from '../ingest/tally.js';
import { datasetPrefix, describeDataset } from './dataset.js';
import { overlaps } from './dates.js';
import { findHeader, type Header } from './header.js';
import { progressFor } from './progress.js';
import { openRows, type OpenedRows } from './reader.js';
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

/** A file opened and its header found: its rows read on from there. */
interface Checked {
  /** How long opening it and finding its header took (ms): part of the file's import time, which leaves out connecting. */
  openMs: number;
  opened: OpenedRows;
  rows: AsyncIterator<Row>;
  header: Header<unknown>;
}

/** Opens a file and finds its header; throws WrongFileError (the file closed) when it has none. */
async function check(source: ImportSource<unknown>, file: string): Promise<Checked> {
  const started = Date.now();
  const opened = await openRows(file, { delimiter: source.delimiter, quote: source.quote });
  try {
    const rows = opened.rows[Symbol.asyncIterator]();
    const header = await findHeader(rows, source, file);
    return { openMs: Date.now() - started, opened, rows, header };
  } catch (err) {
    opened.close();
    throw err;
  }
}

/**
 * Refuses the run (WrongFileError) unless every file has the source's
 * header. The first file is kept open where its header ended, for its
 * import to read on, rather than opened and its encoding judged again.
 */
export async function checkFiles(source: ImportSource<unknown>, files: string[]): Promise<Checked | null> {
  let first: Checked | null = null;
  try {
    for (const file of files) {
      const checked = await check(source, file);
      if (first) checked.opened.close();
      else first = checked;
    }
  } catch (err) {
    first?.opened.close();
    throw err;
  }
  return first;
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

/**
 * Reads rows on, up to `most`, until `pending` settles, then waits for it:
 * the importer parses while the graph answers what the source asked it
 * rather than in turn (SIPRI's names of weapons and groups take a few
 * tenths of a second to read from a large graph).
 */
async function readWhile(pending: Promise<void>, rows: AsyncIterator<Row>, most: number): Promise<Row[]> {
  let settled = false;
  const settle = () => {
    settled = true;
  };
  void pending.then(settle, settle);
  const read: Row[] = [];
  while (!settled && read.length < most) {
    const next = await rows.next();
    if (next.done) break;
    read.push(next.value);
  }
  await pending;
  return read;
}

export async function importFiles(
  graph: (() => Promise<Graph>) | null,
  source: ImportSource<unknown>,
  files: string[],
  options: ImportOptions = {},
): Promise<RunSummary> {
  const first = await checkFiles(source, files);
  let report: SkipReport | null = null;
  const summaries: FileSummary[] = [];
  try {
    const target = options.dryRun || !graph ? null : await graph();
    // What the source maps rows against is read while the first rows are (importFile waits for it).
    const prepared = target && source.prepare ? source.prepare(target) : null;
    // A failure is thrown where importFile waits for it, not left unhandled when the run stops before.
    prepared?.catch(() => undefined);
    report = options.report ? new SkipReport(options.report) : null;
    for (const [i, file] of files.entries()) {
      const summary = await importFile(target, source, file, options, report, i === 0 ? first : null, prepared);
      summaries.push(summary);
      options.onFile?.(summary);
    }
  } finally {
    first?.opened.close();
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
  checked: Checked | null,
  prepared: Promise<void> | null,
): Promise<FileSummary> {
  const entered = Date.now();
  const { openMs, opened, rows, header } = checked ?? (await check(source, file));
  // From opening the file, as if it were opened now: the first file's, opened before connecting, counts without that.
  const started = checked ? entered - openMs : entered;
  const progress = options.progress ? progressFor(file, opened.size, options.progress) : null;
  try {
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
    // The Dataset node is written in the first batch's transaction when that is the file's only one, else beside it.
    let datasetWritten = false;

    const since = options.since ?? null;
    const until = options.until ?? null;
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    let batch: GraphRecord[] = [];
    const pending: Promise<void>[] = [];
    let writing = false;
    let whole = false;
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
    opened.onParseSkip(({ line, reason, detail }) => out.skip(line, reason, detail));

    // Batches are written while the next is read and mapped.
    const flush = async (last = false) => {
      const records = batch;
      batch = last ? [] : trailingGroup(records);
      records.length -= batch.length;
      while (pending.length >= WRITES_AT_ONCE) await pending.shift();
      if (failure) throw failure;
      if (!writer) return;
      // A file whose records fit one batch is one transaction: its Dataset node, its records and the source's finish.
      whole = last && !datasetWritten;
      if (!datasetWritten) {
        datasetWritten = true;
        if (!whole) {
          const dataset = writer.writeDataset().then(
            (result) => addTallies(summary.nodes, result.nodes),
            (err: unknown) => {
              failure ??= err;
            },
          );
          pending.push(dataset);
        }
      }
      if (records.length === 0 && !whole) return;
      const write = (whole ? writer.writeWhole(records) : writer.write(records)).then(
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

    const early = prepared ? await readWhile(prepared, rows, batchSize) : [];
    const mapper = source.mapper(header.layout, { file, dataset: dataset.key, states: stateTable() });
    const each = async (row: Row) => {
      summary.rows += 1;
      mapper.row(row, out);
      // The first batch is small, so that the graph starts writing while the rest is read.
      if (batch.length >= (writing ? batchSize : Math.min(batchSize, FIRST_BATCH))) {
        await flush();
        progress?.update(opened.bytesRead(), summary.rows);
      }
    };
    for (const row of header.pending) await each(row);
    for (const row of early) await each(row);
    for (let next = await rows.next(); !next.done; next = await rows.next()) await each(next.value);
    mapper.end(out);
    await flush(true);
    await Promise.all(pending);
    if (failure) throw failure;
    if (writer && source.finish && !whole) {
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
