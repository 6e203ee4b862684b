import { describe, expect, it } from 'vitest';
import { contractOperation, testApp } from './support/app.js';

/**
 * Every contract operation, run as written through Yoga against the seed
 * graph, with answers checked against what the seed article says.
 */
const app = testApp();

/** The parts of the answers the callbacks below read. */
type Edge<N> = { node: N };
type Named = { name: string };
type PageInfo = { hasNextPage: boolean; endCursor: string | null };

async function run(operation: string, variables: Record<string, unknown> = {}) {
  const res = await app.query(await contractOperation(operation), variables);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data;
}

/** The global id of an entity, as a client would get it from the API. */
async function idOf(key: string): Promise<string> {
  const res = await app.query('query($k: ID!) { neighborhood(id: $k, limit: 1) { nodes { id key } } }', { k: key });
  const [start] = res.body.data.neighborhood.nodes;
  expect(start.key).toBe(key);
  return start.id;
}

describe('search', () => {
  it('finds by name, alias and partial word, case-insensitively, best match first', async () => {
    const dprk = await run('search', { text: 'dprk' });
    expect(dprk.search[0]).toMatchObject({ __typename: 'State', name: 'North Korea' });

    const tg = await run('search', { text: 'thomas-greenfield' });
    expect(tg.search[0]).toMatchObject({ __typename: 'Person', name: 'Linda Thomas-Greenfield' });

    const kim = await run('search', { text: 'kim' });
    expect(kim.search.map((e: Named) => e.name)).toContain('Kim Jong Un');

    const partial = await run('search', { text: 'greenf' });
    expect(partial.search.map((e: Named) => e.name)).toContain('Linda Thomas-Greenfield');

    const upper = await run('search', { text: 'RUSSIA' });
    expect(upper.search[0].name).toBe('Russia');
  });

  it('returns nothing for text with no words, and honours first', async () => {
    expect((await run('search', { text: '***' })).search).toEqual([]);
    expect((await run('search', { text: 'un', first: 2 })).search.length).toBeLessThanOrEqual(2);
  });
});

