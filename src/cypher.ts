import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every Cypher statement the server runs lives in cypher/ as a .cypher file,
 * so a reader can paste it into Neo4j Browser. They are read once, by name:
 * `cypher('read/search')` is cypher/read/search.cypher.
 */
const cypherDir = resolve(dirname(fileURLToPath(import.meta.url)), '../cypher');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : [],
  );
}

const statements = new Map(
  walk(cypherDir).map((file) => [relative(cypherDir, file).replace(/\.cypher$/, ''), readFileSync(file, 'utf8')]),
);

export function cypher(name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named ${name} in cypher/`);
  return text;
}

/** Files holding several statements separated by `;` (the schema migrations). */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

export function cypherNames(prefix: string): string[] {
  return [...statements.keys()].filter((name) => name.startsWith(prefix)).sort();
}
