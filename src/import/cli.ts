import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cliConfig, connector, describeCliError } from '../neo4j/standalone.js';
import { parseDate } from './dates.js';
import { WrongFileError } from './header.js';
import { DEFAULT_BATCH_SIZE, importFiles } from './run.js';
import { SOURCES, sourceNames } from './sources.js';
import { formatFile, formatRun } from './summary.js';

/**
 * npm run import -- SOURCE FILE... [--since YYYY-MM-DD] [--until YYYY-MM-DD]
 *                   [--dry-run] [--report FILE] [--batch-size N]
 *
 * Imports public datasets (src/import/sources.ts) into the graph at
 * NEO4J_URI or, when that is unset, the embedded Neo4j on the default
 * store, as `npm run ingest` does. Exits 1 when a file is refused or a
 * write fails, 2 when it cannot run at all; skipped rows are reported, and
 * are no failure.
 */

const USAGE =
  `usage: npm run import -- SOURCE FILE... [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--dry-run] [--report FILE] [--batch-size N]\n` +
  `sources: ${sourceNames().join(', ')}`;

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        report: { type: 'string' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [name, ...files] = positionals;
  if (values.help || !name) return fail(USAGE);
  const source = SOURCES[name];
  if (!source) return fail(`Unknown source "${name}": one of ${sourceNames().join(', ')}.`);
  if (files.length === 0) return fail(`No file given.\n${USAGE}`);
  const missing = files.find((f) => !existsSync(f));
  if (missing) return fail(`${missing}: no such file.`);
  const since = values.since ? parseDate(values.since) : null;
  const until = values.until ? parseDate(values.until) : null;
  if (values.since && !since) return fail(`--since ${values.since}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD.`);
  if (values.until && !until) return fail(`--until ${values.until}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD.`);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    return fail(`--batch-size ${values['batch-size']}: expected a whole number from 1 to 100000.`);
  }

  const dryRun = values['dry-run'];
  const config = dryRun ? null : cliConfig();
  if (!dryRun && !config) return 2;
  const neo4j = config ? connector(config, `npm run import -- ${name} FILE...`) : null;
  try {
    const run = await importFiles(neo4j ? neo4j.graph : null, source.create(), files, {
      since,
      until,
      dryRun,
      report: values.report ?? null,
      batchSize,
      progress: process.stderr,
      onFile: (summary) => process.stdout.write(`${formatFile(summary)}\n`),
    });
    process.stdout.write(`${formatRun(run, dryRun)}\n`);
    if (values.report) process.stdout.write(`Skipped rows are listed in ${values.report}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof WrongFileError) return fail(err.message, 1);
    return fail(describeCliError(err), 1);
  } finally {
    await neo4j?.close();
  }
}

// A promise, not a top-level await: the command runs as a script (scripts/run-bundled.mjs).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
