// node scripts/run-bundled.mjs src/import/cli.ts ARGS...
//
// Runs a TypeScript command-line entry point the way `node --import tsx`
// does, but starts in a fraction of the time: the project's own modules
// and the packages they use are bundled into one ES module by esbuild,
// kept in node_modules/.cache/newsgraph/ and rebuilt only when one of the
// project's sources, or the installed packages (package-lock.json), is
// newer than the bundle. Under tsx's loader hooks every module, the
// driver's hundreds included, passes through the hooks, which costs about
// a second at each start; and loading the packages' own modules one by
// one (the driver's several hundred files, resolved and compiled each)
// took half of what remained (0.33 s against 0.18 s for the whole start):
// most of a small import's time (npm run import).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const source = resolve(root, entry);
const cache = join(root, 'node_modules', '.cache', 'newsgraph');
const bundle = join(cache, `${entry.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
const inputs = `${bundle}.inputs.json`;
// Any change to the installed packages goes through it (npm install, npm ci).
const LOCK = join(root, 'package-lock.json');

/** The bundle, when it is newer than every file it was built from (and than this script). */
function current() {
  try {
    const built = statSync(bundle).mtimeMs;
    const files = [fileURLToPath(import.meta.url), LOCK, ...JSON.parse(readFileSync(inputs, 'utf8'))];
    return files.every((file) => statSync(file).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (!current()) {
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const partial = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages written as CommonJS call require(), which an ES module has only when given one.
    banner: {
      js: "import { createRequire as newsgraphRequire } from 'node:module'; const require = newsgraphRequire(import.meta.url);",
    },
    outfile: partial,
    absWorkingDir: root,
    metafile: true,
    logLevel: 'error',
    plugins: [
      {
        // Modules find their data files (cypher/, data/) from their own place: keep each one's own URL.
        name: 'own-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async (file) => ({
            loader: 'ts',
            contents: (await readFile(file.path, 'utf8')).replaceAll(
              'import.meta.url',
              JSON.stringify(pathToFileURL(file.path).href),
            ),
          }));
        },
      },
    ],
  });
  // Packages are checked through package-lock.json, not file by file.
  const files = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .map((file) => resolve(root, file));
  writeFileSync(inputs, JSON.stringify(files));
  // Renamed into place whole, so that two commands started at once never read half a bundle.
  renameSync(partial, bundle);
}

process.argv = [process.argv[0], source, ...args];
await import(pathToFileURL(bundle).href);
