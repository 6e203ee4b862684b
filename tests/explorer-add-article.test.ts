import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { testApp } from './support/app.js';
import { artifacts, buildExplorer, launchChromium } from './support/browser.js';
import type { LooseJson } from './support/json.js';
import { deriveFromClaims } from './support/tallies.js';

/**
 * "Add article" in the Explorer, in Chromium, against the real server, the
 * real extractor and the real ingest over the run's Neo4j. An article
 * written for this test is pasted, extracted, reviewed with the keyboard
 * alone (one claim left out, a target set, another claim's kind changed)
 * and ingested; the graph is then read back through GraphQL and the entity
 * page. Then: a validation error shown at its field, and tokens that are
 * missing, wrong or read-only. Everything it writes is removed afterwards.
 */

/**
 * Written for this test: invented officials of two states the seed graph
 * does not hold, so that everything the ingest writes is new (and removed
 * afterwards) and no entity of the seed is touched.
 */
const ARTICLE = [
  'Norway accused Finland on Monday of hiding the figures of its Arctic fishing catch from its neighbours.',
  '"Finland has kept the catch figures secret for two years," the Norwegian fisheries minister Marit Vassbotn told reporters in Oslo.',
  'The Finnish fisheries minister, Eero Kallenpää, denied the accusation and said every figure had been published.',
  'Vassbotn also criticised Finland for turning away inspectors from its ports in May.',
  'Kallenpää called for talks between the two governments before the summer.',
].join(' ');

/** A second one, with a speaker the text names in a way the graph does not know. */
const SECOND = [
  'Robert Wood accused Russia on Friday of breaking the arms embargo.',
  '"We have raised this at every meeting of the committee," Wood said.',
  'The Russian envoy, Pavel Ostrin, rejected the claim.',
  'Linda Greenfield criticised Moscow for blocking the panel of experts.',
].join(' ');

const editor = generateApiKey('explorer-editor', 'editor');
const reader = generateApiKey('explorer-reader', 'reader');

interface SentDocument {
  sources: { key: string }[];
  entities: { key: string; type: string; name: string; aliases?: string[] }[];
  claims: { key: string; kind: string; speaker: string; target?: string | string[]; quote?: string | null }[];
}

