import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODED_LINK_TYPES, LINK_TYPES, STORED_LINK_TYPES } from '../src/domain/index.js';
import { MAX_PAGE } from '../src/schema/pagination.js';
import { MAX_NODES } from '../src/schema/neighborhood.js';
import { BREAKDOWN_READ, MAX_PARTS, neighborhoodParams } from '../src/schema/neighborhood-reads.js';
import { capturingLogger, data, refusal, testApp } from './support/app.js';
import { uniqueSlug } from './support/graph.js';
import { writtenKeys } from './support/writes.js';
import { deriveFromClaims } from './support/tallies.js';

/**
 * Hubs stay usable: a node with thousands of links answers its
 * neighbourhood with those links in counted groups and parts, a bounded
 * share of each in the flat nodes and edges, and pages into a group on
 * request. The hub is written by this file (one statement,
 * cypher/test/plant-hub.cypher) under keys of its own, and removed after.
 */
const { logger, lines } = capturingLogger();
const app = testApp({ LOG_LEVEL: 'info' }, { logger });
const written = writtenKeys(app.graph);

// More claims than the parts are told apart from (BREAKDOWN_READ), so that theirs are estimated.
const CLAIMS = 1_500;
const TARGETED = 150;
const VOTES = 40;
const TRANSFERS = 60;

const slug = written.slug('hub');
const hub = written.stateKey();
const key = (what: string) => `${what}-${slug}`;
const targets = { a: key('org:hub-target-a'), b: key('org:hub-target-b'), c: key('org:hub-target-c') };

const GROUPS = `query($id: ID!, $limit: Int = 200) {
  neighborhood(id: $id, limit: $limit) {
    nodes { id key type label }
    edges { id source target type label }
    truncated
    groups {
      id relationship direction count label sampled otherCount
      parts { id nodeType vote count estimated label counterpartRole counterpart { id key label } }
    }
  }
}`;

