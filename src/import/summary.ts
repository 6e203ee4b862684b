import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { addTallies, describeTally, emptyTally, total, type Tally } from '../ingest/tally.js';
import type { Encoding } from './reader.js';

/**
 * What an import did, per file and in all: rows read, records made,
 * rows skipped by reason, and what the writes created, updated or found
 * unchanged; and the report file that lists every skipped row.
 */

/** What rows made: of one file, or of a run. */
export interface Counts {
  /** Data rows read (the header and the lines before it not counted). */
  rows: number;
  /** Records the rows made (a SIPRI deal of several rows is one). */
  records: number;
  /** Records left out by --since/--until. */
  outside: number;
  /** Rows skipped, by reason. */
  skipped: Record<string, number>;
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  seconds: number;
}

export function emptyCounts(): Counts {
  return { rows: 0, records: 0, outside: 0, skipped: {}, nodes: {}, relationships: {}, seconds: 0 };
}

export interface FileSummary extends Counts {
  file: string;
  source: string;
  dataset: string;
  encoding: Encoding;
  asOf: string;
  dryRun: boolean;
}

export interface RunSummary extends Counts {
  files: FileSummary[];
}

export function countSkipped(skipped: Record<string, number>): number {
  return Object.values(skipped).reduce((a, b) => a + b, 0);
}

export function combine(files: FileSummary[]): RunSummary {
  const run: RunSummary = { files, ...emptyCounts() };
  for (const f of files) {
    run.rows += f.rows;
    run.records += f.records;
    run.outside += f.outside;
    run.seconds += f.seconds;
    for (const [reason, n] of Object.entries(f.skipped)) run.skipped[reason] = (run.skipped[reason] ?? 0) + n;
    addTallies(run.nodes, f.nodes);
    addTallies(run.relationships, f.relationships);
  }
  return run;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeSkipped(skipped: Record<string, number>): string {
  const n = countSkipped(skipped);
  if (n === 0) return '0 skipped';
  const reasons = Object.entries(skipped)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, count]) => `${reason}: ${count}`);
  return `${n} skipped (${reasons.join('; ')})`;
}

/** All three counts, always: "nodes 0 created, 0 updated, 57 unchanged". */
function counts(what: string, tallies: Record<string, Tally>): string {
  const t = total(Object.values(tallies));
  return `${what} ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;
}

/**
 * A whole number with its thousands separated by commas ("12,345"), as
 * en-US writes it: not through toLocaleString, whose first call loads the
 * locale's data: 20 to 60 ms here, of the half second a small file's
 * whole import takes.
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function rate(rows: number, seconds: number): string {
  return seconds > 0 ? `${grouped(Math.round(rows / seconds))} rows/s` : '';
}

/** The one line a file gets. */
export function formatFile(f: FileSummary): string {
  const read = `${plural(f.rows, 'row')} read (${f.encoding}, as of ${f.asOf}), ${plural(f.records, 'record')}`;
  const outside = f.outside ? `, ${f.outside} outside the period` : '';
  const writes = f.dryRun
    ? 'dry run: nothing written'
    : `${counts('nodes', f.nodes)}; ${counts('relationships', f.relationships)}`;
  return `${f.file}: ${f.source}: ${read}${outside}, ${describeSkipped(f.skipped)}; ${writes}; ${f.seconds.toFixed(1)} s, ${rate(f.rows, f.seconds)}`;
}

/** The closing line of a run. */
export function formatRun(run: RunSummary, dryRun: boolean): string {
  const read = `${plural(run.files.length, 'file')}: ${plural(run.rows, 'row')} read, ${plural(run.records, 'record')}`;
  const outside = run.outside ? `, ${run.outside} outside the period` : '';
  const writes = dryRun
    ? 'dry run: nothing written'
    : `${counts('nodes', run.nodes)}; ${counts('relationships', run.relationships)}`;
  return `${read}${outside}, ${describeSkipped(run.skipped)}; ${writes}`;
}

/** Per kind, for a closer look: "State 3 created; VOTED 15 created". */
export function formatKinds(tallies: Record<string, Tally>): string {
  return Object.entries(tallies)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, t]) => describeTally(kind, t ?? emptyTally()))
    .join('; ');
}

/** A CSV cell, quoted when it must be. */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The --report file: one line per skipped row (file, line, reason, detail), written as rows are skipped. */
export class SkipReport {
  private readonly out: WriteStream;

  constructor(path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.out.write('file,line,reason,detail\n');
  }

  add(file: string, line: number, reason: string, detail: string | undefined): void {
    this.out.write(`${[file, line, reason, detail ?? ''].map(cell).join(',')}\n`);
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
