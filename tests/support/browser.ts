import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; scripts/install-chromium.sh installs it (CI runs it first). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with a throw-away profile (Playwright takes it
 * as the persistent context's directory, its way of passing --user-data-dir).
 * The background networking flags keep Chromium from calling home: on a
 * closed network those connections are refused and slow everything down.
 */
export async function launchChromium(
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: run scripts/install-chromium.sh (as root) to install Debian's chromium`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
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
