import { createHash } from 'node:crypto';
import { cypherFile, cypherNames, cypherStatements } from '../cypher.js';
import type { Graph } from './graph.js';

/**
 * Applies cypher/schema/*.cypher in name order, each file once: a file
 * applied is recorded in the graph as a (:Migration {name, checksum,
 * appliedAt}) node, and later starts skip it while its text is the same.
 * A data migration (a MATCH ... SET over every claim) so runs once rather
 * than scanning the graph at every start; a file whose text changed is
 * applied again, which its statements allow (IF NOT EXISTS, a SET that
 * finds nothing left to do). Schema commands cannot share a transaction
 * with other writes, so each statement runs on its own. A statement that
 * writes in batches (CALL { ... } IN TRANSACTIONS, to move a million
 * claims' links) commits each batch itself and cannot run inside a
 * transaction: it runs in an implicit one. Returns how many statements ran.
 */
export async function migrate(graph: Graph): Promise<number> {
  const recorded = new Map(
    (await graph.read<{ name: string; checksum: string }>('admin/migrations')).map((m) => [m.name, m.checksum]),
  );
  let applied = 0;
  for (const name of cypherNames('schema/')) {
    // Of the file as written, as stores already record it.
    const checksum = createHash('sha256').update(cypherFile(name)).digest('hex');
    if (recorded.get(name) === checksum) continue;
    applied += await applySchemaFile(graph, name);
    await graph.write('admin/record-migration', { name, checksum });
  }
  if (applied > 0) await graph.awaitIndexes(300);
  return applied;
}

/** Runs the statements of one schema file (`schema/010_coded_claim_links`), each on its own; returns how many. */
export async function applySchemaFile(graph: Graph, name: string): Promise<number> {
  const statements = cypherStatements(name);
  for (const statement of statements) await runSchemaStatement(graph, statement);
  return statements.length;
}

/** One statement of a schema file: one that commits its own batches in an implicit transaction, others in their own. */
export async function runSchemaStatement(graph: Graph, statement: string): Promise<void> {
  if (BATCHED.test(statement)) await runImplicit(graph, statement);
  else await graph.driver.executeQuery(statement, {}, { database: graph.database, routing: 'WRITE' });
}

/** A statement that commits its own batches. */
const BATCHED = /\bIN\s+TRANSACTIONS\b/i;

async function runImplicit(graph: Graph, statement: string): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    // No timeout: the store's (60 s) would end the statement that runs the
    // batches, however many of them are left; each batch commits on its own.
    await session.run(statement, {}, { timeout: 0 }).summary();
  } finally {
    await session.close();
  }
}

/**
 * The migrations that derive data from the claims: the claim tallies and
 * the copies on claims' target links, which every write keeps true. Claims
 * written behind the API's back (the benchmark's generated graphs, a
 * test's planted hub) need them derived again.
 */
const DERIVED_FROM_CLAIMS = ['schema/009_claim_tallies', 'schema/011_claim_target_index'];

/** Builds the claim tallies and the target links' copies again from the claims, as the migrations do. */
export async function deriveFromClaims(graph: Graph): Promise<void> {
  for (const name of DERIVED_FROM_CLAIMS)
    for (const statement of cypherStatements(name))
      if (!/^CREATE (CONSTRAINT|INDEX)/.test(statement)) await runSchemaStatement(graph, statement);
}
