// node scripts/run-bundled.mjs src/import/cli.ts ARGS...
//
// Runs a TypeScript command-line entry point the way `node --import tsx`
// does, but starts in a fraction of the time: the project's own modules
// and the packages they use are bundled into one CommonJS script by
// esbuild, kept in node_modules/.cache/newsgraph/ and rebuilt only when one
// of the project's sources, or the installed packages (package-lock.json),
// is newer than the bundle. Under tsx's loader hooks every module, the
// driver's hundreds included, passes through the hooks, which costs about
// a second at each start; and loading the packages' own modules one by
// one (the driver's several hundred files, resolved and compiled each)
// took half of what remained (0.33 s against 0.18 s for the whole start):
// most of a small import's time (npm run import). The bundle is a script,
// not an ES module, so that V8 can keep what it compiled of it in a code
// cache beside it (Node 20 has no code cache for ES modules): compiling
// its 2.5 MB was a third of what a start still took.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const source = resolve(root, entry);
const cache = join(root, 'node_modules', '.cache', 'newsgraph');
const bundle = join(cache, `${entry.replace(/[^A-Za-z0-9]+/g, '-')}.cjs`);
const inputs = `${bundle}.inputs.json`;
// What V8 compiled of the bundle, written by the first run after it is built.
const codeCache = `${bundle}.v8cache`;
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
    format: 'cjs',
    target: 'node20',
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
  // The old bundle's code cache would be refused; it goes first, so that no run pairs it with the new one.
  rmSync(codeCache, { force: true });
  // Renamed into place whole, so that two commands started at once never read half a bundle.
  renameSync(partial, bundle);
}

let cachedData;
try {
  cachedData = readFileSync(codeCache);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // Written at the end of the run, when it holds the functions the run compiled, not only the top level.
  process.once('exit', () => {
    const partial = `${codeCache}.${process.pid}.tmp`;
    try {
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, codeCache);
    } catch {
      // Without a cache the next run compiles the bundle again, and tries again.
      rmSync(partial, { force: true });
    }
  });
}
process.argv = [process.argv[0], source, ...args];
const bundled = { exports: {} };
script
  .runInThisContext()
  .call(bundled.exports, bundled.exports, createRequire(bundle), bundled, bundle, dirname(bundle));
