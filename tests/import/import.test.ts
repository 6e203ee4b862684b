import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { parseDocument } from '../../src/ingest/document.js';
import { capturingLogger, contractOperation, data, testApp } from '../support/app.js';
import { uniqueSlug } from '../support/graph.js';
import { restoresGraphAfterAll } from '../support/restore.js';
import { cypherRows } from '../support/writes.js';
import { fixture, importCli, importFixtures, written } from './support.js';

/**
 * The importers on fixtures written in each publisher's layout, with its
 * quirks: what each row becomes, that a second run writes nothing, that a
 * newer export updates in place with history, that bad rows are reported
 * and wrong files refused, and that SIPRI's record of the seed's
 * Hwasong-11 transfer corroborates the article's, both ways round.
 * Everything these tests write is put back afterwards.
 */
const { logger, lines: logLines } = capturingLogger();
const app = testApp({ LOG_LEVEL: 'info' }, { logger });
const graph = app.graph;
restoresGraphAfterAll();

const tmp = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const one = async (statement: string, params: Record<string, unknown> = {}) =>
  (await cypherRows(graph, statement, params))[0]!;

describe('unsc-votes', () => {
  it('writes each resolution once, with its votes, the Council as its body, and the members old and new', async () => {
    const run = await importFixtures(graph, 'unsc-votes', [fixture('unsc-votes.csv')]);
    expect(run.rows).toBe(9);
    expect(run.records).toBe(6);
    expect(run.skipped).toEqual({ 'unknown vote code': 1, 'unparseable date': 1, 'wrong number of columns': 1 });

    const r82 = await one(
      `MATCH (r:Resolution {key: 'resolution:s-res-82-1950'})-[:CONSIDERED_BY]->(c)
       RETURN properties(r) AS r, c.key AS council,
              [(s)-[v:VOTED]->(r) | [s.key, v.vote]] AS votes`,
    );
    expect(r82.council).toBe('org:un-security-council');
    expect(r82.r).toMatchObject({
      symbol: 'S/RES/82 (1950)',
      name: 'Security Council resolution 82 (1950)',
      status: 'ADOPTED',
      date: '1950-06-25',
      title: 'Complaint of aggression upon the Republic of Korea',
      subjectHeadings: ['KOREA', 'ARMED INCIDENTS'],
      meeting: 'S/PV.473',
      votesFor: 9,
      abstentions: 1,
      nonVoting: 1,
      members: 11,
      record: '1',
      dataset: 'dataset:unsc-votes-unsc-votes.csv',
    });
    expect(r82.votes.sort()).toEqual([
      ['state:SUN', 'NON_VOTING'],
      ['state:USA', 'FOR'],
      ['state:YUG', 'ABSTAIN'],
    ]);
    const ussr = await one(`MATCH (s:State {key: 'state:SUN'}) RETURN properties(s) AS s`);
    expect(ussr.s).toMatchObject({ name: 'Soviet Union', code: 'SUN', formed: '1922-12-30', dissolved: '1991-12-26' });
  });

  it('is the seed’s resolution 2397 whether the symbol has a space or not, adds what it lacks and keeps what the articles said', async () => {
    const r = await one(
      `MATCH (r:Resolution) WHERE r.symbol STARTS WITH 'S/RES/2397'
       RETURN collect(r.key) AS keys, properties(head(collect(r))) AS props`,
    );
    expect(r.keys).toEqual(['resolution:s-res-2397-2017']);
    expect(r.props).toMatchObject({
      title: "Resolution 2397 (2017) on the Democratic People's Republic of Korea",
      agenda: "Non-proliferation/Democratic People's Republic of Korea",
      votesFor: 15,
      dataset: 'dataset:unsc-votes-unsc-votes.csv',
    });
    const votes = await cypherRows(
      graph,
      `MATCH (s:State)-[v:VOTED]->(:Resolution {key: 'resolution:s-res-2397-2017'}) RETURN s.key AS state, v.sources AS sources ORDER BY state`,
    );
    expect(votes).toEqual(
      expect.arrayContaining([
        { state: 'state:JPN', sources: ['dataset:unsc-votes-unsc-votes.csv'] },
        { state: 'state:RUS', sources: ['article:un-s-res-2397-2017', 'dataset:unsc-votes-unsc-votes.csv'] },
        // The fixture has no Chinese row: the article's vote stays as it was.
        { state: 'state:CHN', sources: ['article:un-s-res-2397-2017'] },
      ]),
    );
  });

  it('writes nothing the second time', async () => {
    const again = await importFixtures(graph, 'unsc-votes', [fixture('unsc-votes.csv')]);
    expect(written(again)).toMatchObject({ created: 0, updated: 0 });
    expect(written(again).unchanged).toBeGreaterThan(0);
  });

  it('updates a vote a newer file records otherwise, and only that one', async () => {
    const newer = join(tmp, 'unsc-votes-corrected.csv');
    writeFileSync(
      newer,
      readFileSync(fixture('unsc-votes.csv'), 'utf8').replace('1,YUG,YUGOSLAVIA,R,A,', '1,YUG,YUGOSLAVIA,R,N,'),
    );
    const run = await importFixtures(graph, 'unsc-votes', [newer]);
    expect(run.relationships.VOTED).toMatchObject({ created: 0, updated: 1 });
    expect(run.relationships.VOTED!.unchanged).toBeGreaterThan(0);
    const votes = await cypherRows(
      graph,
      `MATCH (s:State)-[v:VOTED]->(:Resolution {key: 'resolution:s-res-82-1950'}) RETURN s.key AS state, v.vote AS vote`,
    );
    expect(votes).toEqual(
      expect.arrayContaining([
        { state: 'state:YUG', vote: 'AGAINST' },
        { state: 'state:USA', vote: 'FOR' },
      ]),
    );
    // The file as it was puts the vote back, and a second time changes nothing.
    expect((await importFixtures(graph, 'unsc-votes', [fixture('unsc-votes.csv')])).relationships.VOTED).toMatchObject({
      updated: 1,
    });
    expect(written(await importFixtures(graph, 'unsc-votes', [fixture('unsc-votes.csv')]))).toMatchObject({
      created: 0,
      updated: 0,
    });
  });

  it('leaves out records outside --since/--until, and counts them', async () => {
    const run = await importFixtures(graph, 'unsc-votes', [fixture('unsc-votes.csv')], {
      since: '2000',
      until: '2020-01',
    });
    expect(run.records).toBe(6);
    expect(run.outside).toBe(3);
  });
});

