import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cliConfig, withGraph } from '../neo4j/standalone.js';
import { DocumentExporter } from './documents.js';
import { fingerprint, FINGERPRINT_COVERS, formatFingerprint } from './fingerprint.js';

/**
 * npm run export -- DIR
 *
 * Writes the whole graph as ingest documents into DIR (src/export/
 * documents.ts), from NEO4J_URI or, when that is unset, the embedded Neo4j
 * on NEO4J_STORE_DIR (which must not be open in a running server).
 * `npm run ingest -- DIR/*.json` on an empty graph rebuilds it. Progress
 * goes to stderr; the summary and the graph's fingerprint to stdout.
 * Exits 0 when every document was written and valid, 1 when anything
 * failed, 2 on a usage or configuration error.
 */

const USAGE = 'usage: npm run export -- DIR   (an empty or new folder; then: npm run ingest -- DIR/*.json)';

/** The folder to write into: created when missing; one holding documents already is refused, so DIR/*.json is this export alone. */
async function prepareFolder(dir: string): Promise<string | undefined> {
  const found = await stat(dir).catch(() => undefined);
  if (found && !found.isDirectory()) return `${dir} is a file, not a folder`;
  if (found) {
    const documents = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    if (documents.length)
      return `${dir} already holds ${documents.length} .json file(s); export into an empty or new folder, so that ${dir}/*.json is this export alone`;
  }
  await mkdir(dir, { recursive: true });
  return undefined;
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1 || !args[0] || args[0].startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = cliConfig();
  if (!config) return 2;
  const dir = resolve(args[0]!);
  const refused = await prepareFolder(dir).catch((err: Error) => `cannot use ${dir}: ${err.message}`);
  if (refused) {
    process.stderr.write(`${refused}\n`);
    return 1;
  }

  return withGraph(config, `npm run export -- ${args[0]}`, async (graph) => {
    const exporter = new DocumentExporter(graph);
    let written = 0;
    const totals = { entities: 0, relationships: 0, claims: 0 };
    for await (const { name, article, document } of exporter.documents()) {
      await writeFile(join(dir, name), `${JSON.stringify(document, null, 2)}\n`);
      written += 1;
      totals.entities += document.entities.length;
      totals.relationships += document.relationships.length;
      totals.claims += document.claims.length;
      process.stderr.write(
        `${name}: ${article ?? 'without a source'}, ${document.entities.length} entities, ${document.relationships.length} relationships, ${document.claims.length} claims\n`,
      );
    }
    const print = await fingerprint(graph);
    for (const p of exporter.problems) process.stderr.write(`${p.document}: ${p.message}\n`);
    if (exporter.unmetOrders) {
      process.stderr.write(
        `${exporter.unmetOrders} sources list(s) name articles in orders no file order can follow; those lists come back in file order\n`,
      );
    }
    process.stdout.write(
      `${written} document(s) in ${dir} (${totals.entities} entity, ${totals.relationships} relationship and ${totals.claims} claim declarations)\n` +
        `graph exported: fingerprint ${formatFingerprint(print)}\n` +
        `  (covers ${FINGERPRINT_COVERS}; compare with npm run fingerprint on the graph rebuilt by npm run ingest -- ${args[0]}/*.json)\n`,
    );
    if (exporter.problems.length) {
      process.stderr.write(
        `${exporter.problems.length} problem(s): the documents above do not hold everything; see each line\n`,
      );
      return 1;
    }
    return 0;
  });
}

process.exitCode = await main(process.argv.slice(2));
