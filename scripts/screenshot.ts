/**
 * Regenerates docs/images/explorer.png, the README's picture of the
 * Explorer: starts the server as `npm start` does (embedded Neo4j on a
 * throw-away store, seed data), opens /explore in headless Chromium, opens
 * Russia from the search box and photographs the page once the graph has
 * settled. Stops the server and Neo4j after.
 *
 *   npx tsx scripts/screenshot.ts [--out docs/images/explorer.png]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildExplorer, launchChromium } from '../tests/support/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > 0 ? process.argv[outArg + 1]! : 'docs/images/explorer.png');

async function main() {
  buildExplorer();
  const store = mkdtempSync(join(tmpdir(), 'newsgraph-screenshot-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_STORE_DIR: store, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stopServer = () =>
    new Promise<void>((done) => {
      if (server.exitCode !== null) return done();
      server.once('exit', () => done());
      server.kill('SIGTERM');
    });

  try {
    const base = await new Promise<string>((found, failed) => {
      createInterface({ input: server.stdout! }).on('line', (line) => {
        const url = /Explorer: http:\/\/localhost:(\d+)\/explore/.exec(line);
        if (url) found(`http://127.0.0.1:${url[1]}`);
      });
      server.once('exit', (code) => failed(new Error(`the server exited (code ${code}) before it listened`)));
    });

    const browser = await launchChromium({ width: 1440, height: 900 });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}/explore/`);
      const box = page.getByRole('combobox', { name: 'Search entities' });
      await box.click();
      await box.pressSequentially('Russia', { delay: 30 });
      await page.locator('#main-search [role="option"]').first().waitFor();
      await box.press('Enter');
      await page.locator('#accusations').waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        () => {
          const graph = document.getElementById('graph');
          return graph?.dataset.state === 'idle' && Number(graph.dataset.nodes) > 1;
        },
        undefined,
        { timeout: 30_000 },
      );
      // The layout animates after the data is in: let it come to rest.
      await page.waitForTimeout(1_500);
      mkdirSync(dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      process.stdout.write(`wrote ${out}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    await stopServer();
    rmSync(store, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`screenshot failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