describe('unsc-vetoes', () => {
  it('reads the list with a column of vetoing members, title lines first', async () => {
    const report = join(tmp, 'vetoes-report.csv');
    const run = await importFixtures(graph, 'unsc-vetoes', [fixture('unsc-vetoes.csv')], { report });
    expect(run.records).toBe(3);
    expect(run.skipped).toEqual({ 'unparseable date': 1, 'unknown state': 1 });
    expect(readFileSync(report, 'utf8')).toContain(`${fixture('unsc-vetoes.csv')},7,unknown state,Atlantis`);
    const drafts = await cypherRows(
      graph,
      `MATCH (r:Resolution) WHERE r.key IN ['resolution:s-2024-255', 'resolution:s-2022-431', 'resolution:s-1653']
       RETURN r.key AS key, r.status AS status, r.symbol AS symbol, r.date AS date,
              [(s)-[:VETOED]->(r) | s.key] AS vetoedBy, [(r)-[:CONSIDERED_BY]->(c) | c.key] AS body ORDER BY key`,
    );
    expect(drafts.map((d) => ({ ...d, vetoedBy: d.vetoedBy.sort() }))).toEqual([
      {
        key: 'resolution:s-1653',
        status: 'VETOED',
        symbol: 'S/1653',
        date: '1950-09-06',
        vetoedBy: ['state:SUN'],
        body: ['org:un-security-council'],
      },
      {
        key: 'resolution:s-2022-431',
        status: 'VETOED',
        symbol: 'S/2022/431',
        date: '2022-05-26',
        vetoedBy: ['state:CHN', 'state:RUS'],
        body: ['org:un-security-council'],
      },
      {
        key: 'resolution:s-2024-255',
        status: 'VETOED',
        symbol: 'S/2024/255',
        date: '2024-03-28',
        vetoedBy: ['state:RUS'],
        body: ['org:un-security-council'],
      },
    ]);
    const seedVeto = await one(
      `MATCH (:State {key: 'state:RUS'})-[v:VETOED]->(:Resolution {key: 'resolution:s-2024-255'}) RETURN v.sources AS sources, v.record AS record`,
    );
    expect(seedVeto).toEqual({
      sources: ['article:53f6e0b8b575f843', 'article:un-s-2024-255', 'dataset:unsc-vetoes-unsc-vetoes.csv'],
      record: 'S/2024/255',
    });
  });

  it('reads the list with one 1/0 column per permanent member as the same vetoes', async () => {
    const run = await importFixtures(graph, 'unsc-vetoes', [fixture('unsc-vetoes-by-member.csv')]);
    expect(run.records).toBe(3);
    expect(run.skipped).toEqual({ 'no vetoing member': 1, 'unreadable member column': 1 });
    // Its own Dataset node is new; every veto was already there.
    expect(run.nodes.Dataset?.created).toBe(1);
    expect(written(run)).toMatchObject({ created: 1, updated: 0 });
  });
});

