import type { WrittenLink, WrittenNode } from '../history/ingest-log.js';
/**
 * Counts of what a write created, updated or found already there, by kind
 * (a node label or a relationship type), as the batched statements of
 * ingest and import report them: one row per kind and status.
 */

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

/** A statement's report: how many rows of one kind got one status, their keys, and what changed. */
export interface StatusRow {
  kind: string;
  status: keyof Tally;
  count: number;
  /** The keys of the rows counted (for relationships, the keys of both ends). */
  keys: string[];
  /** For rows created or updated: what they were and are, for the history. */
  changes?: (WrittenNode | WrittenLink)[];
}

export function emptyTally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** Adds a statement's status rows to tallies by kind. */
export function addStatusRows(tallies: Record<string, Tally>, rows: StatusRow[]): void {
  for (const { kind, status, count } of rows) {
    (tallies[kind] ??= emptyTally())[status] += count;
  }
}

/** How many rows a statement's report accounts for. */
export function counted(rows: StatusRow[]): number {
  return rows.reduce((n, r) => n + r.count, 0);
}

export function total(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally();
  for (const t of tallies) {
    sum.created += t.created;
    sum.updated += t.updated;
    sum.unchanged += t.unchanged;
  }
  return sum;
}

/** Adds tallies by kind into the first. */
export function addTallies(into: Record<string, Tally>, from: Record<string, Tally>): void {
  for (const [kind, t] of Object.entries(from)) into[kind] = total([into[kind] ?? emptyTally(), t]);
}

/** "nodes 12 created, 3 unchanged", or "nodes none". */
export function describeTally(what: string, t: Tally): string {
  const parts = [
    t.created && `${t.created} created`,
    t.updated && `${t.updated} updated`,
    t.unchanged && `${t.unchanged} unchanged`,
  ].filter(Boolean);
  return `${what} ${parts.length ? parts.join(', ') : 'none'}`;
}
