import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The names a Chromium or Chrome goes by on the PATH, in the order they are tried. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser the tests drive, found without root where one exists:
 * CHROMIUM_PATH first, then chromium, chromium-browser and google-chrome on
 * the PATH. (As root on Debian, `npm test` first installs Debian's chromium
 * when none is found: scripts/install-chromium.sh.)
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return given;
    throw new Error(
      `CHROMIUM_PATH=${given} is not an executable file: point CHROMIUM_PATH at a Chromium or Chrome binary`,
    );
  }
  for (const name of BROWSER_NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
      if (executable(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error(
    `No browser for the Explorer tests: set CHROMIUM_PATH to a Chromium or Chrome binary, or put ${BROWSER_NAMES.join(', ')} on the PATH`,
  );
}

/**
 * Launches headless Chromium with a throw-away profile (Playwright takes it
 * as the persistent context's directory, its way of passing --user-data-dir).
 * The background networking flags keep Chromium from calling home: on a
 * closed network those connections are refused and slow everything down.
 */
export async function launchChromium(
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const executablePath = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where the browser tests save their screenshots (git-ignored). */
export const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * The same step as pretest/prestart: builds the Explorer only when its
 * sources changed, so a test run never serves a stale page. Makes the
 * screenshots' folder too.
 */
export function buildExplorer() {
  const build = spawnSync(process.execPath, ['scripts/build-explorer.mjs'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`Explorer build failed:\n${build.stdout}\n${build.stderr}`);
  mkdirSync(artifacts, { recursive: true });
}

/** What a page sent to /graphql and got back, and what it logged as errors (filled as the page runs). */
export interface PageWatch {
  /** Every operation the page sent, by name, in order. */
  operations: string[];
  /** Requests that sent a query's text instead of its trusted-document hash. */
  sentAsText: string[];
  /** Every GraphQL answer that was not a clean 200 with data. */
  rejected: string[];
  /** Uncaught exceptions and console errors. */
  pageErrors: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { operations: [], sentAsText: [], rejected: [], pageErrors: [] };
  page.on('pageerror', (err) => watch.pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.pageErrors.push(msg.text());
  });
  page.on('response', async (res) => {
    if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
    const body = await res.json().catch(() => null);
    const sent = res.request().postDataJSON();
    watch.operations.push(sent?.operationName ?? '?');
    if (sent?.query || !/^[0-9a-f]{64}$/.test(sent?.extensions?.persistedQuery?.sha256Hash ?? '')) {
      watch.sentAsText.push(JSON.stringify(sent).slice(0, 200));
    }
    if (res.status() !== 200 || !body?.data || body.errors) {
      watch.rejected.push(`${sent?.operationName} ${res.status()} ${JSON.stringify(body?.errors ?? body)}`);
    }
  });
  return watch;
}
