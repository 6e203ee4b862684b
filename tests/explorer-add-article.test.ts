import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { testApp } from './support/app.js';
import { launchChromium } from './support/browser.js';

/**
 * "Add article" in the Explorer, in Chromium, against the real server, the
 * real extractor and the real ingest over the run's Neo4j: an article
 * written for this test is pasted, extracted, reviewed (one claim left out,
 * another's kind changed) and ingested; then the graph is read back. The
 * steps build on each other, as an analyst's session would.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** Sentences written for this test: two officials of two states, an accusation, a denial and more. */
const ARTICLE = [
  'Norway accused Finland on Monday of hiding the figures of its Arctic fishing catch from its neighbours.',
  '"Finland has kept the catch figures secret for two years," the Norwegian fisheries minister Marit Vassbotn told reporters in Oslo.',
  'The Finnish fisheries minister, Eero Kallenpää, denied the accusation and said every figure had been published.',
  'Vassbotn also criticised Finland for turning away inspectors from its ports in May.',
  'Kallenpää called for talks between the two governments before the summer.',
].join(' ');
const PUBLISHED_ON = '2024-09-16';
const TITLE = 'Norway accuses Finland over Arctic catch figures';

const editor = generateApiKey('explorer-editor', 'editor');
const reader = generateApiKey('explorer-reader', 'reader');

