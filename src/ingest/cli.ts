import { cliConfig, connector, describeCliError } from '../neo4j/standalone.js';
import { combineSummaries, formatSummary, ingestFile, type FileResult } from './ingest.js';

/**
 * npm run ingest -- FILE...
 *
 * Validates and writes ingest documents, each file in its own transaction,
 * against NEO4J_URI or, when that is unset, the embedded Neo4j on the default
 * store. Exits 1 when any file fails, 2 when it cannot run at all.
 */

const USAGE = 'usage: npm run ingest -- FILE.json [FILE.json ...]';

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const config = cliConfig();
  if (!config) return 2;

  const neo4j = connector(config, 'npm run ingest -- FILE.json');
  const results: FileResult[] = [];
  try {
    for (const file of files) {
      const result = await ingestFile(neo4j.graph, file);
      results.push(result);
      process.stdout.write(`${result.message}\n`);
    }
  } catch (err) {
    // Expected failures (no Java, a locked store, Neo4j unreachable) read as sentences, not stack traces.
    process.stderr.write(`${describeCliError(err)}\n`);
    return 2;
  } finally {
    await neo4j.close();
  }

  const done = results.filter((r) => r.ok);
  const failed = results.length - done.length;
  const summaries = done.flatMap((r) => (r.summary ? [r.summary] : []));
  const totals = summaries.length ? `; ${formatSummary(combineSummaries(summaries))}` : '';
  process.stdout.write(
    `${results.length} file${results.length === 1 ? '' : 's'}: ${done.length} ingested, ${failed} failed${totals}\n`,
  );
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
