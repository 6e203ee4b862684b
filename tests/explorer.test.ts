import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { contractOperation, testApp } from './support/app.js';
import { artifacts, buildExplorer, launchChromium, watchPage, type PageWatch } from './support/browser.js';
import { writtenKeys } from './support/writes.js';

/**
 * The Explorer (/explore) in a real browser: Debian's Chromium driven by
 * playwright-core against the real server over the seed graph. The steps
 * build on each other, as a reader's visit would.
 */
declare global {
  interface Window {
    explorer?: { cy: Core };
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the Explorer at /explore', () => {
  const editor = generateApiKey('explorer-editor', 'editor');
  const app = testApp({ API_KEYS: editor.entry });
  const written = writtenKeys(app.graph);
  const write = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.query(query, variables, { authorization: `Bearer ${editor.key}` });
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data;
  };
  let base: string;
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  /** What the page sent and got back (tests/support/browser.ts). */
  let watch: PageWatch;

  beforeAll(async () => {
    buildExplorer();

    base = await app.listen();
    // As the server does before it says ready: a fresh JVM's first plans are not the page's to wait for.
    await app.warmUp();
    const browser = await launchChromium({ width: 1440, height: 900 });
    closeBrowser = browser.close;
    page = await browser.context.newPage();
    watch = watchPage(page);
  });

  afterAll(async () => {
    await closeBrowser?.();
  });

  /** Waits until the picture has settled (no request or layout running) with some nodes. */
  async function graphSettled(mode: 'neighbourhood' | 'path') {
    await page.waitForFunction(
      (m) => {
        const el = document.getElementById('graph');
        return el?.dataset.state === 'idle' && el.dataset.mode === m && Number(el.dataset.nodes) > 0;
      },
      mode,
      { timeout: 30_000 },
    );
  }

  const nodeLabels = () => page.evaluate(() => window.explorer!.cy.nodes().map((n) => n.data('label') as string));

  it('uses the contract operations as written', async () => {
    for (const name of ['search', 'entity', 'accusations', 'neighborhood', 'path']) {
      const ours = readFileSync(`${root}/explorer/src/operations/${name}.graphql`, 'utf8');
      expect(print(parse(ours)), name).toBe(print(parse(await contractOperation(name))));
    }
  });

  it('is served by the API server at /explore, with its bundle and no way out of it', async () => {
    const redirect = await fetch(`${base}/explore`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/explore/');

    const res = await fetch(`${base}/explore/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('id="graph"');
    const scripts = [...html.matchAll(/(?:src|href)="(\/explore\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const asset of scripts) {
      const a = await fetch(`${base}${asset}`);
      expect(a.status, asset).toBe(200);
      expect(a.headers.get('cache-control')).toContain('immutable');
    }
    // Nothing is loaded from anywhere but this server.
    expect(html).not.toMatch(/(src|href)="https?:/);

    // fetch() and URL strings would resolve the dots themselves: send the raw path.
    const { hostname, port } = new URL(base);
    const status = (path: string) =>
      new Promise<number>((resolve, reject) => {
        request({ hostname, port, path }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    expect(await status('/explore/../package.json')).toBe(404);
    expect(await status('/explore/%2e%2e/%2e%2e/package.json')).toBe(404);
    expect(await status('/explore/.sources-hash')).toBe(404);
  });

  it('opens on the graph of the latest accusations', async () => {
    await page.goto(`${base}/explore/`);
    await graphSettled('neighbourhood');
    // Other test files may add accusations of their own, so only "a graph", not which one.
    expect(Number(await page.locator('#graph').getAttribute('data-nodes'))).toBeGreaterThan(1);
    await expect
      .poll(() => page.locator('#graph-status').textContent())
      .toContain('Most accused in the latest reports');
  });

  it('finds "Russia" as you type and opens it with the keyboard', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.click();
    await box.pressSequentially('Russia', { delay: 30 });
    const first = page.locator('#main-search [role="option"]').first();
    await expect.poll(() => first.locator('.option-name').textContent()).toBe('Russia');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#main-search [role="option"]').count()).toBeGreaterThan(1);

    // Down moves to the second result, Up back to the first, Enter opens it.
    await box.press('ArrowDown');
    const second = await page.locator('#main-search [role="option"]').nth(1).getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(second);
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    const russiaId = await first.getAttribute('data-id');
    await box.press('Enter');

    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#/entity/${russiaId}`);
    await expect.poll(() => page.locator('#entity h2').textContent()).toBe('Russia');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    const profile = page.locator('#entity');
    await expect.poll(() => profile.locator('.aliases').textContent()).toContain('Russian Federation');
    expect(await profile.locator('a.wikidata').getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q159');
  });

  it('shows the accusations against Russia, Robert Wood and Linda Thomas-Greenfield among the accusers', async () => {
    const accusations = page.locator('#accusations');
    await accusations.waitFor({ timeout: 15_000 });
    const accusers = await accusations.locator('.accuser').allTextContents();
    expect(accusers).toEqual(expect.arrayContaining(['Robert Wood', 'Linda Thomas-Greenfield']));
    // Each with what, when, the words and the source.
    const first = accusations.locator('li.claim').first();
    expect(await first.locator('.allegation').textContent()).toBeTruthy();
    expect(await first.locator('time').textContent()).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(await first.locator('.source').textContent()).toContain('Reuters');
    expect(await accusations.locator('.quote').count()).toBeGreaterThan(0);

    // The claims it made and received, and its timeline.
    await page.locator('#claims-made').waitFor({ timeout: 15_000 });
    expect(await page.locator('#claims-made li.claim').count()).toBeGreaterThan(0);
    expect(await page.locator('#claims-received li.claim').count()).toBeGreaterThan(0);
    await page.locator('#timeline').waitFor({ timeout: 15_000 });
    expect(await page.locator('#timeline li').count()).toBeGreaterThan(0);
  });

  it('draws the neighbourhood: nodes on the canvas, coloured by type, edges labelled', async () => {
    await graphSettled('neighbourhood');
    const info = await page.evaluate(() => {
      const cy = window.explorer!.cy;
      const focus = cy.nodes('.focus');
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        focus: focus.data('label') as string,
        types: [...new Set(cy.nodes().map((n) => n.data('type') as string))],
        colours: new Set(cy.nodes().map((n) => n.style('background-color') as string)).size,
        edgeLabels: cy.edges().filter((e) => e.data('label')).length,
      };
    });
    expect(info.focus).toBe('Russia');
    expect(info.nodes).toBeGreaterThan(10);
    expect(info.edges).toBeGreaterThan(10);
    expect(info.types).toEqual(expect.arrayContaining(['State', 'Person', 'Resolution', 'Accusation']));
    expect(info.colours).toBeGreaterThan(4);
    expect(info.edgeLabels).toBe(info.edges);

    // Ink on the canvas, not just elements in memory.
    const inked = await page.evaluate(() => {
      let count = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#graph canvas')) {
        const ctx = canvas.getContext('2d');
        if (!ctx || !canvas.width || !canvas.height) continue;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      }
      return count;
    });
    expect(inked).toBeGreaterThan(5_000);
    await page.screenshot({ path: `${artifacts}explorer-graph.png` });
  });

  it('expands a clicked node into the same picture', async () => {
    const before = Number(await page.locator('#graph').getAttribute('data-nodes'));
    const target = await page.evaluate(() => {
      const n = window.explorer!.cy.nodes().filter((x) => x.data('label') === 'United Nations Security Council');
      return n.nonempty() ? { ...n.renderedPosition(), id: n.id() } : null;
    });
    expect(target, 'the Security Council is in Russia’s neighbourhood').not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + target!.x, box.y + target!.y);

    await expect
      .poll(() => page.locator('#entity h2').textContent(), { timeout: 15_000 })
      .toBe('United Nations Security Council');
    await page.waitForFunction((n) => Number(document.getElementById('graph')?.dataset.nodes) > n, before, {
      timeout: 15_000,
    });
    await graphSettled('neighbourhood');
    const labels = await nodeLabels();
    expect(labels).toContain('Russia');
    expect(labels).toEqual(expect.arrayContaining(['United States', 'China']));
    expect(await page.evaluate((id) => window.explorer!.cy.getElementById(id).hasClass('expanded'), target!.id)).toBe(
      true,
    );
    await expect
      .poll(() => page.locator('#graph-status').textContent())
      .toMatch(/Expanded United Nations Security Council: \d+ new node/);
    await page.screenshot({ path: `${artifacts}explorer-expanded.png` });
  });

  it('finds how Kim Jong Un is connected to Ukraine', async () => {
    const pick = async (name: 'From' | 'To', text: string, expected: string) => {
      const box = page.getByRole('combobox', { name, exact: true });
      await box.fill('');
      await box.pressSequentially(text, { delay: 30 });
      const option = page.locator(`[role="listbox"][aria-label="${name}: results"] [role="option"]`).first();
      await expect.poll(() => option.locator('.option-name').textContent()).toBe(expected);
      await box.press('Enter');
      expect(await box.inputValue()).toBe(expected);
    };
    await pick('From', 'Kim Jong', 'Kim Jong Un');
    await pick('To', 'Ukraine', 'Ukraine');
    await page.getByRole('button', { name: 'Find path' }).click();

    await graphSettled('path');
    const path = await page.evaluate(() => {
      const cy = window.explorer!.cy;
      const byLabel = (l: string) => cy.nodes().filter((n) => n.data('label') === l);
      const found = cy.elements().aStar({ root: byLabel('Kim Jong Un'), goal: byLabel('Ukraine'), directed: false });
      return {
        ends: cy
          .nodes('.path-end')
          .map((n) => n.data('label') as string)
          .sort(),
        labels: cy.nodes().map((n) => n.data('label') as string),
        hops: found.found ? found.distance : null,
      };
    });
    expect(path.ends).toEqual(['Kim Jong Un', 'Ukraine']);
    expect(path.labels).toContain('North Korea');
    expect(path.hops).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => page.locator('#graph-status').textContent())
      .toContain('Kim Jong Un → Ukraine: shortest paths of');
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/path\//);
    await expect.poll(() => page.locator('#entity h2').textContent(), { timeout: 15_000 }).toBe('Kim Jong Un');
    await page.locator('#timeline').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${artifacts}explorer-path.png` });
  });

  it("shows a claim added through the API in the open entity's panel within 2 seconds, without a reload", async () => {
    const slug = written.slug('explorer-live');
    const state = written.stateKey();
    await write(`mutation($i: UpsertEntityInput!) { upsertEntity(input: $i) { created } }`, {
      i: { key: state, type: 'State', name: `Livonia ${slug}` },
    });
    await page.goto(`${base}/explore/#/entity/${encodeURIComponent(state)}`);
    await expect.poll(() => page.locator('#entity h2').textContent(), { timeout: 15_000 }).toBe(`Livonia ${slug}`);
    await page.locator('#claims-received').waitFor({ timeout: 15_000 });
    expect(await page.locator('#claims-received li.claim').count()).toBe(0);
    // The panel's subscription is open (the browser says so), and the only one the server listens to.
    await page.locator('article.entity[data-live="open"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => app.live.listening(), { timeout: 15_000 }).toBe(1);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await write(`mutation($i: AddClaimInput!) { addClaim(input: $i) { created } }`, {
      i: {
        key: `claim:explorer-live-${slug}`,
        kind: 'DEMAND',
        speaker: 'state:USA',
        targets: [state],
        allegation: 'to stop a test shipment',
        madeOn: '2024-07-03',
        source: 'article:53f6e0b8b575f843',
      },
    });
    const added = page.locator('#claims-received li.claim.live-new');
    await added.waitFor({ timeout: 2_000 });
    expect(await added.locator('.allegation').textContent()).toBe('to stop a test shipment');
    expect(await page.locator('#live-note').textContent()).toContain('United States');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.locator('#timeline li').first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: `${artifacts}explorer-live.png` });

    // Another entity in the panel closes the subscription and opens its own.
    await page.evaluate(() => (location.hash = '#/entity/state%3ARUS'));
    await expect.poll(() => page.locator('#entity h2').textContent(), { timeout: 15_000 }).toBe('Russia');
    await page.locator('article.entity[data-live="open"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => app.live.listening(), { timeout: 15_000 }).toBe(1);
  });

  it('draws who accuses whom as a heat map, reached from the header and read with the keyboard', async () => {
    await page.getByRole('link', { name: 'Who accuses whom' }).click();
    const grid = page.getByRole('grid', { name: /Who accuses whom/ });
    await grid.waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => location.hash)).toBe('#/accusations');
    expect(await page.locator('#explore').isHidden()).toBe(true);
    const rowHeads = await grid.locator('tbody th[scope="row"] a').allTextContents();
    const colHeads = await grid.locator('thead th[scope="col"] a').allTextContents();
    // The seed's accusers include the two US envoys, counted as the United States; Russia is among the accused.
    expect(rowHeads).toContain('United States');
    expect(rowHeads).not.toContain('Linda Thomas-Greenfield');
    expect(colHeads).toContain('Russia');
    const counts = await grid
      .locator('td[data-count]')
      .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.count)));
    expect(counts.length).toBe(rowHeads.length * colHeads.length);
    expect(Math.max(...counts)).toBeGreaterThan(1);
    const usRussia = grid.locator(`tbody tr:has(th a:text-is("United States")) td`).nth(colHeads.indexOf('Russia'));
    expect(Number(await usRussia.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await usRussia.getAttribute('aria-label')).toMatch(/^United States against Russia: \d+ claims?$/);

    // Keyboard: Tab reaches the grid's one tab stop, arrows move, Enter opens the accused.
    const first = grid.locator('td[data-row="0"][data-col="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const focused = () =>
      page.evaluate(() => [
        document.activeElement?.getAttribute('data-row'),
        document.activeElement?.getAttribute('data-col'),
      ]);
    expect(await focused()).toEqual(colHeads.length > 1 ? ['0', '1'] : ['0', '0']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    expect((await focused())[1]).toBe('0');
    expect(await grid.locator('td[tabindex="0"]').count()).toBe(1);

    // Other hostile kinds widen the picture.
    const cellsBefore = counts.length;
    await page.getByRole('checkbox', { name: 'Criticism' }).check();
    await page.getByRole('checkbox', { name: 'Demands' }).check();
    await expect.poll(() => grid.locator('td[data-count]').count(), { timeout: 15_000 }).toBeGreaterThan(cellsBefore);
    await page.screenshot({ path: `${artifacts}explorer-matrix.png`, fullPage: true });

    // Envoys as themselves: the ambassadors appear as accusers of their own.
    await page.getByRole('checkbox', { name: /Count envoys as the state/ }).uncheck();
    await expect
      .poll(() => grid.locator('tbody th[scope="row"] a').allTextContents(), { timeout: 15_000 })
      .toContain('Linda Thomas-Greenfield');

    await page.keyboard.press('Tab');
    await grid.locator('td[data-row="0"][data-col="0"]').focus();
    const accused = await grid.locator('td[data-row="0"][data-col="0"]').getAttribute('data-accused');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#/entity/${accused}`);
    await expect.poll(() => page.locator('#explore').isVisible()).toBe(true);
  });

  it('sent only operations the server accepted, by hash, and the page logged no error', () => {
    expect(watch.sentAsText).toEqual([]);
    expect(watch.operations).toEqual(
      expect.arrayContaining([
        'Search',
        'Entity',
        'WhoAccusedWhom',
        'Neighborhood',
        'Path',
        'EntityDetails',
        'EntityClaims',
        'EntityTimeline',
        'AccusationMatrix',
      ]),
    );
    expect(watch.rejected).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