describe('sipri', () => {
  it('reads the trade register in Latin-1 after its title lines, with its uncertainty marks and SIPRI’s names', async () => {
    const report = join(tmp, 'sipri-report.csv');
    const run = await importFixtures(graph, 'sipri', [fixture('sipri-trade-register.csv')], { report });
    const file = run.files[0]!;
    expect(file).toMatchObject({ encoding: 'latin-1', asOf: '2024-03-11', rows: 13, records: 10 });
    expect(run.skipped).toEqual({ 'unknown state name': 1, 'unparseable year': 1, 'wrong number of columns': 1 });
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(`${fixture('sipri-trade-register.csv')},17,unparseable year,year of order: 19x8`);

    const transfers = await cypherRows(
      graph,
      `MATCH (t:WeaponsTransfer) WHERE t.dataset = 'dataset:sipri-sipri-trade-register.csv'
       RETURN t.key AS key, t.name AS name, t.status AS status,
              [(t)-[:SUPPLIED_BY]->(s) | s.key] AS supplier, [(t)-[:RECEIVED_BY]->(r) | r.key] AS recipient,
              [(t)-[:OF_WEAPON]->(w) | w.key] AS weapon ORDER BY name`,
    );
    expect(transfers.map((t) => [t.name, t.supplier, t.recipient, t.weapon, t.status])).toEqual([
      ['9K32 Strela-2 from an unknown supplier to Libya', [], ['state:LBY'], ['weapon:9k32-strela-2'], 'REPORTED'],
      ['Alpha Jet from France to Ivory Coast', ['state:FRA'], ['state:CIV'], ['weapon:alpha-jet'], 'REPORTED'],
      ['E-3A Sentry from United States to NATO', ['state:USA'], ['org:nato'], ['weapon:e-3a-sentry'], 'REPORTED'],
      ['F-35A from United States to South Korea', ['state:USA'], ['state:KOR'], ['weapon:f-35a'], 'REPORTED'],
      // KN-23 is an alias of the seed's Hwasong-11: the same weapon system, not a new one.
      ['KN-23 from North Korea to Russia', ['state:PRK'], ['state:RUS'], ['weapon:hwasong-11'], 'REPORTED'],
      ['MiG-21 from Soviet Union to Czechoslovakia', ['state:SUN'], ['state:CSK'], ['weapon:mig-21'], 'REPORTED'],
      ['MiG-21 from Soviet Union to Czechoslovakia', ['state:SUN'], ['state:CSK'], ['weapon:mig-21'], 'REPORTED'],
      [
        'Qasef-1 from Iran to Houthi rebels',
        ['state:IRN'],
        ['org:houthi-rebels-yemen'],
        ['weapon:qasef-1'],
        'REPORTED',
      ],
      ['S-400 from Russia to Türkiye', ['state:RUS'], ['state:TUR'], ['weapon:s-400'], 'REPORTED'],
      ['T-72 from Soviet Union to East Germany', ['state:SUN'], ['state:DDR'], ['weapon:t-72'], 'REPORTED'],
    ]);
    // The second MiG-21 order of the same year keeps a key of its own.
    const migs = transfers
      .filter((t) => t.name.startsWith('MiG-21'))
      .map((t) => t.key)
      .sort();
    expect(migs[1]).toBe(`${migs[0]}-2`);
    expect(await one(`MATCH (w:WeaponSystem {key: 'weapon:kn-23'}) RETURN count(w) AS n`)).toEqual({ n: 0 });

    const kn23 = await one(
      `MATCH (t:WeaponsTransfer {name: 'KN-23 from North Korea to Russia'}) RETURN properties(t) AS t`,
    );
    expect(kn23.t).toMatchObject({
      orderYear: 2023,
      orderYearEstimate: true,
      numberOrdered: 100,
      numberOrderedEstimate: true,
      numberDelivered: 100,
      numberDeliveredEstimate: true,
      deliveryYears: [2023, 2024],
      deliveryNumbers: [50, 50],
      deliveryTivs: [75, 75],
      deliveryEstimates: [false, false],
      deliveriesSpread: true,
      secondHand: false,
      tivPerUnit: 1.5,
      tivTotalOrder: 150,
      tivDelivered: 150,
      periodStart: '2023',
      periodEnd: '2024',
    });
    expect(kn23.t.record).toMatch(/^tr-[0-9a-f]{12}$/);
    expect(kn23.t.key).toBe(`transfer:sipri-${kn23.t.record}`);

    const f35 = await one(
      `MATCH (t:WeaponsTransfer {name: 'F-35A from United States to South Korea'}) RETURN properties(t) AS t`,
    );
    // 40 over three years: the remainder to the earliest; TIV in proportion; the bracketed year is uncertain.
    expect(f35.t).toMatchObject({
      deliveryNumbers: [14, 13, 13],
      deliveryTivs: [840, 780, 780],
      deliveryEstimates: [false, false, true],
    });
    const houthi = await one(
      `MATCH (o:Organization {key: 'org:houthi-rebels-yemen'})-[:LOCATED_IN]->(s) RETURN o.name AS name, o.category AS category, s.key AS state`,
    );
    expect(houthi).toEqual({ name: 'Houthi rebels', category: 'ARMED_GROUP', state: 'state:YEM' });
    expect(await one(`MATCH (o:Organization {key: 'org:nato'}) RETURN o.name AS name, o.category AS category`)).toEqual(
      {
        name: 'NATO',
        category: 'INTERGOVERNMENTAL',
      },
    );
    const ddr = await one(`MATCH (s:State {key: 'state:DDR'}) RETURN s.name AS name, s.dissolved AS dissolved`);
    expect(ddr).toEqual({ name: 'East Germany', dissolved: '1990-10-03' });
  });

  it('reads the newer export (UTF-8 with a byte order mark): one deal from its rows, one per delivery year', async () => {
    const run = await importFixtures(graph, 'sipri', [fixture('sipri-export.csv')]);
    expect(run.files[0]).toMatchObject({ encoding: 'utf-8', rows: 9, records: 5 });
    expect(run.skipped).toEqual({ "deal's rows apart": 1, 'unreadable flag': 1 });
    const s400 = await one(`MATCH (t:WeaponsTransfer {key: 'transfer:sipri-41001'}) RETURN properties(t) AS t,
      [(t)-[:RECEIVED_BY]->(r) | r.key] AS recipient`);
    expect(s400.recipient).toEqual(['state:IND']);
    expect(s400.t).toMatchObject({
      record: '41001',
      orderYear: 2018,
      deliveryYears: [2021, 2022, 2023],
      deliveryNumbers: [2, 1, 1],
      deliveryTivs: [240, 120, 120],
      deliveryEstimates: [false, true, true],
      numberDelivered: 4,
      numberDeliveredEstimate: true,
      tivDelivered: 480,
      tivPerUnit: 120,
      deliveriesSpread: false,
      armamentCategory: 'Air defence systems',
    });
    const rows = await cypherRows(
      graph,
      `MATCH (t:WeaponsTransfer) WHERE t.key IN ['transfer:sipri-41002', 'transfer:sipri-41003', 'transfer:sipri-41004', 'transfer:sipri-41006']
       RETURN t.key AS key, [(t)-[:SUPPLIED_BY]->(s) | s.key][0] AS supplier, [(t)-[:RECEIVED_BY]->(r) | r.key][0] AS recipient,
              t.secondHand AS secondHand, t.localProduction AS localProduction, t.deliveryYears AS years ORDER BY key`,
    );
    expect(rows).toEqual([
      {
        key: 'transfer:sipri-41002',
        supplier: 'state:FRA',
        recipient: 'state:ARE',
        secondHand: false,
        localProduction: false,
        years: null,
      },
      {
        key: 'transfer:sipri-41003',
        supplier: 'state:DEU',
        recipient: 'state:CZE',
        secondHand: true,
        localProduction: false,
        years: [2023],
      },
      {
        key: 'transfer:sipri-41004',
        supplier: 'state:CZE',
        recipient: 'state:BIH',
        secondHand: true,
        localProduction: true,
        years: [2020],
      },
      {
        key: 'transfer:sipri-41006',
        supplier: 'state:GBR',
        recipient: 'org:african-union',
        secondHand: true,
        localProduction: false,
        years: [2021],
      },
    ]);
  });

  it('writes nothing the second time, in either layout', async () => {
    const again = await importFixtures(graph, 'sipri', [
      fixture('sipri-trade-register.csv'),
      fixture('sipri-export.csv'),
    ]);
    expect(written(again)).toMatchObject({ created: 0, updated: 0 });
  });

  it('updates a deal in place from a newer export, and the history shows what changed', async () => {
    const newer = join(tmp, 'sipri-export-2025-03-10.csv');
    writeFileSync(
      newer,
      readFileSync(fixture('sipri-export.csv'), 'utf8').replace(
        '41003,Germany,Czechia,Leopard-2A4,tank,Armoured vehicles,2022,True,14,',
        '41003,Germany,Czechia,Leopard-2A4,tank,Armoured vehicles,2022,True,15,',
      ),
    );
    const run = await importFixtures(graph, 'sipri', [newer]);
    expect(run.files[0]!.asOf).toBe('2025-03-10');
    expect(run.nodes.WeaponsTransfer).toEqual({ created: 0, updated: 1, unchanged: 4 });
    const res = await app.query(
      `query ($id: ID!) { node(id: $id) { ... on WeaponsTransfer {
          numberDelivered deliveries { year number } dataset { key asOf }
          history(first: 1) { edges { node { operation actor status before after } } } } } }`,
      { id: 'transfer:sipri-41003' },
    );
    const node = data(res).node;
    expect(node.numberDelivered).toBe(15);
    expect(node.deliveries).toEqual([{ year: 2023, number: 15 }]);
    expect(node.dataset).toEqual({ key: 'dataset:sipri-sipri-export-2025-03-10.csv', asOf: '2025-03-10' });
    const entry = node.history.edges[0].node;
    expect(entry).toMatchObject({ operation: 'import', status: 'UPDATED' });
    expect(entry.before).toMatchObject({ numberDelivered: 14, deliveryNumbers: [14] });
    expect(entry.after).toMatchObject({ numberDelivered: 15, deliveryNumbers: [15] });
  });
});

