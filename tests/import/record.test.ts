import { beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/http/auth.js';
import { graphiqlTabs } from '../../src/http/graphiql-examples.js';
import { data, refusal, testApp, type GraphQLResponse } from '../support/app.js';
import { testGraph } from '../support/graph.js';
import { restoresGraphAfterAll } from '../support/restore.js';
import { fixture, importFixtures } from './support.js';

/**
 * The reads over the public record, through the real Yoga server, on
 * fixtures written for them in the publishers' layouts and imported by the
 * importers: arms flows and the deals behind one, a state's votes by year,
 * the agreement of two states and among several, vetoes listed and
 * counted, coded accusations by month beside reported ones; and the
 * arguments each refuses. The fixtures' years (2015-2024 for deliveries,
 * 2019-2023 for votes and vetoes, 2023 for claims) hold nothing else the
 * seed has; everything is put back afterwards.
 */
const editor = generateApiKey('record-editor', 'editor');
// The list statements are long and their first plan takes seconds on a busy machine: a request may take a minute.
const app = testApp({ API_KEYS: editor.entry, REQUEST_TIMEOUT_MS: '60000' });
restoresGraphAfterAll();
// Imports run as `npm run import` does, without the server's request time limit.
const graph = testGraph();

beforeAll(async () => {
  await importFixtures(graph, 'unsc-votes', [fixture('record-votes.csv')]);
  await importFixtures(graph, 'unsc-vetoes', [fixture('record-vetoes.csv')]);
  await importFixtures(graph, 'sipri', [fixture('record-sipri.csv')]);
  await importFixtures(graph, 'gdelt', [fixture('gdelt/20230331000000.export.CSV')]);
  // A reported accusation against Russia in the same months, beside the coded ones.
  const res = await app.query(
    `mutation($i: AddClaimInput!) { addClaim(input: $i) { created } }`,
    {
      i: {
        key: 'claim:record-test-reported',
        kind: 'ACCUSE',
        speaker: 'state:UKR',
        targets: ['state:RUS'],
        allegation: 'shelling a power plant',
        madeOn: '2023-02-14',
        source: 'article:53f6e0b8b575f843',
      },
    },
    { authorization: `Bearer ${editor.key}` },
  );
  data(res);
});

/** The extensions of a refused answer's first error, and that nothing was answered. */
function refused(res: GraphQLResponse) {
  const error = refusal(res);
  expect(res.body.data ?? null).toBeNull();
  return error.extensions;
}

describe('transferFlows', () => {
  const FLOWS = `query($supplier: ID, $recipient: ID, $from: Int, $to: Int, $armamentCategory: String, $groupBy: [TransferFlowDimension!], $first: Int, $after: String) {
    transferFlows(supplier: $supplier, recipient: $recipient, from: $from, to: $to, armamentCategory: $armamentCategory, groupBy: $groupBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { supplier { key name } recipient { key } year armamentCategory deals units tiv estimate complete } }
    }
  }`;
  const flows = async (variables: Record<string, unknown>) => data(await app.query(FLOWS, variables)).transferFlows;
  const rows = (connection: any) =>
    connection.edges.map(({ node: n }: any) => [n.supplier?.key ?? null, n.year, n.deals, n.units, n.tiv]);
  const india = { recipient: 'state:IND', from: 2015, to: 2024 };

  it('sums deliveries by supplier, recipient and year: by year, then most TIV first', async () => {
    const connection = await flows({ ...india, groupBy: ['SUPPLIER', 'RECIPIENT', 'YEAR'], first: 100 });
    expect(connection.totalCount).toBe(14);
    expect(rows(connection)).toEqual([
      ['state:RUS', 2015, 1, 10, 500],
      ['state:RUS', 2016, 1, 12, 600],
      ['state:RUS', 2017, 1, 8, 400],
      // Israel's deal gives no number or value for 2020: it has no yearly numbers, and adds a deal but no units or TIV.
      ['state:ISR', 2018, 1, 0, 0],
      ['state:FRA', 2019, 1, 1, 80],
      ['state:ISR', 2019, 1, 0, 0],
      ['state:FRA', 2020, 1, 10, 800],
      ['state:ISR', 2020, 1, 0, 0],
      ['state:FRA', 2021, 1, 15, 1200],
      ['state:RUS', 2021, 1, 2, 240],
      ['state:FRA', 2022, 1, 10, 800],
      ['state:RUS', 2022, 1, 1, 120],
      ['state:RUS', 2023, 1, 1, 120],
      ['state:RUS', 2024, 1, 1, 300],
    ]);
    const nodes = connection.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.recipient.key === 'state:IND' && n.armamentCategory === null)).toBe(true);
    // 2017's number is SIPRI's estimate; Israel's years are incomplete.
    expect(nodes.filter((n: any) => n.estimate).map((n: any) => n.year)).toEqual([2017]);
    expect(nodes.filter((n: any) => !n.complete).map((n: any) => n.year)).toEqual([2018, 2019, 2020]);
  });

  it('counts each deal once per group, leaves undelivered orders out, and filters by years and category', async () => {
    const bySupplier = await flows({ ...india, groupBy: ['SUPPLIER'] });
    // The United States' order of 2024 has no delivery yet: no flow.
    expect(rows(bySupplier)).toEqual([
      ['state:FRA', null, 1, 36, 2880],
      ['state:RUS', null, 3, 35, 2280],
      ['state:ISR', null, 1, 0, 0],
    ]);
    expect(bySupplier.edges[0].node.recipient).toBeNull();
    expect(rows(await flows({ ...india, from: 2021, to: 2022, groupBy: ['SUPPLIER'] }))).toEqual([
      ['state:FRA', null, 1, 25, 2000],
      ['state:RUS', null, 1, 3, 360],
    ]);
    expect(rows(await flows({ ...india, armamentCategory: 'aircraft', groupBy: ['SUPPLIER'] }))).toEqual([
      ['state:FRA', null, 1, 36, 2880],
      ['state:RUS', null, 1, 30, 1500],
    ]);
    expect(rows(await flows({ ...india, groupBy: [] }))).toEqual([[null, null, 5, 71, 5160]]);
  });

  it('groups by category over every recipient, and pages', async () => {
    const categories = await flows({ supplier: 'state:RUS', from: 2015, to: 2024, groupBy: ['CATEGORY'] });
    expect(categories.edges.map(({ node: n }: any) => [n.armamentCategory, n.deals, n.units, n.tiv])).toEqual([
      ['Aircraft', 2, 54, 2700],
      ['Air defence systems', 1, 4, 480],
      ['Ships', 1, 1, 300],
    ]);
    const first = await flows({ ...india, groupBy: ['SUPPLIER', 'YEAR'], first: 10 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await flows({ ...india, groupBy: ['SUPPLIER', 'YEAR'], first: 10, after: first.pageInfo.endCursor });
    expect(rows(next).map((r: unknown[]) => r[1])).toEqual([2022, 2022, 2023, 2024]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('lists the deals behind one flow: weaponsTransfers with its supplier, recipient, years and category', async () => {
    const DEALS = `query($supplier: ID, $recipient: ID, $from: Int, $to: Int, $armamentCategory: String) {
      weaponsTransfers(supplier: $supplier, recipient: $recipient, from: $from, to: $to, armamentCategory: $armamentCategory) {
        totalCount
        edges { node { key weapon { designation } deliveries { year number tiv } tivDelivered record dataset { source file } } }
      }
    }`;
    const { weaponsTransfers } = data(
      await app.query(DEALS, { supplier: 'state:RUS', recipient: 'state:IND', from: 2021, to: 2022 }),
    );
    expect(weaponsTransfers.totalCount).toBe(1);
    expect(weaponsTransfers.edges[0].node).toEqual({
      key: 'transfer:sipri-51003',
      weapon: { designation: 'S-400' },
      deliveries: [
        { year: 2021, number: 2, tiv: 240 },
        { year: 2022, number: 1, tiv: 120 },
        { year: 2023, number: 1, tiv: 120 },
      ],
      tivDelivered: 480,
      record: '51003',
      dataset: { source: 'sipri', file: 'record-sipri.csv' },
    });
    const aircraft = data(
      await app.query(DEALS, {
        supplier: 'state:RUS',
        recipient: 'state:IND',
        from: 2015,
        to: 2017,
        armamentCategory: 'Aircraft',
      }),
    );
    expect(aircraft.weaponsTransfers.edges.map((e: any) => e.node.key)).toEqual(['transfer:sipri-51001']);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const [variables, argument] of [
      [{ from: 2024, to: 2015 }, 'from'],
      [{ from: 1066 }, 'from'],
      [{ to: 3000 }, 'to'],
      [{ armamentCategory: '  ' }, 'armamentCategory'],
      [{ supplier: 'not a key' }, 'supplier'],
      [{ first: 101 }, 'first'],
    ] as const) {
      expect(refused(await app.query(FLOWS, variables)), JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    }
    const unknown = await app.query(FLOWS, { groupBy: ['WEAPON'] });
    expect(refusal(unknown).message).toMatch(/WEAPON/);
  });
});

const letter = (i: number) => String.fromCharCode(65 + Math.floor(i));

describe('votes', () => {
  const STATE = `query($id: ID!, $with: ID!, $from: String, $to: String) {
    node(id: $id) {
      ... on State {
        votingRecord(from: $from, to: $to) { totalCount edges { node { year for against abstain nonVoting total } } }
        votingAgreement(with: $with, from: $from, to: $to) { state { key } with { key } bothVoted same different share }
      }
    }
  }`;

  it('counts a state’s votes by year, and its agreement with another', async () => {
    const { node } = data(await app.query(STATE, { id: 'state:RUS', with: 'state:CHN', from: '2020', to: '2023' }));
    expect(node.votingRecord.edges.map((e: any) => e.node)).toEqual([
      { year: 2020, for: 1, against: 0, abstain: 1, nonVoting: 0, total: 2 },
      { year: 2021, for: 1, against: 0, abstain: 0, nonVoting: 0, total: 1 },
      { year: 2022, for: 1, against: 0, abstain: 0, nonVoting: 0, total: 1 },
      { year: 2023, for: 0, against: 0, abstain: 1, nonVoting: 0, total: 1 },
    ]);
    // 2720 (2023): Russia abstained, China voted for.
    expect(node.votingAgreement).toEqual({
      state: { key: 'state:RUS' },
      with: { key: 'state:CHN' },
      bothVoted: 5,
      same: 4,
      different: 1,
      share: 0.8,
    });
    const one = data(await app.query(STATE, { id: 'state:RUS', with: 'state:CHN', from: '2020-07-05', to: '2022' }));
    expect(one.node.votingAgreement).toMatchObject({ bothVoted: 3, same: 3, share: 1 });
  });

  it('leaves out a member that did not vote, and answers null for no state', async () => {
    const ussr = data(await app.query(STATE, { id: 'state:SUN', with: 'state:IND', from: '1950', to: '1950' }));
    expect(ussr.node.votingRecord.edges.map((e: any) => e.node)).toEqual([
      { year: 1950, for: 0, against: 0, abstain: 0, nonVoting: 1, total: 1 },
    ]);
    expect(ussr.node.votingAgreement).toMatchObject({ bothVoted: 0, same: 0, share: null });
    const none = data(await app.query(STATE, { id: 'state:RUS', with: 'state:ATL' }));
    expect(none.node.votingAgreement).toBeNull();
  });

  const MATRIX = `query($states: [ID!]!, $from: String, $to: String) {
    votingAgreementMatrix(states: $states, from: $from, to: $to) {
      states { key }
      cells { state { key } with { key } bothVoted same share }
    }
  }`;

  it('gives the agreement among several states, each pair once, in the order given', async () => {
    const { votingAgreementMatrix: m } = data(
      await app.query(MATRIX, {
        states: ['state:USA', 'state:RUS', 'state:CHN', 'state:IND'],
        from: '2020',
        to: '2023',
      }),
    );
    expect(m.states.map((s: any) => s.key)).toEqual(['state:USA', 'state:RUS', 'state:CHN', 'state:IND']);
    expect(m.cells.map((c: any) => [c.state.key, c.with.key, c.bothVoted, c.same])).toEqual([
      ['state:USA', 'state:RUS', 5, 3],
      ['state:USA', 'state:CHN', 5, 2],
      ['state:USA', 'state:IND', 2, 1],
      ['state:RUS', 'state:CHN', 5, 4],
      ['state:RUS', 'state:IND', 2, 2],
      ['state:CHN', 'state:IND', 2, 2],
    ]);
    expect(m.cells[0].share).toBe(0.6);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [MATRIX, { states: ['state:RUS'] }, 'states'],
      [MATRIX, { states: ['state:RUS', 'state:RUS'] }, 'states'],
      [MATRIX, { states: Array.from({ length: 31 }, (_, i) => `state:Q${letter(i / 26)}${letter(i % 26)}`) }, 'states'],
      [MATRIX, { states: ['state:RUS', 'state:ATL'] }, 'states'],
      [MATRIX, { states: ['state:RUS', 'state:CHN'], from: '2024', to: '2020' }, 'from'],
      [STATE, { id: 'state:RUS', with: 'state:CHN', from: 'last year' }, 'from'],
      [STATE, { id: 'state:RUS', with: 'China' }, 'with'],
    ];
    for (const [query, variables, argument] of cases) {
      const error = refusal(await app.query(query, variables));
      expect(error.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('vetoes', () => {
  const VETOES = `query($by: ID, $from: String, $to: String, $agenda: String, $first: Int) {
    vetoes(by: $by, from: $from, to: $to, agenda: $agenda, first: $first) {
      totalCount
      edges { node { symbol date agenda vetoedBy { key } record } }
    }
  }`;
  const span = { from: '2019', to: '2023' };
  const symbols = (res: GraphQLResponse) => data(res).vetoes.edges.map((e: any) => e.node.symbol);

  it('lists the drafts vetoed, newest first, by whom and on what', async () => {
    const all = data(await app.query(VETOES, span)).vetoes;
    expect(all.totalCount).toBe(6);
    expect(all.edges[0].node).toEqual({
      symbol: 'S/2023/773',
      date: '2023-10-18',
      agenda: 'The situation in the Middle East, including the Palestinian question',
      vetoedBy: [{ key: 'state:USA' }],
      record: 'S/2023/773',
    });
    expect(symbols(await app.query(VETOES, { ...span, by: 'state:RUS' }))).toEqual([
      'S/2022/155',
      'S/2021/990',
      'S/2020/654',
      'S/2019/961',
    ]);
    expect(symbols(await app.query(VETOES, { ...span, by: 'state:CHN', agenda: 'middle east' }))).toEqual([
      'S/2020/654',
      'S/2019/961',
    ]);
    expect(symbols(await app.query(VETOES, { from: '2020-08', to: '2021', first: 5 }))).toEqual([
      'S/2021/990',
      'S/2020/852',
    ]);
  });

  it('lists a state’s vetoes on the state, with the same filters', async () => {
    const { node } = data(
      await app.query(
        `query { node(id: "state:RUS") { ... on State { resolutionsVetoed(from: "2020", to: "2021-12") { totalCount edges { node { symbol } } } } } }`,
      ),
    );
    expect(node.resolutionsVetoed.edges.map((e: any) => e.node.symbol)).toEqual(['S/2021/990', 'S/2020/654']);
  });

  const COUNTS = `query($groupBy: [VetoCountDimension!], $by: ID, $from: String, $to: String, $agenda: String) {
    vetoCounts(groupBy: $groupBy, by: $by, from: $from, to: $to, agenda: $agenda, first: 100) {
      totalCount
      edges { node { member { key } year agenda count } }
    }
  }`;
  const counts = async (variables: Record<string, unknown>) =>
    data(await app.query(COUNTS, { ...span, ...variables })).vetoCounts.edges.map(({ node: n }: any) => [
      n.member?.key ?? null,
      n.year,
      n.agenda,
      n.count,
    ]);

  it('counts vetoes by member, year and agenda item', async () => {
    expect(await counts({})).toEqual([
      ['state:RUS', null, null, 4],
      ['state:CHN', null, null, 2],
      ['state:USA', null, null, 2],
    ]);
    expect(await counts({ groupBy: ['YEAR', 'MEMBER'] })).toEqual([
      ['state:CHN', 2019, null, 1],
      ['state:RUS', 2019, null, 1],
      ['state:CHN', 2020, null, 1],
      ['state:RUS', 2020, null, 1],
      ['state:USA', 2020, null, 1],
      ['state:RUS', 2021, null, 1],
      ['state:RUS', 2022, null, 1],
      ['state:USA', 2023, null, 1],
    ]);
    const agendas = await counts({ groupBy: ['AGENDA'], by: 'state:RUS' });
    expect(agendas[0]).toEqual([null, null, 'The situation in the Middle East', 2]);
    expect(agendas.slice(1).map((r: unknown[]) => r[3])).toEqual([1, 1]);
    // A draft two members vetoed is one draft when not grouped by member.
    expect(await counts({ groupBy: [] })).toEqual([[null, null, null, 6]]);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const [query, variables, argument] of [
      [VETOES, { from: '2024', to: '2019' }, 'from'],
      [VETOES, { agenda: '' }, 'agenda'],
      [VETOES, { by: 'Russia' }, 'by'],
      [COUNTS, { to: '31/12/2023' }, 'to'],
      [COUNTS, { agenda: 'x'.repeat(201) }, 'agenda'],
    ] as const) {
      expect(refused(await app.query(query, variables)), JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    }
  });
});

describe('claims by origin and month', () => {
  it('draws coded accusations against a state by month beside the reported ones, in one request', async () => {
    const res = await app.query(`query {
      coded: claimCounts(by: MONTH, target: "state:RUS", kind: ACCUSE, origin: CODED, from: "2023-01", to: "2023-03") {
        totalCount edges { node { key label count } }
      }
      reported: claimCounts(by: MONTH, target: "state:RUS", kind: ACCUSE, origin: REPORTED, from: "2023-01", to: "2023-03") {
        edges { node { key count } }
      }
      matrix: accusationMatrix(origin: CODED, from: "2023-01", to: "2023-01") { edges { node { accuser { key } accused { key } count } } }
    }`);
    const { coded, reported, matrix } = data(res);
    // GBR's criticism is no accusation; RUS's accusation of the United States is aimed elsewhere.
    expect(coded.edges.map((e: any) => [e.node.key, e.node.label, e.node.count])).toEqual([
      ['2023-01', 'January 2023', 2],
      ['2023-02', 'February 2023', 1],
      ['2023-03', 'March 2023', 1],
    ]);
    expect(reported.edges.map((e: any) => [e.node.key, e.node.count])).toEqual([['2023-02', 1]]);
    expect(matrix.edges.map((e: any) => [e.node.accuser.key, e.node.accused.key, e.node.count])).toEqual([
      ['state:USA', 'state:RUS', 2],
      ['state:RUS', 'state:USA', 1],
    ]);
  });
});

describe('GraphiQL’s tabs', () => {
  it('answer the questions on imported data', async () => {
    const answers = new Map<string, any>();
    for (const { query } of graphiqlTabs) {
      const name = /query (\w+)/.exec(query)![1]!;
      answers.set(name, data(await app.query(query)));
    }
    const vetoes = answers.get('RussiaVetoesByAgenda');
    expect(vetoes.vetoCounts.edges.map((e: any) => e.node.agenda)).toContain('The situation in the Middle East');
    expect(vetoes.vetoes.edges.map((e: any) => e.node.symbol)).toContain('S/2022/155');
    const agreement = answers.get('ChinaRussiaAgreement');
    expect(agreement.node.votingAgreement.bothVoted).toBeGreaterThanOrEqual(5);
    expect(agreement.votingAgreementMatrix.cells).toHaveLength(10);
    const india = answers.get('IndiaArmsImportsByYear').transferFlows;
    expect(india.totalCount).toBe(14);
    const russia = answers.get('AccusationsAgainstRussiaByMonth');
    expect(russia.coded.edges.map((e: any) => e.node.key)).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(russia.reported.edges.map((e: any) => e.node.key)).toContain('2023-02');
  });
});
