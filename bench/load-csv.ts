import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

/**
 * node scripts/run-bundled.mjs bench/load-csv.ts STATEMENT.cypher PARAMS.json
 *
 * One LOAD CSV statement run from a process of its own, as a user runs it
 * from a client: start, connect to NEO4J_URI, run, close. npm run
 * bench:import times it from start to exit, as it times `npm run import`,
 * so that on a file of a few hundred rows both sides pay for starting a
 * process and connecting. $batch arrives as a number and is sent as the
 * integer `IN TRANSACTIONS OF` needs.
 */

async function main([statementFile, paramsFile]: string[]): Promise<void> {
  if (!statementFile || !paramsFile) throw new Error('usage: bench/load-csv.ts STATEMENT.cypher PARAMS.json');
  const params = JSON.parse(readFileSync(paramsFile, 'utf8')) as Record<string, unknown>;
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://localhost:7687');
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run(readFileSync(statementFile, 'utf8'), { ...params, batch: neo4j.int(Number(params.batch)) });
  } finally {
    await session.close();
    await driver.close();
  }
}

// A promise, not a top-level await: the command runs as a script (scripts/run-bundled.mjs).
void main(process.argv.slice(2)).then(
  () => undefined,
  (err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  },
);
