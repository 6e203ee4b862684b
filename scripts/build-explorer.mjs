#!/usr/bin/env node
// Builds the Explorer (explorer/ → explorer/dist/, served at /explore) when
// its sources changed since the last build, or always with --force. Runs
// before `npm start` and `npm test` (prestart, pretest) so that a fresh clone
// serves the page without a separate step; a build that is up to date costs
// one hash of the sources.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const explorer = join(root, 'explorer');
const dist = join(explorer, 'dist');
const stamp = join(dist, '.sources-hash');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : files(path);
    return [path];
  });
}

/** A hash of everything the bundle is made of: the sources and the installed versions. */
function sourcesHash() {
  const hash = createHash('sha256');
  const inputs = [...files(explorer), join(root, 'package-lock.json')].filter(existsSync).sort();
  for (const file of inputs) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

async function buildExplorer({ force = false } = {}) {
  const hash = sourcesHash();
  const fresh =
    existsSync(join(dist, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash;
  if (fresh && !force) return { built: false, dist };
  const started = Date.now();
  // Vite picks its mode from NODE_ENV; a test runner's "test" must not leak into the bundle.
  process.env.NODE_ENV = 'production';
  let build;
  try {
    ({ build } = await import('vite'));
  } catch {
    // Installed without devDependencies (npm ci --omit=dev): the API still starts, /explore says it is not built.
    const now = existsSync(join(dist, 'index.html')) ? 'the previous build is served' : '/explore will answer 503';
    console.warn(`Explorer not built: vite is not installed (devDependencies omitted); ${now}.`);
    return { built: false, dist };
  }
  await build({ configFile: join(explorer, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  writeFileSync(stamp, `${hash}\n`);
  return { built: true, dist, ms: Date.now() - started };
}

const force = process.argv.includes('--force');
buildExplorer({ force }).then(
  (r) => {
    if (r.built) console.log(`Explorer built into ${relative(root, r.dist)} in ${(r.ms / 1000).toFixed(1)}s`);
  },
  (err) => {
    console.error(`Explorer build failed: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