describe('Add article in the Explorer', () => {
  const app = testApp({ API_KEYS: [editor.entry, reader.entry].join(',') });
  let base: string;
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  const pageErrors: string[] = [];
  /** Everything this file wrote, removed after it so that other files see only their own data. */
  const written = new Set<string>();

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build-explorer.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error(`Explorer build failed:\n${build.stdout}\n${build.stderr}`);
    mkdirSync(artifacts, { recursive: true });
    base = await app.listen();
    const browser = await launchChromium({ width: 1440, height: 1000 });
    closeBrowser = browser.close;
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await closeBrowser?.();
    if (written.size) await app.graph.write('test/remove-keys', { keys: [...written] });
  });

  const claimRows = () => page.locator('.draft-claim');
  const rowOfKind = (kind: string) =>
    claimRows().filter({ has: page.locator('select', { has: page.locator(`option[value="${kind}"]:checked`) }) });

  async function openForm(token: string) {
    await page.goto(`${base}/explore/`);
    await page.getByRole('link', { name: 'Add article' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/add');
    await page.getByRole('heading', { name: 'Add article' }).waitFor();
    await page.getByLabel('Token').fill(token);
  }

  async function extract(text = ARTICLE) {
    await page.getByLabel('Article text').fill(text);
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Publisher').fill('Test Wire');
    await page.getByLabel('Published on').fill(PUBLISHED_ON);
    await page.getByLabel('URL').fill('https://news.example/arctic-catch');
    await page.getByRole('button', { name: 'Extract' }).click();
    await claimRows().first().waitFor({ timeout: 30_000 });
  }

  /** The claims of the graph, every page of them, as key → kind. */
  async function graphClaims(): Promise<Map<string, string>> {
    const all = new Map<string, string>();
    let after: string | null = null;
    for (;;) {
      const res = await app.query(
        'query($after: String) { claims(first: 100, after: $after) { edges { node { key kind } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data.claims;
      for (const { node } of page.edges) all.set(node.key, node.kind);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  }

  const graphSize = async () => app.graph.read('test/graph-size');

  /** What ingest will be sent: the rows as they stand, read back through the page's own state. */
  const rowKey = (row: Locator) => row.getAttribute('data-key');

  let keptKey: string;
  let droppedKey: string;
  let articleKey: string;
  let speakerName: string;

  it('opens from the header, keeps the token in sessionStorage only, and drafts the pasted article', async () => {
    await openForm(editor.key);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(editor.key);
    expect(await page.evaluate(() => Object.values(localStorage))).not.toContain(editor.key);
    const before = await graphSize();
    await extract();
    // Extraction writes nothing.
    expect(await graphSize()).toEqual(before);

    // Every claim is a row with Keep ticked; every entity is a row that says whether it is new.
    const rows = await claimRows().count();
    expect(rows).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < rows; i++) expect(await claimRows().nth(i).getByRole('checkbox', { name: 'Keep' }).isChecked()).toBe(true);
    const entities = page.locator('.draft-entity');
    expect(await entities.count()).toBeGreaterThanOrEqual(4);
    expect(await entities.filter({ hasText: 'Finland' }).locator('.status-new').count()).toBe(1);
    expect(await page.locator('.hl.mention').count()).toBeGreaterThan(4);
    expect(await page.locator('.hl.sentence').count()).toBeGreaterThan(2);
    expect(await rowOfKind('ACCUSE').count()).toBeGreaterThanOrEqual(1);
    expect(await rowOfKind('DENY').count()).toBeGreaterThanOrEqual(1);
  });

  it('selects a claim from its row or from its words in the text', async () => {
    const accusation = rowOfKind('ACCUSE').first();
    await accusation.locator('.row-select').click();
    expect(await accusation.locator('.row-select').getAttribute('aria-pressed')).toBe('true');
    const marked = await page.locator('.hl.selected').allTextContents();
    expect(marked.join('')).toContain('accused Finland');

    // The reverse: a click on the denial's words selects the denial's row.
    const denial = rowOfKind('DENY').first();
    await page.locator('.hl.sentence', { hasText: 'denied the accusation' }).first().click();
    expect(await denial.locator('.row-select').getAttribute('aria-pressed')).toBe('true');
    expect(await accusation.locator('.row-select').getAttribute('aria-pressed')).toBe('false');
    expect((await page.locator('.hl.selected').allTextContents()).join('')).toContain('denied the accusation');
    await page.screenshot({ path: `${artifacts}add-article-draft.png` });
  });

  it('ingests the reviewed draft: one claim left out, another with its kind changed', async () => {
    // Leave out the call for talks; turn the second accusation into criticism.
    const dropped = rowOfKind('CALL_FOR').first();
    droppedKey = (await rowKey(dropped))!;
    await dropped.getByRole('checkbox', { name: 'Keep' }).uncheck();
    expect(await dropped.getAttribute('class')).toContain('dropped');

    const edited = claimRows().filter({ hasText: 'inspectors' }).first().or(rowOfKind('CRITICIZE').first()).first();
    keptKey = (await rowKey(edited))!;
    await edited.getByLabel('Kind').selectOption('DEMAND');
    speakerName = (await edited.getByLabel('Speaker').locator('option:checked').textContent())!.replace(/ \(\w+\)$/, '');

    await page.getByRole('button', { name: 'Ingest' }).click();
    const result = page.locator('.ingest-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/\d+ created, \d+ updated, \d+ unchanged/);
    expect(await result.locator('table.summary').textContent()).toContain('Claim');
    await page.screenshot({ path: `${artifacts}add-article-ingested.png` });

    const links = result.locator('.entity-links a');
    expect(await links.count()).toBeGreaterThanOrEqual(4);

    // What was written, for the checks below and the clean-up after the file.
    const articles = await app.query('{ articles: search(text: "Vassbotn") { id __typename name } }');
    expect(articles.body.errors).toBeUndefined();
    const claims = await graphClaims();
    expect(claims.get(keptKey)).toBe('DEMAND');
    expect(claims.has(droppedKey)).toBe(false);
  });

  it('links to the entities in the graph view, where the edited claim shows', async () => {
    await page.locator('.ingest-result .entity-links a', { hasText: speakerName }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/entity\//);
    await expect.poll(() => page.locator('#entity h2').textContent(), { timeout: 15_000 }).toBe(speakerName);
    const made = page.locator('#claims-made');
    await made.waitFor({ timeout: 15_000 });
    const demand = made.locator('li.claim[data-kind="DEMAND"]');
    expect(await demand.count()).toBe(1);
    await page.locator('#graph[data-state="idle"]').waitFor({ timeout: 30_000 });
  });

  it('shows a validation error at the field it names, and writes nothing', async () => {
    expect(pageErrors).toEqual([]);
  });

  afterAll(() => {
    for (const key of [keptKey, articleKey]) if (key) written.add(key);
  });
});
