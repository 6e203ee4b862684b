import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.js';
import { artifacts, buildExplorer, launchChromium } from './support/browser.js';
import { writtenKeys } from './support/writes.js';
import { deriveFromClaims } from './support/tallies.js';

/**
 * A hub in the Explorer, in Chromium: a state with thousands of links
 * (cypher/test/plant-hub.cypher, under keys of this file, removed after)
 * opens with its large groups of links drawn as group nodes, which the
 * keyboard opens from the list under the graph, 20 members at a time, as a
 * click on the group node does.
 */
declare global {
  interface Window {
    explorer?: { cy: Core };
  }
}

const VOTES = 40;
/** Votes against: every 7th resolution that is not every 10th (plant-hub.cypher). */
const AGAINST = [...Array(VOTES).keys()].map((i) => i + 1).filter((i) => i % 10 !== 0 && i % 7 === 0).length;

describe('a hub in the Explorer', () => {
  // The first plans of a JVM that has just seen a few thousand claims written can take seconds on a busy machine.
  const app = testApp({ REQUEST_TIMEOUT_MS: '30000' });
  const written = writtenKeys(app.graph);
  const slug = written.slug('explorer-hub');
  const hub = written.stateKey();
  const hubName = `Hubland ${slug}`;
  let base: string;
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  const rejected: string[] = [];
  const sentAsText: string[] = [];
  const sent: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildExplorer();
    await app.graph.write('test/plant-hub', { hub, slug, claims: 1_500, targeted: 150, votes: VOTES, transfers: 60 });
    await deriveFromClaims(app.graph);
    base = await app.listen();
    // As the server does before it says ready: the first plans of a fresh JVM are not the browser's to wait for.
    await app.warmUp();
    const browser = await launchChromium({ width: 1440, height: 900 });
    closeBrowser = browser.close;
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    page.on('response', async (res) => {
      if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
      const body = await res.json().catch(() => null);
      const request = res.request().postDataJSON();
      sent.push(request?.operationName ?? '?');
      if (request?.query) sentAsText.push(request.operationName);
      if (res.status() !== 200 || !body?.data || body.errors) {
        rejected.push(`${request?.operationName} ${res.status()} ${JSON.stringify(body?.errors ?? body)}`);
      }
    });
  }, 300_000);

  afterAll(async () => {
    await closeBrowser?.();
  });

  async function graphSettled() {
    await page.waitForFunction(
      () => {
        const el = document.getElementById('graph');
        return el?.dataset.state === 'idle' && el.dataset.mode === 'neighbourhood' && Number(el.dataset.nodes) > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
  }

  const status = () => page.locator('#graph-status').textContent();

  /** What the picture holds: its group nodes, and how many ordinary nodes of each type. */
  const picture = () =>
    page.evaluate(() => {
      const cy = window.explorer!.cy;
      const types: Record<string, number> = {};
      cy.nodes('node[!aggregate]').forEach((n) => {
        types[n.data('type')] = (types[n.data('type')] ?? 0) + 1;
      });
      return {
        aggregates: cy.nodes('.aggregate').map((n) => n.data('label') as string),
        types,
        nodes: cy.nodes('node[!aggregate]').length,
        labels: cy.nodes().map((n) => n.data('label') as string),
      };
    });

  it("draws a hub's large groups as group nodes, and its small group member by member", async () => {
    await page.goto(`${base}/explore/#/entity/${encodeURIComponent(hub)}`);
    await graphSettled();
    const shown = await picture();
    const made = (target: string) => new RegExp(`^MADE → Accusation ×≈[\\d,]+ targeting Target ${target} `);
    for (const expected of [
      made('A'),
      made('B'),
      /^MADE → Criticism ×≈[\d,]+ targeting Target A /,
      /^VOTED FOR → Resolution ×\d+$/,
      new RegExp(`^VOTED AGAINST → Resolution ×${AGAINST}$`),
      /^SUPPLIED_BY ← WeaponsTransfer ×40 to Recipient A /,
      /^TARGETS ← Accusation ×50 by Speaker [ABC] /,
    ]) {
      expect(
        shown.aggregates.some((l) => expected.test(l)),
        String(expected),
      ).toBe(true);
    }
    // The three bodies it is a member of are drawn one by one; no claim, vote or transfer is, until asked.
    expect(shown.labels.filter((l) => l.startsWith('Body '))).toHaveLength(3);
    for (const type of ['Accusation', 'Criticism', 'Resolution', 'WeaponsTransfer'])
      expect(shown.types[type]).toBeUndefined();
    // The counterparts are on the picture, joined to their groups.
    expect(shown.labels).toEqual(expect.arrayContaining([`Target A ${slug}`, `Recipient A ${slug}`]));
    // The hub, its three bodies and the eight counterparts; the legend counts nodes, not groups.
    await expect
      .poll(status)
      .toMatch(new RegExp(`^${hubName}: 12 nodes, .*; 12 groups of links drawn as one node each`));
    expect(shown.nodes).toBe(12);
    expect(await page.locator('#legend').textContent()).not.toContain('Other');
    expect(await page.locator('#groups h2').textContent()).toBe(`${hubName}: links in groups`);
    await page.screenshot({ path: `${artifacts}explorer-hub.png` });
  });

  it('opens a group from the keyboard: 20 members at a time join the graph and the list, and it says so', async () => {
    const opener = page.getByRole('button', {
      name: /^MADE → Accusation ×≈[\d,]+ targeting Target A .*: none shown yet, show 20$/,
    });
    // Its name changes as it opens: hold on to it by the group it opens.
    const button = page.locator(`button[data-aggregate="${await opener.getAttribute('data-aggregate')}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(status, { timeout: 15_000 })
      .toMatch(/^MADE → Accusation .*targeting Target A .*: 20 of ≈[\d,]+ shown\.$/);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const members = page.locator(`#${await button.getAttribute('aria-controls')} a`);
    expect(await members.count()).toBe(20);
    // What a screen reader says of it now.
    const renamed = page.getByRole('button', {
      name: /^MADE → Accusation ×≈[\d,]+ targeting Target A .*: 20 of ≈[\d,]+ shown, show 20 more$/,
    });
    expect(await renamed.getAttribute('data-aggregate')).toBe(await button.getAttribute('data-aggregate'));

    // In the graph: each member joined to the hub that made it and the target it is aimed at.
    const links = await page.evaluate(() => {
      const cy = window.explorer!.cy;
      return cy.nodes('[type = "Accusation"]').map((n) => ({
        made: n
          .incomers('edge[type = "MADE"]')
          .sources()
          .map((s) => s.data('label') as string),
        targets: n
          .outgoers('edge[type = "TARGETS"]')
          .targets()
          .map((t) => t.data('label') as string),
      }));
    });
    expect(links).toHaveLength(20);
    for (const l of links) {
      expect(l.made).toEqual([hubName]);
      expect(l.targets).toEqual([`Target A ${slug}`]);
    }

    // Enter again: the next 20, none twice.
    await page.keyboard.press('Enter');
    await expect.poll(status, { timeout: 15_000 }).toMatch(/: 40 of ≈[\d,]+ shown\.$/);
    expect(await members.count()).toBe(40);
    expect(new Set(await members.allTextContents()).size).toBe(40);
    expect((await picture()).types.Accusation).toBe(40);
    await page.screenshot({ path: `${artifacts}explorer-hub-opened.png` });

    // Tab moves on to the members, Enter opens one.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused.text).toMatch(/^Accusation: allegation \d+$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(focused.href);
    // The claim's own picture, once it has come.
    await expect
      .poll(status, { timeout: 15_000 })
      .toMatch(new RegExp(`^${focused.text!.replace(/^Accusation: /, '')}: \\d+ nodes`));
  });

  it('opens a group node with a click, and says when all its members are shown', async () => {
    await page.goto(`${base}/explore/#/entity/${encodeURIComponent(hub)}`);
    await graphSettled();
    // The group node is brought to the middle of the graph, and the graph into the window, as a reader would pan
    // and scroll to it: where the layout puts it, it can fall below the window's edge, where a click lands nowhere.
    const groupOnPage = async () => {
      await page.locator('#graph').scrollIntoViewIfNeeded();
      const at = await page.evaluate((count) => {
        const cy = window.explorer!.cy;
        const n = cy
          .nodes('.aggregate')
          .filter((x) => (x.data('label') as string) === `VOTED AGAINST → Resolution ×${count}`);
        if (n.empty()) return null;
        cy.center(n);
        return n.renderedPosition();
      }, AGAINST);
      const box = await page.locator('#graph').boundingBox();
      return at && box ? { x: box.x + at.x, y: box.y + at.y } : null;
    };
    const at = await groupOnPage();
    expect(at).not.toBeNull();
    // Nothing lies over the node where the pointer goes.
    expect(await page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('#graph')), at!)).toBe(
      true,
    );
    await page.mouse.click(at!.x, at!.y);
    await expect
      .poll(status, { timeout: 15_000 })
      .toBe(`VOTED AGAINST → Resolution ×${AGAINST}: all ${AGAINST} shown.`);
    const votes = await page.evaluate(() =>
      window
        .explorer!.cy.nodes('[type = "Resolution"]')
        .map((n) => n.incomers('edge[type = "VOTED"]').map((e) => e.data('label') as string)),
    );
    expect(votes).toHaveLength(AGAINST);
    for (const v of votes) expect(v).toEqual(['voted: AGAINST']);
    const button = page.getByRole('button', {
      name: new RegExp(`^VOTED AGAINST → Resolution ×${AGAINST}: all ${AGAINST} shown$`),
    });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
  });

  it('sent only operations the server accepted, by hash, and the page logged no error', () => {
    expect(sent).toEqual(expect.arrayContaining(['GroupedNeighborhood', 'GroupMembers']));
    expect(sentAsText).toEqual([]);
    expect(rejected).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
