import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.js';
import { artifacts, buildExplorer, launchChromium, watchPage, type PageWatch } from './support/browser.js';
import { restoresGraphAfterAll } from './support/restore.js';
import { fixture, importFixtures } from './import/support.js';

/**
 * The Explorer's views of the public record in a real browser, driven by
 * the keyboard: arms flows, the Security Council, a state's and a
 * transfer's page, and who accuses whom over a period and by origin. The
 * data is imported by the real importers from fixtures written for these
 * tests (tests/import/fixtures/explorer: a SIPRI export, the Council's
 * votes and vetoes, a GDELT export) and the graph is put back afterwards.
 * Screenshots go to tests/artifacts/record-*.png.
 */
// The machine running the tests may be busy: a cold query plan must not fail a view.
const app = testApp({ REQUEST_TIMEOUT_MS: '60000' });
restoresGraphAfterAll();

const FIXTURES = {
  sipri: ['explorer/sipri-explorer.csv'],
  'unsc-votes': ['explorer/unsc-votes-explorer.csv'],
  'unsc-vetoes': ['explorer/unsc-vetoes-explorer.csv'],
  gdelt: ['explorer/gdelt/20240630120000.export.CSV'],
};

describe('the record views of the Explorer', () => {
  let base: string;
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  let watch: PageWatch;

  beforeAll(async () => {
    for (const [source, files] of Object.entries(FIXTURES)) {
      const run = await importFixtures(app.graph, source, files.map(fixture));
      expect(run.skipped, source).toEqual({});
    }
    buildExplorer();
    base = await app.listen();
    const browser = await launchChromium({ width: 1440, height: 1000 });
    closeBrowser = browser.close;
    page = await browser.context.newPage();
    watch = watchPage(page);
  });

  afterAll(async () => {
    await closeBrowser?.();
  });

  /** The text of a data table's body, row by row, cell by cell. */
  const tableRows = (name: string) =>
    page
      .locator(`table[data-table="${name}"] tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));

  const focused = () =>
    page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      text: document.activeElement?.textContent?.trim(),
      label: document.activeElement?.getAttribute('aria-label'),
    }));

  it('draws arms flows as a Sankey diagram with its table, and opens the deals behind a flow from the keyboard', async () => {
    await page.goto(`${base}/explore/#/flows`);
    const table = page.locator('table[data-table="flows"]');
    await table.waitFor({ timeout: 20_000 });

    // Years and a category, typed and applied with Enter.
    const view = page.locator('#flows');
    await view.getByRole('textbox', { name: 'From' }).focus();
    await page.keyboard.type('2015');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2024');
    const category = view.locator('select[name="category"]');
    await category.focus();
    await category.selectOption('Aircraft');
    await view.getByRole('button', { name: 'Apply' }).press('Enter');
    await expect
      .poll(() => page.locator('.record-summary').first().textContent(), { timeout: 15_000 })
      .toContain('Aircraft');
    const rows = await tableRows('flows');
    const pairs = rows.map((r) => `${r[0]} → ${r[1]}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'France → India',
        'Russia → India',
        'Russia → China',
        'United States → India',
        'France → Egypt',
      ]),
    );
    // Air defence systems and missiles are other categories.
    expect(pairs).not.toContain('North Korea → Russia');
    const franceIndia = rows.find((r) => r[0] === 'France' && r[1] === 'India')!;
    // Rafale: 10 + 16 + 10 delivered in 2020–2022, TIV 50 each.
    expect(franceIndia.slice(2, 5)).toEqual(['1', '36', '1,800']);

    // The chart is ECharts' SVG, named for assistive technology.
    const chart = page.locator('[data-chart="flows"]');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toMatch(
      /^Arms flows, Aircraft, 2015–2024, width by tiv delivered: France to India 1,800/,
    );
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(5);

    // Enter on a row's Deals button lists the deals: designation, years, numbers, TIV, the record.
    await page.getByRole('button', { name: 'Deals: France to India' }).focus();
    await page.keyboard.press('Enter');
    const deals = page.locator('#flow-deals');
    await deals.locator('.deal').first().waitFor({ timeout: 15_000 });
    expect(await focused()).toMatchObject({ tag: 'H3', text: expect.stringContaining('Deals: France → India') });
    const deal = deals.locator('.deal[data-key="transfer:sipri-90003"]');
    const text = (await deal.textContent())!;
    for (const part of [
      'Rafale',
      'FGA aircraft',
      'Aircraft',
      '2016',
      '36',
      '1,800',
      'SIPRI Arms Transfers Database',
      '90003',
    ])
      expect(text, part).toContain(part);
    expect(await deal.locator('table tbody tr').count()).toBe(3);
    await page.screenshot({ path: `${artifacts}record-flows.png`, fullPage: true });

    // Escape closes them and gives the focus back to the button.
    await page.keyboard.press('Escape');
    expect(await deals.isHidden()).toBe(true);
    expect((await focused()).label).toBe('Deals: France to India');

    // A click on a flow in the chart opens its deals too.
    await category.selectOption('');
    await view.getByRole('button', { name: 'Apply' }).press('Enter');
    await expect
      .poll(async () => (await tableRows('flows')).map((r) => r[0]), { timeout: 15_000 })
      .toContain('North Korea');
    expect(rows.length).toBeLessThan((await tableRows('flows')).length);
  });

  it('shows the Security Council: vetoes by member over time, the agreement heat map read as a grid, and vote bars', async () => {
    await page.goto(`${base}/explore/#/council`);
    await page.getByRole('link', { name: 'Security Council' }).waitFor();
    await page.locator('table[data-table="vetoes"]').waitFor({ timeout: 20_000 });

    const view = page.locator('#council');
    await view.getByRole('textbox', { name: 'From' }).focus();
    await page.keyboard.type('2020');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2024');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await tableRows('vetoes')).map((r) => r[0]), { timeout: 15_000 })
      .not.toContain('S/2017/901');
    const vetoes = await tableRows('vetoes');
    // The fixture's drafts, and the seed's S/2024/255 (Russia, 28 March 2024), newest first.
    expect(vetoes.map((r) => r[0])).toEqual([
      'S/2024/905',
      'S/2024/255',
      'S/2024/904',
      'S/2023/903',
      'S/2022/902',
      'S/2020/901',
    ]);
    expect(vetoes[2]![3]).toMatch(/China, Russia|Russia, China/);
    const byYear = await tableRows('vetoes-by-year');
    const heads = await page.locator('table[data-table="vetoes-by-year"] thead th').allTextContents();
    const russia = heads.indexOf('Russia');
    expect(byYear.map((r) => [r[0], r[russia]])).toEqual([
      ['2020', '1'],
      ['2022', '1'],
      ['2023', '0'],
      ['2024', '3'],
    ]);
    expect(await page.locator('[data-chart="vetoes"]').getAttribute('aria-label')).toContain('Russia 5');

    // Agreement: China and Russia voted alike on the fixture's six resolutions, not on the seed's S/2024/255
    // (Russia against, China abstaining); the United States and Russia on 2.
    const grid = page.getByRole('grid', { name: /Voting agreement/ });
    await grid.waitFor();
    const cell = (a: string, b: string) =>
      grid
        .locator(`tbody tr:has(th a:text-is("${a}")) td`)
        .nth(['United States', 'United Kingdom', 'France', 'Russia', 'China'].indexOf(b));
    await expect
      .poll(() => cell('China', 'Russia').getAttribute('aria-label'))
      .toMatch(/China and Russia: voted alike on 86%, 6 of 7 resolutions/);
    expect(await cell('United States', 'Russia').getAttribute('aria-label')).toMatch(
      /United States and Russia: voted alike on \d+%, 2 of \d+ resolutions/,
    );
    await grid.locator('td[data-row="0"][data-col="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await focused()).label).toMatch(/^United States and Russia: /);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    expect((await focused()).label).toMatch(/^United Kingdom and China: /);
    expect(await page.locator('[data-chart="agreement"]').getAttribute('aria-label')).toMatch(/most alike/);

    // Resolutions with their vote bars, newest first.
    const resolutions = await tableRows('resolutions');
    expect(resolutions[0]!.slice(0, 2)).toEqual(['S/RES/9106 (2024)', '2024-03-25']);
    expect(resolutions[0]![3]).toBe('13');
    expect(resolutions[0]![7]).toContain('United States');
    await expect.poll(() => page.locator('[data-chart="vote-bars"] svg path').count()).toBeGreaterThan(4);
    await page.screenshot({ path: `${artifacts}record-council.png`, fullPage: true });
    await page
      .locator('section[aria-labelledby="council-vetoes-title"]')
      .screenshot({ path: `${artifacts}record-council-vetoes.png` });

    // Enter on a cell opens the row's member.
    await page
      .getByRole('grid', { name: /Voting agreement/ })
      .locator('td[data-row="3"][data-col="4"]')
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#/entity/state:RUS');
  });

  it('gives a state its transfers by year, votes, vetoes and claims over time, reported and coded apart', async () => {
    await page.goto(`${base}/explore/#/entity/state:RUS`);
    await page.locator('table[data-table="claims-over-time"]').waitFor({ timeout: 60_000 });
    const panel = page.locator('#entity');

    const transfers = await tableRows('transfers-by-year');
    const year = (y: string) => transfers.find((r) => r[0] === y)!;
    // Out: S-400 to India 2 in 2021, Su-30MKI and Su-35 in 2016; in: KN-23 from North Korea in 2023.
    expect(year('2021').slice(1, 4)).toEqual(['1', '2', '240']);
    expect(year('2016').slice(1, 4)).toEqual(['2', '10', '320']);
    expect(year('2023').slice(4, 7)).toEqual(['1', '40', '60']);

    const votes = await tableRows('votes-by-year');
    const ofYear = (y: string) => votes.find((r) => r[0] === y)!;
    expect(ofYear('2021').slice(1)).toEqual(['0', '0', '1', '0']);
    // 2024: for the fixture's S/RES/9106, against the seed's S/2024/255.
    expect(ofYear('2024').slice(1)).toEqual(['1', '1', '0', '0']);
    expect((await tableRows('vetoes')).map((r) => r[0])).toEqual(
      expect.arrayContaining(['S/2024/905', 'S/2024/904', 'S/2022/902', 'S/2020/901', 'S/2017/901']),
    );
    // Russia's vetoes by agenda item: the fixture's five drafts on three items.
    expect(await tableRows('vetoes-by-agenda')).toEqual(
      expect.arrayContaining([
        ['Test agenda: humanitarian access', '2'],
        ['Test agenda: sanctions monitoring', '2'],
        ['Test agenda: territorial integrity', '1'],
      ]),
    );

    // Claims by month: the fixture's coded claims against Russia in March to June 2024, the seed's reported ones in June.
    const claims = await tableRows('claims-over-time');
    const month = (label: string) => claims.find((r) => r[0] === label)!;
    expect(month('March 2024').slice(1, 3)).toEqual(['0', '2']);
    expect(month('May 2024')[2]).toBe('3');
    expect(Number(month('June 2024')[1])).toBeGreaterThan(0);
    expect(month('June 2024')[2]).toBe('2');
    expect(month('April 2024')[4]).toBe('1');
    const chart = panel.locator('[data-chart="claims-over-time"]');
    expect(await chart.getAttribute('aria-label')).toMatch(/against it, coded: 8/);
    // The tables are reachable: Tab from the chart's section lands on links and never on the chart itself.
    expect(await chart.getAttribute('tabindex')).toBeNull();
    await panel.locator('#transfers-by-year').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}record-state.png`, fullPage: true });
    await panel.locator('#vetoes').screenshot({ path: `${artifacts}record-state-vetoes.png` });
    await panel.locator('#claims-over-time').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${artifacts}record-state-claims.png` });
  });

  it('gives India the TIV it received from each supplier by year', async () => {
    await page.goto(`${base}/explore/#/entity/state:IND`);
    const table = page.locator('table[data-table="received-by-supplier"]');
    await table.waitFor({ timeout: 30_000 });
    const heads = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    // Suppliers most TIV first: Rafale 1,800, then S-400 480 and Su-30MKI 360, then MH-60R 180.
    expect(heads).toEqual(['Year', 'France', 'Russia', 'United States']);
    const rows = await tableRows('received-by-supplier');
    const year = (y: string) => rows.find((r) => r[0] === y)!.slice(1);
    expect(year('2016')).toEqual(['0', '180', '0']);
    expect(year('2021')).toEqual(['800', '240', '60']);
    expect(year('2022')).toEqual(['500', '120', '120']);
    expect(year('2023')).toEqual(['0', '120', '0']);
    const chart = page.locator('[data-chart="transfers-by-year"]');
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(5);
    await page.locator('#transfers-by-year').scrollIntoViewIfNeeded();
    await page.locator('#entity').screenshot({ path: `${artifacts}record-india.png` });
  });

  it('shows an article’s alleged transfer beside the SIPRI record that corroborates it', async () => {
    await page.goto(`${base}/explore/#/entity/${encodeURIComponent('transfer:prk-rus-ballistic-missiles-2023-2024')}`);
    const record = page.locator('#transfer-record');
    await record.waitFor({ timeout: 60_000 });
    const alleged = record.getByRole('group', { name: 'What articles allege' });
    const recorded = record.getByRole('group', { name: 'What the dataset records' });
    const allegedText = (await alleged.textContent())!;
    expect(allegedText).toContain('alleged');
    expect(allegedText).toContain('dozens');
    expect(allegedText).toContain('Reuters');
    const recordedText = (await recorded.textContent())!;
    for (const part of [
      'KN-23 from North Korea to Russia',
      'Hwasong-11',
      'Missiles',
      '2023 (estimate)',
      '100 (estimate)',
      '150',
      'SIPRI Arms Transfers Database',
      'sipri-explorer.csv',
      '90006',
    ])
      expect(recordedText, part).toContain(part);
    // Beside: the two sides share a row.
    const [a, b] = await Promise.all([alleged.boundingBox(), recorded.boundingBox()]);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);

    // The dataset's own deal lists the article's transfers it corroborates: the seed has two.
    await page.goto(`${base}/explore/#/entity/${encodeURIComponent('transfer:sipri-90006')}`);
    await page.locator('#transfer-record .side.alleged .allegation-facts').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#transfer-record .side.alleged .allegation-facts').count()).toBe(2);
    await page.goto(`${base}/explore/#/entity/${encodeURIComponent('transfer:prk-rus-ballistic-missiles-2023-2024')}`);
    await page.locator('#transfer-record .side.recorded .record-facts').waitFor({ timeout: 30_000 });
    await page.locator('#entity').screenshot({ path: `${artifacts}record-transfer.png` });
  });

  it('limits who accuses whom to a period and an origin, from the keyboard', async () => {
    await page.goto(`${base}/explore/#/accusations`);
    const view = page.locator('#matrix');
    const grid = page.getByRole('grid', { name: /Who accuses whom/ });
    await grid.waitFor({ timeout: 15_000 });
    const accused = () => grid.locator('thead th[scope="col"] a').allTextContents();
    const accusers = () => grid.locator('tbody th[scope="row"] a').allTextContents();
    const count = (a: string, b: string) =>
      accused().then((cols) =>
        grid
          .locator(`tbody tr:has(th a:text-is("${a}")) td`)
          .nth(cols.indexOf(b))
          .getAttribute('data-count')
          .then(Number),
      );

    // Coded only: the fixture's GDELT accusations (112 and its sub-codes), the seed's reported ones left out.
    await page.getByRole('radio', { name: 'Both' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Coded (datasets)' }).isChecked()).toBe(true);
    await expect.poll(() => count('United States', 'Russia'), { timeout: 15_000 }).toBe(3);
    expect(await accusers()).not.toContain('Linda Thomas-Greenfield');

    // A period: March to May 2024 leaves June's accusation out.
    await view.getByRole('textbox', { name: 'From' }).focus();
    await page.keyboard.type('2024-03');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2024-05');
    await page.keyboard.press('Enter');
    await expect.poll(() => count('United States', 'Russia'), { timeout: 15_000 }).toBe(2);
    expect(await count('Ukraine', 'Russia')).toBe(2);
    expect(await accusers()).toContain('Russia');
    await page.screenshot({ path: `${artifacts}record-matrix.png`, fullPage: true });

    // A wrong date is named at its field, and nothing is sent.
    await view.getByRole('textbox', { name: 'To' }).fill('May 2024');
    await view.getByRole('textbox', { name: 'To' }).press('Enter');
    await expect.poll(() => page.locator('.matrix-summary').textContent()).toContain('To must be a year, month or day');
    expect(await view.getByRole('textbox', { name: 'To' }).getAttribute('aria-invalid')).toBe('true');

    // Reported only: the seed's accusations, none coded.
    await view.getByRole('textbox', { name: 'To' }).fill('');
    await view.getByRole('textbox', { name: 'From' }).fill('');
    await page.getByRole('radio', { name: 'Reported (articles)' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => accused(), { timeout: 15_000 }).not.toContain('Ukraine');
    expect(await accused()).toContain('Russia');
  });

  it('sent only operations the server accepted, by hash, and the page logged no error', () => {
    expect(watch.sentAsText).toEqual([]);
    expect(watch.operations).toEqual(
      expect.arrayContaining([
        'TransferFlows',
        'FlowDeals',
        'CouncilVetoes',
        'VotingAgreement',
        'CouncilResolutions',
        'StateRecord',
        'ClaimsOverTime',
        'TransferRecord',
        'AccusationMatrix',
      ]),
    );
    expect(watch.rejected).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
