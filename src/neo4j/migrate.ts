import { cypherNames, cypherStatements } from '../cypher.js';
import type { Graph } from './graph.js';

/**
 * Applies cypher/schema/*.cypher in name order. Every statement there is
 * idempotent (IF NOT EXISTS), so this runs at every start. Schema commands
 * cannot share a transaction with other writes, so each runs on its own.
 */
export async function migrate(graph: Graph): Promise<number> {
  let applied = 0;
  for (const name of cypherNames('schema/')) {
    for (const statement of cypherStatements(name)) {
      await graph.driver.executeQuery(statement, {}, { database: graph.database, routing: 'WRITE' });
      applied += 1;
    }
  }
  await graph.awaitIndexes(300);
  return applied;
}
