import { cliConfig, withGraph } from '../neo4j/standalone.js';
import { fingerprint, FINGERPRINT_COVERS, formatFingerprint } from './fingerprint.js';

/**
 * npm run fingerprint
 *
 * Prints the fingerprint of the graph at NEO4J_URI or, when that is unset,
 * of the embedded store at NEO4J_STORE_DIR: equal fingerprints, equal
 * content (src/export/fingerprint.ts says what it covers). Exits 0, 1 when
 * the graph cannot be read, 2 on a usage or configuration error.
 */

async function main(argv: string[]): Promise<number> {
  if (argv.filter((a) => a !== '--').length > 0) {
    process.stderr.write('usage: npm run fingerprint   (of NEO4J_URI, or the embedded store at NEO4J_STORE_DIR)\n');
    return 2;
  }
  const config = cliConfig();
  if (!config) return 2;
  return withGraph(config, 'npm run fingerprint', async (graph) => {
    process.stdout.write(
      `fingerprint ${formatFingerprint(await fingerprint(graph))}\n  (covers ${FINGERPRINT_COVERS})\n`,
    );
    return 0;
  });
}

process.exitCode = await main(process.argv.slice(2));