describe('node', () => {
  it('fetches any entity by global id', async () => {
    const id = await idOf('state:RUS');
    const data = await run('entity', { id });
    expect(data.node).toMatchObject({ id, __typename: 'State', name: 'Russia', wikidataId: 'Q159' });
    expect(data.node.aliases).toContain('Moscow');
    // A readable key works as well, as in every other ID argument.
    const byKey = await run('entity', { id: 'person:robert-wood' });
    expect(byKey.node).toMatchObject({ __typename: 'Person', name: 'Robert Wood' });
  });

  it('answers null for a well-formed id that matches nothing, and an error for a malformed one', async () => {
    const missing = Buffer.from('State:state:XXX').toString('base64');
    const none = await app.query(await contractOperation('entity'), { id: missing });
    expect(none.body.data.node).toBeNull();
    for (const id of ['not-an-id', Buffer.from('Nothing:state:RUS').toString('base64'), '']) {
      const bad = await app.query(await contractOperation('entity'), { id });
      expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('accusations', () => {
  it('lists who accused Russia, newest first, with quotes, sources and denials', async () => {
    const rus = await idOf('state:RUS');
    const data = await run('accusations', { accused: rus });
    const edges = data.accusations.edges;
    expect(data.accusations.totalCount).toBe(edges.length);
    const accusers = edges.map((e: Edge<{ accuser: Named }>) => e.node.accuser.name);
    expect(accusers).toContain('Robert Wood');
    expect(accusers).toContain('Linda Thomas-Greenfield');
    for (const e of edges) expect(e.node.accused.name).toBe('Russia');
    const dates = edges.map((e: Edge<{ madeOn: string | null }>) => e.node.madeOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const rogue = edges.find((e: Edge<{ quote: string | null }>) =>
      e.node.quote?.includes('siding with a rogue state'),
    );
    expect(rogue.node.source).toMatchObject({ publisher: 'Reuters', publishedOn: '2024-06-28' });
  });

  it('ties the US accusation against North Korea to the denials by Russia and North Korea', async () => {
    const prk = await idOf('state:PRK');
    const data = await run('accusations', { accused: prk });
    const us = data.accusations.edges.find((e: Edge<{ accuser: Named }>) => e.node.accuser.name === 'United States');
    expect(us).toBeTruthy();
    expect(us.node.denials.map((d: { by: Named }) => d.by.name).sort()).toEqual(['North Korea', 'Russia']);
  });

  it('combines filters', async () => {
    const [wood, rus, usa] = await Promise.all([idOf('person:robert-wood'), idOf('state:RUS'), idOf('state:USA')]);
    const byWood = await run('accusations', { accuser: wood, accused: rus });
    expect(byWood.accusations.totalCount).toBeGreaterThan(0);
    for (const e of byWood.accusations.edges) expect(e.node.accuser.name).toBe('Robert Wood');
    // A state's accusations include those its envoys made on its behalf.
    const byUsa = await run('accusations', { accuser: usa });
    const names = byUsa.accusations.edges.map((e: Edge<{ accuser: Named }>) => e.node.accuser.name);
    expect(names).toEqual(expect.arrayContaining(['Robert Wood', 'Linda Thomas-Greenfield', 'United States']));
    const none = await run('accusations', { accuser: wood, accused: usa });
    expect(none.accusations.totalCount).toBe(0);
  });

  it('pages through every accusation once, in a stable order', async () => {
    const all = await run('accusations', { first: 100 });
    const total = all.accusations.totalCount;
    expect(total).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < total + 1; i++) {
      const page: { accusations: { edges: Edge<{ id: string }>[]; pageInfo: PageInfo } } = await run('accusations', {
        first: 2,
        after,
      });
      seen.push(...page.accusations.edges.map((e: Edge<{ id: string }>) => e.node.id));
      if (!page.accusations.pageInfo.hasNextPage) break;
      after = page.accusations.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.accusations.edges.map((e: Edge<{ id: string }>) => e.node.id));
    expect(new Set(seen).size).toBe(total);
  });
});

describe('resolutions', () => {
  it('lists the DPRK sanctions resolutions and the vetoed and unvoted drafts', async () => {
    const prk = await idOf('state:PRK');
    const data = await run('resolutions', { about: prk });
    const nodes = data.resolutions.edges.map((e: Edge<unknown>) => e.node);
    expect(data.resolutions.totalCount).toBe(nodes.length);
    const symbols = nodes.map((n: { symbol: string }) => n.symbol);
    for (const s of ['S/RES/1718 (2006)', 'S/RES/2397 (2017)']) expect(symbols).toContain(s);
    const vetoed = nodes.find((n: { status: string }) => n.status === 'VETOED');
    expect(vetoed.vetoedBy.map((s: Named) => s.name)).toEqual(['Russia']);
    expect(vetoed.date).toBe('2024-03-28');
    const dates = nodes.map((n: { date: string }) => n.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('finds what Russia vetoed and what Russia and China proposed and never put to a vote', async () => {
    const res = await app.query(
      '{ vetoed: resolutions(vetoedBy: "state:RUS") { totalCount edges { node { symbol } } } unvoted: resolutions(status: NOT_PUT_TO_VOTE) { edges { node { date sponsors { name } } } } }',
    );
    expect(res.body.data.vetoed.edges.map((e: Edge<{ symbol: string }>) => e.node.symbol)).toContain('S/2024/255');
    const draft = res.body.data.unvoted.edges[0].node;
    expect(draft.date).toBe('2019-12');
    expect(draft.sponsors.map((s: Named) => s.name).sort()).toEqual(['China', 'Russia']);
  });
});

describe('weaponsTransfers', () => {
  it('lists North Korea to Russia transfers with quantities and periods as reported', async () => {
    const [prk, rus] = await Promise.all([idOf('state:PRK'), idOf('state:RUS')]);
    const data = await run('transfers', { supplier: prk, recipient: rus });
    const nodes = data.weaponsTransfers.edges.map((e: Edge<unknown>) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.supplier.name).toBe('North Korea');
      expect(n.recipient.name).toBe('Russia');
      expect(n.sources.length).toBeGreaterThan(0);
    }
    const fifty = nodes.find((n: { quantity: string | null }) => n.quantity === 'about 50');
    expect(fifty.period).toMatch(/December 2023 to February 2024/);
    expect(fifty.weapon.name).toBe('Hwasong-11');
    const none = await run('transfers', { supplier: rus, recipient: prk });
    expect(none.weaponsTransfers.totalCount).toBe(0);
  });
});

describe('neighborhood', () => {
  it('returns a closed subgraph without duplicates', async () => {
    const prk = await idOf('state:PRK');
    const data = await run('neighborhood', { id: prk, depth: 2, limit: 200 });
    const { nodes, edges } = data.neighborhood;
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(nodes[0]).toMatchObject({ id: prk, type: 'State', label: 'North Korea' });
    expect(new Set(edges.map((e: { id: string }) => e.id)).size).toBe(edges.length);
    for (const e of edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    expect(nodes.map((n: { label: string }) => n.label)).toEqual(expect.arrayContaining(['Russia', 'Kim Jong Un']));
    expect(nodes.some((n: { type: string }) => n.type === 'Article')).toBe(false);
  });

  it('cuts at limit and says so', async () => {
    const data = await run('neighborhood', { id: 'state:RUS', depth: 2, limit: 5 });
    expect(data.neighborhood.nodes).toHaveLength(5);
    expect(data.neighborhood.truncated).toBe(true);
    const all = await run('neighborhood', { id: 'place:kharkiv', depth: 1, limit: 200 });
    expect(all.neighborhood.truncated).toBe(false);
  });
});

describe('treaty', () => {
  it('gives the Russia-DPRK treaty’s parties, its signatories with the state each signed for, and its subjects', async () => {
    const res = await app.query(`{
      node(id: "${Buffer.from('Treaty:treaty:russia-dprk-comprehensive-strategic-partnership-2024').toString('base64')}") {
        ... on Treaty { parties { name } signatories { person { name } onBehalfOf { name } } subjects { role } }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const treaty = res.body.data.node;
    expect(treaty.parties.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Russia']));
    expect(treaty.signatories).toContainEqual({ person: { name: 'Vladimir Putin' }, onBehalfOf: { name: 'Russia' } });
    expect(Array.isArray(treaty.subjects)).toBe(true);
  });
});

describe('path', () => {
  it('connects Kim Jong Un to Ukraine through the graph', async () => {
    const [kim, ukr] = await Promise.all([idOf('person:kim-jong-un'), idOf('state:UKR')]);
    const data = await run('path', { from: kim, to: ukr });
    const { nodes, edges } = data.path;
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    expect(ids.has(kim) && ids.has(ukr)).toBe(true);
    expect(edges.length).toBeGreaterThanOrEqual(2);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('is empty when no path fits in maxHops', async () => {
    const data = await run('path', { from: 'person:kim-jong-un', to: 'state:UKR', maxHops: 1 });
    expect(data.path.nodes).toEqual([]);
  });
});

describe('claims and timeline', () => {
  it('lists claims of every kind with filters', async () => {
    const res = await app.query(
      '{ denials: claims(kind: DENY, target: "state:USA") { totalCount edges { node { __typename speaker { name } answersTo { __typename } } } } gowan: claims(speaker: "person:richard-gowan") { totalCount edges { node { kind quote } } } april: claims(from: "2024-04", to: "2024-04") { edges { node { madeOn } } } }',
    );
    const { denials, gowan, april } = res.body.data;
    expect(denials.totalCount).toBe(2);
    for (const e of denials.edges)
      expect(e.node).toMatchObject({ __typename: 'Denial', answersTo: { __typename: 'Accusation' } });
    expect(gowan.totalCount).toBeGreaterThanOrEqual(2);
    for (const e of gowan.edges) expect(e.node.kind).toBe('CRITICIZE');
    for (const e of april.edges) expect(e.node.madeOn.startsWith('2024-04')).toBe(true);
  });

  it('gives an entity’s dated events and claims in date order', async () => {
    const res = await app.query(
      '{ timeline(entity: "state:RUS") { date precision item { __typename ... on Event { name } ... on Claim { kind } } } }',
    );
    const entries = res.body.data.timeline;
    expect(entries.length).toBeGreaterThan(5);
    const dates = entries.map((e: { date: string }) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(entries.some((e: { item: { __typename: string } }) => e.item.__typename === 'Event')).toBe(true);
    expect(entries.some((e: { item: { kind?: string } }) => e.item.kind === 'ACCUSE')).toBe(true);
  });
});

describe('relationship fields both ways', () => {
  it('walks from a person to offices, from a state to officials, resolutions and claims', async () => {
    const res = await app.query(`{
      wood: node(id: "${Buffer.from('Person:person:robert-wood').toString('base64')}") {
        ... on Person { positions { title of { name } } claimsMade(first: 50) { totalCount } }
      }
      russia: nodes(ids: ["${Buffer.from('State:state:RUS').toString('base64')}"]) {
        ... on State {
          claimsReceived { totalCount }
          resolutionsVetoed { edges { node { symbol } } }
          memberships { organization { name } permanent }
          transfersReceived { totalCount }
        }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const { wood, russia } = res.body.data;
    expect(wood.positions[0].of.name).toBe('United States');
    expect(wood.claimsMade.totalCount).toBeGreaterThanOrEqual(3);
    const rus = russia[0];
    expect(rus.claimsReceived.totalCount).toBeGreaterThanOrEqual(4);
    expect(rus.resolutionsVetoed.edges.map((e: Edge<{ symbol: string }>) => e.node.symbol)).toContain('S/2024/255');
    expect(rus.memberships).toContainEqual({
      organization: { name: 'United Nations Security Council' },
      permanent: true,
    });
    expect(rus.transfersReceived.totalCount).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  const cases: [string, string, string][] = [
    ['first above the cap', '{ accusations(first: 1000) { totalCount } }', 'BAD_USER_INPUT'],
    ['negative first', '{ claims(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ['a cursor from nowhere', '{ claims(after: "bm9wZQ==") { totalCount } }', 'BAD_USER_INPUT'],
    ['a malformed id', '{ accusations(accused: "%%%") { totalCount } }', 'BAD_USER_INPUT'],
    ['depth above the cap', '{ neighborhood(id: "state:RUS", depth: 9) { truncated } }', 'BAD_USER_INPUT'],
    ['an unknown entity', '{ neighborhood(id: "state:XXX") { truncated } }', 'NOT_FOUND'],
    ['an unknown path end', '{ path(from: "state:XXX", to: "state:RUS") { truncated } }', 'NOT_FOUND'],
    [
      'maxHops above the cap',
      '{ path(from: "state:PRK", to: "state:RUS", maxHops: 50) { truncated } }',
      'BAD_USER_INPUT',
    ],
    ['a bad date', '{ claims(from: "last week") { totalCount } }', 'BAD_USER_INPUT'],
  ];
  for (const [what, query, code] of cases) {
    it(`answers ${what} with ${code}`, async () => {
      const res = await app.query(query);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.body.errors?.[0]?.message).not.toMatch(/MATCH|neo4j|at .*\.ts/);
    });
  }
});

describe('the Security Council', () => {
  it('has its 15 members of 2024, the five permanent first, and the 13-1-1 vote on the panel renewal', async () => {
    const res = await app.query(`{
      council: neighborhood(id: "org:un-security-council", limit: 1) { nodes { id } }
      vetoed: resolutions(vetoedBy: "state:RUS") { edges { node { symbol votes { vote state { name } } } } }
    }`);
    const councilId = res.body.data.council.nodes[0].id;
    const members = await app.query(
      'query($id: ID!) { node(id: $id) { ... on Organization { members(first: 20) { totalCount edges { node { permanent member { name } } } } } } }',
      { id: councilId },
    );
    const { totalCount, edges } = members.body.data.node.members;
    expect(totalCount).toBe(15);
    expect(edges.slice(0, 5).map((e: Edge<{ permanent: boolean }>) => e.node.permanent)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      edges
        .slice(0, 5)
        .map((e: Edge<{ member: Named }>) => e.node.member.name)
        .sort(),
    ).toEqual(['China', 'France', 'Russia', 'United Kingdom', 'United States']);
    const draft = res.body.data.vetoed.edges.find((e: Edge<{ symbol: string }>) => e.node.symbol === 'S/2024/255').node;
    const tally = (v: string) => draft.votes.filter((x: { vote: string }) => x.vote === v).length;
    expect([tally('FOR'), tally('AGAINST'), tally('ABSTAIN')]).toEqual([13, 1, 1]);
  });
});