describe('Add article in the Explorer', { timeout: 180_000 }, () => {
  // A cold extractor's first grounding queries can take seconds on a busy machine: this file is not about time limits.
  const app = testApp({ API_KEYS: [editor.entry, reader.entry].join(','), REQUEST_TIMEOUT_MS: '60000' });
  let base: string;
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  const pageErrors: string[] = [];
  /** Keys the extractor found in the graph: never removed by the clean-up. */
  const found = new Set<string>();
  /** Every document the page sent to ingestDocument, and what the server answered. */
  const ingests: { document: SentDocument; ok: boolean }[] = [];
  /** Requests the page sent with an operation's text instead of its trusted-document hash. */
  const sentAsText: string[] = [];
  /** The drafts extractDocument answered, latest last. */
  const drafts: { document: { relationships: unknown[] } }[] = [];

  beforeAll(async () => {
    buildExplorer();
    base = await app.listen();
    const browser = await launchChromium({ width: 1440, height: 1000 });
    closeBrowser = browser.close;
    page = await browser.context.newPage();
    watch(page);
  });

  /** Records the page's errors, the extractor's found entities and the documents sent to ingest. */
  function watch(p: Page) {
    p.on('pageerror', (err) => pageErrors.push(err.message));
    p.on('response', async (res) => {
      if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
      // The Explorer sends operations by name and trusted-document hash, never their text.
      const sent = res.request().postDataJSON() as {
        operationName?: string;
        query?: string;
        variables: Record<string, LooseJson>;
        extensions?: { persistedQuery?: { sha256Hash?: string } };
      };
      if (sent.query || !/^[0-9a-f]{64}$/.test(sent.extensions?.persistedQuery?.sha256Hash ?? '')) {
        sentAsText.push(sent.operationName ?? '?');
      }
      const body = await res.json().catch(() => null);
      if (sent.operationName === 'ExtractDocument') {
        for (const e of body?.data?.extractDocument?.entities ?? []) if (!e.isNew) found.add(e.key);
        if (body?.data?.extractDocument) drafts.push(body.data.extractDocument);
      }
      if (sent.operationName === 'IngestDocument') {
        ingests.push({ document: sent.variables.input.document, ok: Boolean(body?.data?.ingestDocument) });
      }
    });
  }

  afterAll(async () => {
    await closeBrowser?.();
    // What the accepted ingests wrote: the articles, their claims, and the entities they created.
    const keys = ingests
      .filter((i) => i.ok)
      .flatMap(({ document: d }) => [
        ...d.sources.map((s) => s.key),
        ...d.claims.map((c) => c.key),
        ...d.entities.map((e) => e.key).filter((k) => !found.has(k)),
      ]);
    if (keys.length) await app.graph.write('test/remove-keys', { keys });
    await deriveFromClaims(app.graph);
  });

  const claimRows = () => page.locator('.draft-claim');
  const row = (key: string) => page.locator(`.draft-claim[data-key="${key}"]`);
  const keyOfKind = async (kind: string) => {
    const rows = claimRows().filter({ has: page.locator(`option[value="${kind}"]:checked`) });
    expect(await rows.count(), `a ${kind} claim in the draft`).toBeGreaterThan(0);
    return (await rows.first().getAttribute('data-key'))!;
  };
  const graphSize = () => app.graph.read('test/graph-size');

  /**
   * Presses Tab until `target` has the focus, as a keyboard user would,
   * checking on the way that every stop shows where the focus is.
   */
  async function tabTo(target: Locator, { back = false, max = 120 } = {}) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          element: el.outerHTML.slice(0, 100),
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      if (focus)
        expect(focus.outline !== 'none' && focus.width !== '0px', `visible focus on ${JSON.stringify(focus)}`).toBe(
          true,
        );
    }
    throw new Error(`${target} not reached with ${max} presses of Tab`);
  }

  /** Every control of the view has a name a screen reader can say. */
  async function unlabelledControls(): Promise<string[]> {
    return page.evaluate(() => {
      const view = document.getElementById('add-view')!;
      const controls = view.querySelectorAll<HTMLElement>(
        'input, select, textarea, button, a[href], [role="button"], [tabindex="0"]',
      );
      const name = (el: HTMLElement): string => {
        const by = el.getAttribute('aria-labelledby');
        if (by)
          return by
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ');
        const labels = (el as HTMLInputElement).labels;
        return (
          el.getAttribute('aria-label') ?? (labels?.length ? [...labels].map((l) => l.textContent).join(' ') : '') ?? ''
        );
      };
      return [...controls]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          const own =
            ['BUTTON', 'A'].includes(el.tagName) || el.getAttribute('role') === 'button' ? el.textContent : '';
          return !(name(el).trim() || own?.trim());
        })
        .map((el) => el.outerHTML.slice(0, 120));
    });
  }

  let accusation: string;
  let criticism: string;
  let callFor: string;

  it('opens from the header with the keyboard and drafts the pasted article, writing nothing', async () => {
    await page.goto(`${base}/explore/`);
    await tabTo(page.getByRole('link', { name: 'Add article' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/add');
    await page.getByRole('heading', { name: 'Add article' }).waitFor();

    // The token is asked for first, and kept for the tab only.
    const token = page.getByLabel('Token');
    expect(await token.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(editor.key);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(editor.key);
    expect(await page.evaluate(() => Object.values(localStorage))).not.toContain(editor.key);

    await tabTo(page.getByLabel('Title'));
    await page.keyboard.type('Norway accuses Finland over Arctic catch figures');
    await tabTo(page.getByLabel('Publisher'));
    await page.keyboard.type('Test Wire');
    await tabTo(page.getByLabel('Published on'));
    await page.keyboard.type('09162024');
    expect(await page.getByLabel('Published on').inputValue()).toBe('2024-09-16');
    await tabTo(page.getByLabel('URL'));
    await page.keyboard.type('https://news.example/arctic-catch');
    await tabTo(page.getByLabel('Article text'));
    await page.keyboard.insertText(ARTICLE);

    const before = await graphSize();
    await tabTo(page.getByRole('button', { name: 'Extract' }));
    await page.keyboard.press('Enter');
    await claimRows().first().waitFor({ timeout: 60_000 });
    expect(await graphSize()).toEqual(before);
    expect(await page.locator('.add-status').textContent()).toMatch(/Draft ready: \d+ claims/);

    // Each claim a row with Keep ticked; each entity a row saying whether the graph holds it.
    const rows = await claimRows().count();
    expect(rows).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < rows; i++) {
      expect(await claimRows().nth(i).getByRole('checkbox', { name: 'Keep' }).isChecked()).toBe(true);
    }
    const entities = page.locator('.draft-entity');
    expect(await entities.count()).toBeGreaterThanOrEqual(4);
    expect(await entities.locator('.status-new').count()).toBe(await entities.count());
    expect(await entities.filter({ hasText: 'Marit Vassbotn' }).getByLabel('Aliases').inputValue()).toBe('Vassbotn');
    // The relationships the extractor drew, each with its Keep.
    const relationships = page.locator('.draft-relationship');
    expect(await relationships.count()).toBe(drafts.at(-1)!.document.relationships.length);
    for (let i = 0; i < (await relationships.count()); i++) {
      expect(await relationships.nth(i).getByRole('checkbox', { name: 'Keep' }).isChecked()).toBe(true);
    }
    // The text beside them, mentions and claim sentences marked.
    expect(await page.getByRole('textbox', { name: 'Article text' }).isVisible()).toBe(false);
    expect(await page.locator('.article-highlighted').textContent()).toBe(ARTICLE);
    expect(await page.locator('.hl.mention', { hasText: 'Kallenpää' }).count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.hl.sentence').count()).toBeGreaterThanOrEqual(4);

    accusation = await keyOfKind('ACCUSE');
    criticism = await keyOfKind('CRITICIZE');
    callFor = await keyOfKind('CALL_FOR');
    expect(await unlabelledControls()).toEqual([]);
  });

  it('selects a claim from its row, and from its words in the text', async () => {
    await row(accusation).locator('.row-select').click();
    expect(await row(accusation).locator('.row-select').getAttribute('aria-pressed')).toBe('true');
    expect((await page.locator('.hl.selected').allTextContents()).join('')).toContain(
      'Norway accused Finland on Monday',
    );

    await page.locator('.hl.sentence', { hasText: 'criticised' }).first().click();
    expect(await row(criticism).locator('.row-select').getAttribute('aria-pressed')).toBe('true');
    expect(await row(accusation).locator('.row-select').getAttribute('aria-pressed')).toBe('false');
    expect((await page.locator('.hl.selected').allTextContents()).join('')).toContain('turning away inspectors');
  });

  it('is reviewed with the keyboard: a claim left out, a target set, a kind changed; then ingested', async () => {
    // Enter on the call for talks in the text selects its row and takes the focus there.
    await tabTo(page.locator(`.article-highlighted [role="button"][data-claims~="${callFor}"]`), { back: true });
    await page.keyboard.press('Enter');
    expect(await row(callFor).locator('.row-select').getAttribute('aria-pressed')).toBe('true');
    expect(
      await row(callFor)
        .locator('.row-select')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect((await page.locator('.hl.selected').allTextContents()).join('')).toContain('called for talks');
    await tabTo(row(callFor).getByRole('checkbox', { name: 'Keep' }), { back: true });
    await page.keyboard.press('Space');
    expect(await row(callFor).getByRole('checkbox', { name: 'Keep' }).isChecked()).toBe(false);
    expect(await row(callFor).getAttribute('class')).toContain('dropped');
    expect(await page.locator('.hl.dropped', { hasText: 'called for talks' }).count()).toBe(1);

    // The accusation's target, chosen from the draft's entities.
    await tabTo(row(accusation).getByLabel('Target', { exact: true }), { back: true });
    await page.keyboard.type('Finland');
    expect(await row(accusation).getByLabel('Target', { exact: true }).locator('option:checked').textContent()).toBe(
      'Finland (State)',
    );
    expect(await row(accusation).locator('.row-summary').textContent()).toBe('Norway accuses Finland');

    // The minister spoke for Norway, whatever the draft says; and the criticism becomes an accusation.
    await tabTo(row(criticism).getByLabel('On behalf of'));
    await page.keyboard.type('Norway');
    expect(await row(criticism).getByLabel('On behalf of').locator('option:checked').textContent()).toBe(
      'Norway (State)',
    );
    await tabTo(row(criticism).getByLabel('Kind'));
    await page.keyboard.type('accuses');
    expect(await row(criticism).getByLabel('Kind').inputValue()).toBe('ACCUSE');
    expect(await row(criticism).locator('.row-summary').textContent()).toBe('Marit Vassbotn accuses Finland');

    await row(criticism).locator('.row-select').click();
    await row(callFor).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}add-article-draft.png` });

    await tabTo(page.getByRole('button', { name: 'Ingest' }));
    await page.keyboard.press('Enter');
    const result = page.getByRole('region', { name: 'Ingest result' });
    await result.waitFor({ timeout: 60_000 });
    expect(await result.locator('h3').textContent()).toBe('Ingested: Norway accuses Finland over Arctic catch figures');
    expect(await result.locator('.result-line').textContent()).toMatch(
      /^\d+ created, \d+ updated, \d+ unchanged · \d+ claims kept, 1 left out\.$/,
    );
    const claimCounts = await result
      .locator('tr', { has: page.locator('th', { hasText: /^Claim$/ }) })
      .locator('td')
      .allTextContents();
    expect(Number(claimCounts[0])).toBe((await claimRows().count()) - 1);
    expect(await result.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Marit Vassbotn', 'Eero Kallenpää', 'Norway', 'Finland']),
    );
    await page.screenshot({ path: `${artifacts}add-article-ingested.png` });

    // The graph, through GraphQL: the edited claims as reviewed, the unticked one nowhere.
    const claims = new Map<string, { kind: string; target: string | null; for: string | null }>();
    let after: string | null = null;
    do {
      const res = await app.query(
        'query($after: String) { claims(first: 100, after: $after) { edges { node { key kind target { name } onBehalfOf { name } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(res.body.errors).toBeUndefined();
      const connection: LooseJson = res.body.data.claims;
      for (const { node } of connection.edges)
        claims.set(node.key, {
          kind: node.kind,
          target: node.target?.name ?? null,
          for: node.onBehalfOf?.name ?? null,
        });
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(claims.get(criticism)).toEqual({ kind: 'ACCUSE', target: 'Finland', for: 'Norway' });
    expect(claims.get(accusation)).toMatchObject({ kind: 'ACCUSE', target: 'Finland' });
    expect(claims.has(callFor)).toBe(false);
    const sent = ingests.at(-1)!.document;
    const article = await app.query(
      'query($id: ID!) { node(id: $id) { ... on Article { title claims(first: 100) { edges { node { key } } } } } }',
      { id: sent.sources[0]!.key },
    );
    const inArticle = article.body.data.node.claims.edges.map((e: { node: { key: string } }) => e.node.key);
    expect(inArticle).toContain(criticism);
    expect(inArticle).not.toContain(callFor);
    expect(sent.claims.map((c) => c.key)).not.toContain(callFor);
  });

  it('links to the article’s entities in the graph view, whose page shows the edited claim', async () => {
    await tabTo(page.getByRole('region', { name: 'Ingest result' }).getByRole('link', { name: 'Marit Vassbotn' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/entity\//);
    await expect.poll(() => page.locator('#add-view').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#entity h2').textContent(), { timeout: 15_000 }).toBe('Marit Vassbotn');
    const made = page.locator('#claims-made');
    await made.waitFor({ timeout: 15_000 });
    const edited = made.locator('li.claim', { hasText: 'turning away inspectors' });
    expect(await edited.count()).toBe(1);
    expect(await edited.getAttribute('data-kind')).toBe('ACCUSE');
    expect(await edited.locator('.kind-badge').textContent()).toBe('accuses');
    expect(await edited.locator('.claim-head').textContent()).toMatch(/Marit Vassbotn for Norway accuses Finland/);
    await page.locator('#graph[data-state="idle"][data-nodes]:not([data-nodes="0"])').waitFor({ timeout: 60_000 });
  });

  it('merges a speaker into the graph’s entity, and shows a validation error at its field, writing nothing', async () => {
    await page.getByRole('link', { name: 'Add article' }).click();
    await page.getByRole('button', { name: 'Add another article' }).click();
    await page.getByLabel('Article text').fill(SECOND);
    await page.getByLabel('Published on').fill('2024-09-16');
    await page.getByRole('button', { name: 'Extract' }).click();
    await claimRows().first().waitFor({ timeout: 60_000 });

    for (const name of ['Russia', 'Robert Wood']) {
      expect(
        await page.locator('.draft-entity', { hasText: name }).first().locator('.status-found').textContent(),
      ).toBe('found in the graph');
    }
    // "Linda Greenfield" is Linda Thomas-Greenfield: merge the new entity into the graph's.
    const greenfield = page.locator('.draft-entity', { hasText: 'Linda Greenfield' });
    expect(await greenfield.locator('.status-new').count()).toBe(1);
    const merge = greenfield.getByRole('combobox', { name: 'Merge into an entity in the graph' });
    await merge.pressSequentially('Thomas-Greenfield', { delay: 20 });
    await greenfield.locator('[role="option"]', { hasText: 'Linda Thomas-Greenfield' }).first().waitFor();
    await merge.press('Enter');
    await greenfield.locator('.merged-note').waitFor();
    expect(await greenfield.locator('.merged-note').textContent()).toContain(
      'Merged into Linda Thomas-Greenfield (person:linda-thomas-greenfield)',
    );
    const criticism2 = await keyOfKind('CRITICIZE');
    expect(await row(criticism2).locator('.row-summary').textContent()).toBe(
      'Linda Thomas-Greenfield criticizes Russia',
    );

    // Whom the envoy spoke for is a field; what he answers is said beside the summary.
    const denial = await keyOfKind('DENY');
    expect(await row(denial).getByLabel('On behalf of').locator('option:checked').textContent()).toBe('Russia (State)');
    expect(await row(denial).locator('.row-context').textContent()).toBe('answers 1');

    // A target found in the graph by search joins the draft's entities.
    const statement = await keyOfKind('STATE');
    const finder = row(statement).getByRole('combobox', { name: 'Find a target in the graph' });
    await finder.pressSequentially('Security Council', { delay: 20 });
    await row(statement).locator('[role="option"]', { hasText: 'United Nations Security Council' }).first().waitFor();
    await finder.press('Enter');
    const target = row(statement).getByLabel('Target', { exact: true });
    await expect
      .poll(() => target.locator('option:checked').textContent())
      .toBe('United Nations Security Council (Organization)');
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    const added = page.locator('.draft-entity', { hasText: 'United Nations Security Council' });
    expect(await added.locator('.status-found').textContent()).toBe('from the graph');

    // A quote the article does not hold.
    const quote = row(statement).getByLabel('Quote');
    await quote.fill('We never raised it');
    await quote.blur();

    const before = await graphSize();
    const tried = ingests.length;
    await page.getByRole('button', { name: 'Ingest' }).click();
    const error = row(statement).locator('.field-error:not([hidden])');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(/not found verbatim/);
    expect(await quote.getAttribute('aria-invalid')).toBe('true');
    expect(await quote.getAttribute('aria-describedby')).toContain((await error.getAttribute('id'))!);
    expect(await quote.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.problems').textContent()).toContain('Nothing was written');
    expect(await page.getByRole('region', { name: 'Ingest result' }).isHidden()).toBe(true);
    expect(await graphSize()).toEqual(before);

    // What was sent: the merged speaker under the graph's key, its words kept as an alias.
    expect(ingests.length).toBe(tried + 1);
    const sent = ingests.at(-1)!;
    expect(sent.ok).toBe(false);
    const doc = sent.document;
    expect(doc.entities.map((e) => e.key)).not.toContain('person:linda-greenfield');
    expect(doc.entities.find((e) => e.key === 'person:linda-thomas-greenfield')?.aliases).toContain('Linda Greenfield');
    expect(doc.claims.find((c) => c.key === criticism2)?.speaker).toBe('person:linda-thomas-greenfield');
    expect(doc.claims.find((c) => c.key === statement)?.target).toBe('org:un-security-council');
    expect(doc.entities.map((e) => e.key)).toContain('org:un-security-council');
    await page.screenshot({ path: `${artifacts}add-article-validation.png` });
  });

  it('says once, clearly, when the token is missing, wrong or may not write; nothing is written', async () => {
    const fresh = await page.context().newPage();
    watch(fresh);
    const message = fresh.locator('.token-message');
    const before = await graphSize();
    const tryWith = async (token: string) => {
      await fresh.getByLabel('Token').fill(token);
      await fresh.getByRole('button', { name: 'Extract' }).click();
      await message.waitFor({ state: 'visible' });
      const text = await message.textContent();
      expect(await fresh.locator('.draft-claim').count()).toBe(0);
      expect(await fresh.getByLabel('Token').getAttribute('aria-invalid')).toBe('true');
      return text;
    };
    await fresh.goto(`${base}/explore/#/add`);
    // A new tab: no token kept from another.
    expect(await fresh.getByLabel('Token').inputValue()).toBe('');
    await fresh.getByLabel('Article text').fill(SECOND);
    await fresh.getByLabel('Published on').fill('2024-09-16');

    expect(await tryWith('')).toMatch(/^No token: .*editor’s token/);
    await fresh.getByLabel('Token').fill('x');
    expect(await message.isHidden()).toBe(true);
    expect(await tryWith('ngk_not-a-key-anyone-was-given')).toMatch(/did not accept this token/);
    expect(await tryWith(reader.key)).toMatch(/needs the editor role/);
    expect(await fresh.locator('[role="alert"]:not([hidden])').count()).toBe(1);

    // Ingest with a draft made under a good token, then the token replaced by a wrong one.
    await fresh.getByLabel('Token').fill(editor.key);
    await fresh.getByRole('button', { name: 'Extract' }).click();
    await fresh.locator('.draft-claim').first().waitFor({ timeout: 60_000 });
    await fresh.getByLabel('Token').fill('ngk_expired-or-revoked');
    await fresh.getByRole('button', { name: 'Ingest' }).click();
    await message.waitFor({ state: 'visible' });
    expect(await message.textContent()).toMatch(/did not accept this token/);
    expect(await fresh.locator('.add-status').textContent()).toBe('Nothing was written: the token was refused.');
    expect(await graphSize()).toEqual(before);

    // The token typed last is the tab's: a reload asks for nothing.
    await fresh.reload();
    expect(await fresh.getByLabel('Token').inputValue()).toBe('ngk_expired-or-revoked');
    await fresh.close();
  });

  it('logged no error in the page, and sent every operation by its trusted-document hash', () => {
    expect(pageErrors).toEqual([]);
    expect(sentAsText).toEqual([]);
  });
});