describe('corroboration', () => {
  const query = `query ($id: ID!) { node(id: $id) { ... on WeaponsTransfer {
      key status corroboratedBy { key status orderYear orderYearEstimate numberDelivered numberDeliveredEstimate deliveriesSpread
        deliveries { year number tiv estimate } tivTotalOrder record weapon { key } supplier { key } recipient { key }
        dataset { source name publisher file asOf url }
        corroborates { key } } } } }`;

  it('shows SIPRI’s record beside the seed’s alleged Hwasong-11 transfer, and the record the article’s transfer', async () => {
    const node = data(await app.query(query, { id: 'transfer:prk-rus-ballistic-missiles-2023-2024' })).node;
    expect(node.status).toBe('ALLEGED');
    expect(node.corroboratedBy).toHaveLength(1);
    const record = node.corroboratedBy[0];
    expect(record).toMatchObject({
      status: 'REPORTED',
      orderYear: 2023,
      orderYearEstimate: true,
      numberDelivered: 100,
      deliveriesSpread: true,
      deliveries: [
        { year: 2023, number: 50, tiv: 75, estimate: false },
        { year: 2024, number: 50, tiv: 75, estimate: false },
      ],
      weapon: { key: 'weapon:hwasong-11' },
      supplier: { key: 'state:PRK' },
      recipient: { key: 'state:RUS' },
      dataset: {
        source: 'sipri',
        name: 'SIPRI Arms Transfers Database',
        file: 'sipri-trade-register.csv',
        asOf: '2024-03-11',
      },
    });
    expect(record.key).toBe(`transfer:sipri-${record.record}`);
    expect(record.corroborates.map((t: { key: string }) => t.key).sort()).toEqual([
      'transfer:prk-rus-ballistic-missiles-2023-2024',
      'transfer:prk-rus-missiles-launched-dec-2023-feb-2024',
    ]);
    // Two nodes: the article's transfer keeps its own words.
    const article = await one(
      `MATCH (t:WeaponsTransfer {key: 'transfer:prk-rus-ballistic-missiles-2023-2024'}) RETURN properties(t) AS t`,
    );
    expect(article.t).toMatchObject({ quantity: 'dozens', period: 'over the past year', status: 'ALLEGED' });
    expect(article.t.dataset).toBeUndefined();
  });

  it('links an article’s transfer ingested after the record', async () => {
    const slug = uniqueSlug('kn23');
    const parsed = parseDocument({
      sources: [
        {
          key: `article:${slug}`,
          category: 'NEWS',
          title: 'Missile deliveries',
          publisher: 'Test Wire',
          publishedOn: '2024-05-02',
          text: 'North Korea sent KN-23 missiles to Russia this spring, officials said.',
        },
      ],
      entities: [
        { key: 'state:PRK', type: 'State', name: 'North Korea' },
        { key: 'state:RUS', type: 'State', name: 'Russia' },
        { key: 'weapon:hwasong-11', type: 'WeaponSystem', name: 'Hwasong-11' },
        {
          key: `transfer:${slug}`,
          type: 'WeaponsTransfer',
          name: 'KN-23 missiles to Russia',
          periodStart: '2024-03',
          periodEnd: '2024-05',
          status: 'ALLEGED',
        },
      ],
      relationships: [
        { type: 'SUPPLIED_BY', from: `transfer:${slug}`, to: 'state:PRK' },
        { type: 'RECEIVED_BY', from: `transfer:${slug}`, to: 'state:RUS' },
        { type: 'OF_WEAPON', from: `transfer:${slug}`, to: 'weapon:hwasong-11' },
      ],
      claims: [],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const summary = await ingestDocument(graph, parsed.document);
    expect(summary.relationships.CORROBORATED_BY).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const node = data(await app.query(query, { id: `transfer:${slug}` })).node;
    expect(node.corroboratedBy.map((t: { key: string; record: string }) => t.key)).toEqual([
      expect.stringMatching(/^transfer:sipri-tr-/),
    ]);
    // Ingesting it again finds the link there.
    const again = await ingestDocument(graph, parsed.document);
    expect(again.changed).toBe(false);
  });

  it('does not link transfers whose periods do not overlap', async () => {
    const links = await cypherRows(
      graph,
      `MATCH (a)-[:CORROBORATED_BY]->(r) RETURN a.key AS article, r.key AS record ORDER BY article`,
    );
    // Every link is from an article's transfer to a dataset's record, and S-400 to Türkiye (2017-2019) finds none.
    expect(links.every((l) => !l.article.startsWith('transfer:sipri-') && l.record.startsWith('transfer:sipri-'))).toBe(
      true,
    );
  });
});

interface Listed {
  key: string;
  recipientOrganization: { key: string } | null;
  dataset: unknown;
  corroboratedBy: { dataset: unknown }[];
}

describe('the read API', () => {
  it('shows a resolution’s votes, non-voting members included, its totals and where the data comes from', async () => {
    const res = await app.query(
      `{ node(id: "resolution:s-res-82-1950") { ... on Resolution {
          symbol status agenda subjectHeadings meeting modality url record
          voteTotals { for against abstentions nonVoting members }
          votes { vote state { key name code formed dissolved } }
          consideredBy { key }
          dataset { source name publisher asOf } } } }`,
    );
    const r = data(res).node;
    expect(r).toMatchObject({
      symbol: 'S/RES/82 (1950)',
      status: 'ADOPTED',
      subjectHeadings: ['KOREA', 'ARMED INCIDENTS'],
      meeting: 'S/PV.473',
      record: '1',
      voteTotals: { for: 9, against: 0, abstentions: 1, nonVoting: 1, members: 11 },
      consideredBy: { key: 'org:un-security-council' },
      dataset: {
        source: 'unsc-votes',
        name: 'Security Council voting data',
        publisher: 'United Nations Dag Hammarskjöld Library',
      },
    });
    expect(r.votes).toContainEqual({
      vote: 'NON_VOTING',
      state: { key: 'state:SUN', name: 'Soviet Union', code: 'SUN', formed: '1922-12-30', dissolved: '1991-12-26' },
    });
  });

  it('lists transfers with their organizations, corroborations and datasets at a cost that does not grow with the list', async () => {
    const query = `query ($first: Int) { weaponsTransfers(first: $first) { edges { node { key
        supplier { name } recipient { name } recipientOrganization { key category } record
        dataset { name asOf } weapon { name dataset { name } }
        corroboratedBy { key dataset { file } supplier { name } } corroborates { key } armamentCategory tivDelivered } } } }`;
    const statements = async (first: number) => {
      const requestId = uniqueSlug('req');
      const res = await app.query(query, { first }, { 'x-request-id': requestId });
      const nodes: Listed[] = data(res).weaponsTransfers.edges.map((e: { node: Listed }) => e.node);
      return { nodes, cypher: logLines.find((l) => l.requestId === requestId)!.cypher as number };
    };
    const few = await statements(2);
    const many = await statements(15);
    expect(many.nodes).toHaveLength(15);
    expect(many.cypher).toBe(few.cypher);
    const all = (await statements(100)).nodes;
    const nato = all.find(
      (n: { recipientOrganization: { key: string } | null }) => n.recipientOrganization?.key === 'org:nato',
    );
    expect(nato).toMatchObject({
      recipient: null,
      recipientOrganization: { key: 'org:nato', category: 'INTERGOVERNMENTAL' },
      tivDelivered: 2700,
      dataset: { name: 'SIPRI Arms Transfers Database', asOf: '2024-03-11' },
    });
    const seed = all.find((n) => n.key === 'transfer:prk-rus-ballistic-missiles-2023-2024')!;
    expect(seed.dataset).toBeNull();
    expect(seed.corroboratedBy[0]!.dataset).toEqual({ file: 'sipri-trade-register.csv' });
  });

  it('keeps the contract’s transfers operation working', async () => {
    const res = await app.query(await contractOperation('transfers'), { supplier: 'state:PRK' });
    const edges = data(res).weaponsTransfers.edges;
    expect(edges.length).toBeGreaterThanOrEqual(3);
    expect(edges.map((e: { node: { status: string } }) => e.node.status)).toContain('REPORTED');
  });
});

describe('the command', () => {
  it('refuses a file of the wrong kind before writing anything, naming the header it expected', async () => {
    const before = await app.graph.read('test/graph-size');
    const good = join(tmp, 'votes-ok.csv');
    copyFileSync(fixture('unsc-votes.csv'), good);
    const cli = importCli(['unsc-votes', good, fixture('sipri-export.csv')]);
    const { code } = await cli.exited;
    expect(code).toBe(1);
    expect(cli.stderr()).toContain(
      'sipri-export.csv is not a UN Security Council voting data file: expected a header like "undl_id,ms_code,ms_name',
    );
    expect(cli.stderr()).toContain('Nothing was written.');
    expect(cli.stderr()).not.toMatch(/\n\s+at /);
    expect(await app.graph.read('test/graph-size')).toEqual(before);
  });

  it('prints one line per file and the run’s totals; a second run reports 0 created, 0 updated', async () => {
    const cli = importCli(['unsc-vetoes', fixture('unsc-vetoes.csv')]);
    expect((await cli.exited).code).toBe(0);
    const lines = cli.stdout().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /unsc-vetoes\.csv: unsc-vetoes: 5 rows read \(utf-8, as of \d{4}-\d{2}-\d{2}\), 3 records, 2 skipped/,
    );
    expect(lines[1]).toMatch(
      /^1 file: 5 rows read, 3 records, 2 skipped .*; nodes 0 created, 0 updated, \d+ unchanged; relationships 0 created, 0 updated, \d+ unchanged$/,
    );
  });

  it('reads and maps without a database in a dry run', async () => {
    const cli = importCli(['sipri', fixture('sipri-trade-register.csv'), '--dry-run'], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect((await cli.exited).code).toBe(0);
    expect(cli.stdout()).toContain('13 rows read (latin-1, as of 2024-03-11), 10 records, 3 skipped');
    expect(cli.stdout()).toContain('dry run: nothing written');
  });

  it('says what is wrong with its arguments in one sentence', async () => {
    const cli = importCli(['acled', fixture('sipri-export.csv')]);
    expect((await cli.exited).code).toBe(2);
    expect(cli.stderr().trim()).toMatch(/^Unknown source "acled": one of unsc-votes, unsc-vetoes, sipri\b[^\n]*\.$/);
  });
});
