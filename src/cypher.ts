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

/**
 * A statement as it is sent: without its comment lines, indentation and
 * blank lines. The files explain themselves at length (a read's comments
 * run to twice its Cypher), and every request sends its statement's whole
 * text, which the server receives and looks up its plan by: at the
 * benchmark's real size, one request at a time, the compacted text took
 * about a fifth off the deep page of accusations (bench/README.md). No
 * statement holds a string across lines (tests/cypher-files.test.ts
 * checks), so no literal changes.
 */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

const files = new Map(
  walk(cypherDir).map((file) => [relative(cypherDir, file).replace(/\.cypher$/, ''), readFileSync(file, 'utf8')]),
);
const statements = new Map([...files].map(([name, text]) => [name, compact(text)]));

/** A statement's file as written, comments and all: what a migration's checksum is taken of. */
export function cypherFile(name: string): string {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named ${name} in cypher/`);
  return text;
}

export function cypher(name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named ${name} in cypher/`);
  return text;
}

/** Files holding several statements separated by `;` (the schema migrations). */
export function cypherStatements(name: string): string[] {
  // Compacted already (no comment lines, no indentation): split at each statement's end.
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .filter(Boolean);
}

export function cypherNames(prefix: string): string[] {
  return [...statements.keys()].filter((name) => name.startsWith(prefix)).sort();
}