const PAGE = `query($group: ID!, $first: Int, $after: String) {
  neighborhoodGroup(group: $group, first: $first, after: $after) {
    centre { key }
    relationship direction nodeType vote counterpart { key }
    totalCount
    edges { cursor node { id key type label } links { source target type label } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Part {
  id: string;
  nodeType: string;
  vote: string | null;
  count: number;
  estimated: boolean;
  label: string;
  counterpartRole: string | null;
  counterpart: { id: string; key: string; label: string } | null;
}
interface Group {
  id: string;
  relationship: string;
  direction: string;
  count: number;
  label: string;
  sampled: number | null;
  otherCount: number;
  parts: Part[];
}

async function neighbourhood(id: string, limit = 200) {
  return data(await app.query(GROUPS, { id, limit })).neighborhood as {
    nodes: { id: string; key: string; type: string; label: string }[];
    edges: { id: string; source: string; target: string; type: string; label: string }[];
    truncated: boolean;
    groups: Group[];
  };
}

async function page(group: string, first?: number, after?: string) {
  return data(await app.query(PAGE, { group, first, after })).neighborhoodGroup;
}

/** Every member of a group or part, page after page. */
async function allPages(group: string, first: number) {
  const pages = [];
  let after: string | undefined;
  for (;;) {
    const p = await page(group, first, after);
    pages.push(p);
    if (!p.pageInfo.hasNextPage) return pages;
    after = p.pageInfo.endCursor;
  }
}

let groups: Group[];
const groupOf = (relationship: string, direction: string) =>
  groups.find((g) => g.relationship === relationship && g.direction === direction)!;

beforeAll(async () => {
  const [row] = await app.graph.write('test/plant-hub', {
    hub,
    slug,
    claims: CLAIMS,
    targeted: TARGETED,
    votes: VOTES,
    transfers: TRANSFERS,
  });
  await deriveFromClaims(app.graph);
  expect(row!.links).toBe(CLAIMS + TARGETED + VOTES + TRANSFERS + 3);
  groups = (await neighbourhood(hub)).groups;
}, 120_000);

describe('the neighbourhood of a hub, in groups', () => {
  it('counts every link by type and direction, the largest group first, leaving articles out', () => {
    expect(groups.map((g) => [g.relationship, g.direction, g.count])).toEqual([
      ['MADE', 'OUTGOING', CLAIMS],
      ['TARGETS', 'INCOMING', TARGETED],
      ['SUPPLIED_BY', 'INCOMING', TRANSFERS],
      ['VOTED', 'OUTGOING', VOTES],
      ['MEMBER_OF', 'OUTGOING', 3],
    ]);
    expect(groupOf('MADE', 'OUTGOING').label).toBe('MADE → ×1,500');
    expect(groupOf('SUPPLIED_BY', 'INCOMING').label).toBe(`SUPPLIED_BY ← ×${TRANSFERS}`);
  });

  it('tells votes apart, and transfers by recipient and claims aimed at it by speaker, exactly', () => {
    const votes = groupOf('VOTED', 'OUTGOING');
    expect(votes.sampled).toBeNull();
    const byVote = Object.fromEntries(votes.parts.map((p) => [p.vote, p.count]));
    const abstain = Math.floor(VOTES / 10);
    const against = [...Array(VOTES).keys()].map((i) => i + 1).filter((i) => i % 10 !== 0 && i % 7 === 0).length;
    expect(byVote).toEqual({ FOR: VOTES - abstain - against, AGAINST: against, ABSTAIN: abstain });
    expect(votes.parts.find((p) => p.vote === 'FOR')!.label).toBe(`VOTED FOR → Resolution ×${byVote.FOR}`);

    const supplied = groupOf('SUPPLIED_BY', 'INCOMING');
    expect(supplied.parts.map((p) => [p.nodeType, p.counterpart?.key, p.count, p.estimated])).toEqual([
      ['WeaponsTransfer', key('org:hub-recipient-a'), TRANSFERS - TRANSFERS / 3, false],
      ['WeaponsTransfer', key('org:hub-recipient-b'), TRANSFERS / 3, false],
    ]);
    expect(supplied.parts[0]!.counterpartRole).toBe('RECIPIENT');
    expect(supplied.parts[0]!.label).toBe(`SUPPLIED_BY ← WeaponsTransfer ×40 to Recipient A ${slug}`);

    const aimed = groupOf('TARGETS', 'INCOMING');
    expect(aimed.parts.map((p) => p.count)).toEqual([50, 50, 50]);
    expect(aimed.parts.every((p) => p.nodeType === 'Accusation' && p.counterpartRole === 'SPEAKER')).toBe(true);
    expect(aimed.parts[0]!.label).toMatch(/^TARGETS ← Accusation ×50 by Speaker [ABC] /);
  });

  it(`estimates the parts of a group of more than ${BREAKDOWN_READ} links from the first ${BREAKDOWN_READ}, and says so`, () => {
    const made = groupOf('MADE', 'OUTGOING');
    expect(made.sampled).toBe(BREAKDOWN_READ);
    expect(made.parts.every((p) => p.estimated && p.counterpartRole === 'TARGET')).toBe(true);
    const part = (nodeType: string, target: string) =>
      made.parts.find((p) => p.nodeType === nodeType && p.counterpart?.key === target)!;
    // What was planted (claim i: criticism when i % 5 = 0, aimed at A, B or C as i % 10 is below 6, 9 or 10).
    const truth: [string, string, number][] = [
      ['Accusation', targets.a, 0.4],
      ['Accusation', targets.b, 0.3],
      ['Criticism', targets.a, 0.2],
      ['Accusation', targets.c, 0.1],
    ];
    for (const [nodeType, target, share] of truth) {
      const found = part(nodeType, target);
      expect(found, `${nodeType} targeting ${target}`).toBeDefined();
      expect(Math.abs(found.count - share * CLAIMS) / (share * CLAIMS), found.label).toBeLessThan(0.25);
      expect(found.label).toMatch(new RegExp(`^MADE → ${nodeType} ×≈[\\d,]+ targeting Target`));
    }
    expect(made.parts.map((p) => p.count)).toEqual([...made.parts.map((p) => p.count)].sort((x, y) => y - x));
  });

  it('keeps the flat answer bounded: a share of every group, every node once, edges between them, truncated', async () => {
    for (const limit of [200, 12]) {
      const answer = await neighbourhood(hub, limit);
      expect(answer.nodes.length).toBeLessThanOrEqual(limit);
      expect(answer.truncated).toBe(true);
      expect(answer.nodes[0]!.key).toBe(hub);
      const ids = new Set(answer.nodes.map((n) => n.id));
      expect(ids.size).toBe(answer.nodes.length);
      for (const e of answer.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
      // Small groups are shown whole; every group has members on show.
      const types = new Set(answer.nodes.map((n) => n.type));
      for (const t of ['Organization', 'Resolution', 'WeaponsTransfer', 'Accusation']) expect(types, t).toContain(t);
      if (limit === 200) {
        const bodies = answer.nodes.filter((n) => n.key.startsWith('org:hub-body-'));
        expect(bodies).toHaveLength(3);
        expect(answer.edges.filter((e) => e.type === 'MEMBER_OF')).toHaveLength(3);
      }
      expect(answer.nodes.some((n) => n.key.startsWith('article:'))).toBe(false);
    }
  });

  it('answers a small node as before: every link in nodes and edges, its groups adding up to them', async () => {
    const kharkiv = await neighbourhood('place:kharkiv');
    expect(kharkiv.truncated).toBe(false);
    const centre = kharkiv.nodes[0]!.id;
    const centreEdges = kharkiv.edges.filter((e) => e.source === centre || e.target === centre);
    expect(kharkiv.groups.length).toBeGreaterThan(0);
    expect(kharkiv.groups.reduce((sum, g) => sum + g.count, 0)).toBe(centreEdges.length);
    for (const g of kharkiv.groups) {
      expect(g.sampled).toBeNull();
      const end = g.direction === 'OUTGOING' ? 'source' : 'target';
      expect(centreEdges.filter((e) => e.type === g.relationship && e[end] === centre)).toHaveLength(g.count);
    }
  });

  it('is one Cypher statement per answer, groups and parts included', async () => {
    for (const [query, variables] of [
      [GROUPS, { id: hub }],
      [PAGE, { group: groupOf('MADE', 'OUTGOING').parts[0]!.id, first: 50 }],
    ] as const) {
      const requestId = uniqueSlug('req');
      data(await app.query(query, variables, { 'x-request-id': requestId }));
      expect(lines.find((l) => l.requestId === requestId)?.cypher).toBe(1);
    }
  });
});

describe('paging into a group', () => {
  it('pages through a whole group: every member once, the count exact, links to the centre', async () => {
    const votes = groupOf('VOTED', 'OUTGOING');
    const pages = await allPages(votes.id, 15);
    expect(pages.map((p) => p.edges.length)).toEqual([15, 15, 10]);
    expect(pages.every((p) => p.totalCount === VOTES && p.centre.key === hub && p.nodeType === null)).toBe(true);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    const members = pages.flatMap((p) => p.edges);
    expect(new Set(members.map((m) => m.node.key)).size).toBe(VOTES);
    for (const m of members) {
      expect(m.node.type).toBe('Resolution');
      expect(m.links).toHaveLength(1);
      expect(m.links[0]).toMatchObject({ target: m.node.id, type: 'VOTED' });
      expect(m.links[0].label).toMatch(/^voted: (FOR|AGAINST|ABSTAIN)$/);
    }
  });

  it('pages through a part: only its members, each linked to the centre and to the counterpart', async () => {
    const part = groupOf('MADE', 'OUTGOING').parts.find(
      (p) => p.nodeType === 'Accusation' && p.counterpart?.key === targets.c,
    )!;
    const pages = await allPages(part.id, MAX_PAGE);
    const members = pages.flatMap((p) => p.edges);
    // Claim i is an accusation aimed at C when i % 10 = 9.
    const expected = CLAIMS / 10;
    expect(pages.map((p) => p.edges.length)).toEqual([100, 50]);
    expect(new Set(members.map((m) => m.node.key)).size).toBe(expected);
    expect(pages.map((p) => p.totalCount)).toEqual([null, expected]);

    const accusationsOfA = groupOf('MADE', 'OUTGOING').parts.find(
      (p) => p.nodeType === 'Accusation' && p.counterpart?.key === targets.a,
    )!;
    const first = await page(accusationsOfA.id, MAX_PAGE);
    expect(first.totalCount).toBeNull();
    expect(first.counterpart.key).toBe(targets.a);
    expect(first.edges).toHaveLength(MAX_PAGE);
    for (const m of first.edges) {
      expect(m.node.type).toBe('Accusation');
      expect(m.links.map((l: { type: string }) => l.type)).toEqual(['MADE', 'TARGETS']);
      expect(m.links[1].source).toBe(m.node.id);
      expect(m.links[1].target).toBe(accusationsOfA.counterpart!.id);
    }
    const second = await page(accusationsOfA.id, MAX_PAGE, first.pageInfo.endCursor);
    const keys = new Set(first.edges.map((m: { node: { key: string } }) => m.node.key));
    expect(second.edges.some((m: { node: { key: string } }) => keys.has(m.node.key))).toBe(false);
  });

  it('pages through the votes of one kind', async () => {
    const against = groupOf('VOTED', 'OUTGOING').parts.find((p) => p.vote === 'AGAINST')!;
    const pages = await allPages(against.id, 2);
    const members = pages.flatMap((p) => p.edges);
    expect(members).toHaveLength(against.count);
    for (const m of members) expect(m.links[0].label).toBe('voted: AGAINST');
  });
});

describe('bounds and bad arguments', () => {
  it('never answers more than the limits: nodes, parts, page sizes', async () => {
    const widest = await neighbourhood(hub, MAX_NODES);
    expect(widest.nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(widest.groups.length).toBeLessThanOrEqual(LINK_TYPES.length * 2);
    for (const g of widest.groups) expect(g.parts.length).toBeLessThanOrEqual(MAX_PARTS);
    const full = await page(groupOf('MADE', 'OUTGOING').id, MAX_PAGE);
    expect(full.edges).toHaveLength(MAX_PAGE);
    expect(full.totalCount).toBe(CLAIMS);
  });

  const forged = (fields: unknown[]) => Buffer.from(`links:${JSON.stringify(fields)}`).toString('base64');
  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    ['a group id from nowhere', () => ({ group: 'bm9wZQ==' }), 'BAD_USER_INPUT', /^group: not the id of a group/],
    ['an unknown relationship', () => ({ group: forged([hub, 'LIKES', 'OUTGOING']) }), 'BAD_USER_INPUT', /^group:/],
    ['an unknown direction', () => ({ group: forged([hub, 'MADE', 'SIDEWAYS']) }), 'BAD_USER_INPUT', /^group:/],
    [
      'a part of an unknown type',
      () => ({ group: forged([hub, 'MADE', 'OUTGOING', 'Rumour', '', '']) }),
      'BAD_USER_INPUT',
      /^group:/,
    ],
    ['a centre that is not there', () => ({ group: forged(['state:XQX', 'MADE', 'OUTGOING']) }), 'NOT_FOUND', /XQX/],
    ['a page above the cap', () => ({ group: groupOf('MADE', 'OUTGOING').id, first: 1000 }), 'BAD_USER_INPUT', /first/],
    [
      'a cursor from nowhere',
      () => ({ group: groupOf('MADE', 'OUTGOING').id, after: 'bm9wZQ==' }),
      'BAD_USER_INPUT',
      /after/,
    ],
  ];
  for (const [what, variables, code, message] of cases) {
    it(`answers ${what} with ${code}`, async () => {
      const error = refusal(await app.query(PAGE, variables()));
      expect(error.extensions?.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/MATCH|neo4j|at .*\.ts/);
    });
  }
});

describe('the statements name every link type', () => {
  // A link type the domain gains must be added to both: a neighbourhood would not see it.
  const statement = (name: string) =>
    readFileSync(fileURLToPath(new URL(`../cypher/read/${name}.cypher`, import.meta.url)), 'utf8');
  for (const name of ['neighborhood', 'neighborhood-group']) {
    it(`${name} reads both directions of every type`, () => {
      const text = statement(name);
      const unions = [...text.matchAll(/\(start\)(<?)-\[r?:([A-Z_|]+)\]-(>?)/g)];
      for (const type of STORED_LINK_TYPES) {
        for (const out of [true, false]) {
          const covered = unions.filter(
            ([, left, types, right]) => types!.split('|').includes(type) && (out ? right === '>' : left === '<'),
          );
          expect(covered.length, `${type} ${out ? 'outgoing' : 'incoming'}`).toBeGreaterThan(0);
        }
      }
    });
  }
  it('neighborhood walks and joins the nodes it keeps through every type', () => {
    const text = statement('neighborhood');
    const walks = [...text.matchAll(/\((?:m|a)\)-\[r?:([A-Z_|]+)\]-\((?:n|b)\)/g)].map(([, types]) =>
      types!.split('|'),
    );
    expect(walks).toHaveLength(2);
    for (const types of walks) expect([...types].sort()).toEqual([...STORED_LINK_TYPES].sort());
    // The links between kept nodes are read whole from a sparse end and kept by type: every link type.
    expect(text).toMatch(/MATCH \(a\)-\[r\]-\(b\)\n\s+WHERE [^\n]*\n\s+AND type\(r\) IN \$linkTypes\n/);
    expect([...neighborhoodParams('state:PRK', 1, 200, false).linkTypes].sort()).toEqual([...STORED_LINK_TYPES].sort());
  });
  it('path searches through every type and no other (articles stay out by type), coded claims only when asked for', () => {
    const searches = [...statement('path').matchAll(/\(a\)-\[:([A-Z_|]+)\*\.\.\d+\]-\(b\)/g)].map(([, types]) =>
      types!.split('|'),
    );
    expect(searches).toHaveLength(2);
    expect([...searches[0]!].sort()).toEqual([...LINK_TYPES].sort());
    expect(searches[0]).not.toEqual(expect.arrayContaining([CODED_LINK_TYPES[0]]));
    expect([...searches[1]!].sort()).toEqual([...STORED_LINK_TYPES].sort());
  });
});

describe('docs/querying-hubs.md', () => {
  // The guide's queries, as written there, against this file's hub: a front-end copying them gets groups and a page.
  const guide = readFileSync(fileURLToPath(new URL('../docs/querying-hubs.md', import.meta.url)), 'utf8');
  const query = (name: string) =>
    [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!).find((q) => q.startsWith(`query ${name}(`))!;

  it('asks for the groups, then pages into a part and on to its next page', async () => {
    const groupsAnswer = data(await app.query(query('HubGroups'), { id: hub })).neighborhood;
    expect(groupsAnswer.truncated).toBe(true);
    expect(groupsAnswer.nodes.length).toBeLessThanOrEqual(50);
    const made = (groupsAnswer.groups as Group[]).find((g) => g.relationship === 'MADE')!;
    expect(made.count).toBe(CLAIMS);
    const part = made.parts[0]!;
    const first = data(await app.query(query('GroupPage'), { group: part.id })).neighborhoodGroup;
    expect(first.edges).toHaveLength(20);
    expect(first.counterpart?.id ?? null).toBe(part.counterpart?.id ?? null);
    expect(first.nodeType).toBe(part.nodeType);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = data(
      await app.query(query('GroupPage'), { group: part.id, after: first.pageInfo.endCursor }),
    ).neighborhoodGroup;
    const seen = new Set(first.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(second.edges.some((e: { node: { id: string } }) => seen.has(e.node.id))).toBe(false);
  });
});
