import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLogger, contractOperation, testApp } from './support/app.js';
import { testGraph, uniqueSlug } from './support/graph.js';
import { deriveFromClaims } from './support/tallies.js';

/**
 * A request costs what its data costs: the number of Cypher statements a
 * contract operation sends must not grow with the length of the lists in
 * its answer. Two graphs of the same shape, one with 5 items and one with
 * 500, must cost the same number of statements.
 */
const { logger, lines } = capturingLogger();
const app = testApp({ LOG_LEVEL: 'info' }, { logger });
const graph = testGraph();

const run = `nplus1-${uniqueSlug('run')}`;
const SMALL = 5;
const LARGE = 500;

/** Writes `count` accusations against one accused, each with a speaker, subjects, a source and a denial. */
async function plant(label: string, count: number) {
  const accused = `org:${run}-${label}-accused`;
  await graph.write('test/plant-accusations', { run, label, accused, count });
  await deriveFromClaims(graph);
  return accused;
}

async function statements(query: string, variables: Record<string, unknown>) {
  const requestId = uniqueSlug('req');
  const res = await app.query(query, variables, { 'x-request-id': requestId });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const line = lines.find((l) => l.requestId === requestId);
  expect(line, 'request log line').toBeTruthy();
  return { cypher: line!.cypher as number, data: res.body.data };
}

let small: string;
let large: string;
beforeAll(async () => {
  small = await plant('small', SMALL);
  large = await plant('large', LARGE);
}, 120_000);

// Other files count claims across the whole graph: leave it as the seed was.
afterAll(async () => {
  await graph.write('test/remove-planted', { run });
  await deriveFromClaims(graph);
});

describe('Cypher statements per contract operation do not grow with the answer', () => {
  it('accusations: one statement for 5 or 100 accusations with nested accuser, subjects, source and denials', async () => {
    const op = await contractOperation('accusations');
    const a = await statements(op, { accused: small, first: 100 });
    const b = await statements(op, { accused: large, first: 100 });
    expect(a.data.accusations.totalCount).toBe(SMALL);
    expect(b.data.accusations.totalCount).toBe(LARGE);
    expect(b.data.accusations.edges).toHaveLength(100);
    expect(b.data.accusations.edges[0].node.denials).toHaveLength(1);
    expect(a.cypher).toBe(1);
    expect(b.cypher).toBe(a.cypher);
  });

  it('neighborhood: the same statements for 6 or 200 nodes', async () => {
    const op = await contractOperation('neighborhood');
    const a = await statements(op, { id: small, depth: 2, limit: 200 });
    const b = await statements(op, { id: large, depth: 2, limit: 200 });
    expect(a.data.neighborhood.nodes.length).toBeLessThan(b.data.neighborhood.nodes.length);
    expect(b.data.neighborhood.nodes).toHaveLength(200);
    expect(b.cypher).toBe(a.cypher);
    expect(a.cypher).toBe(1);
  });

  it('nested lists under a list use batched loaders: claims made by each of many accusers', async () => {
    const query = `query($id: ID!) { accusations(accused: $id, first: 100) { edges { node {
      accuser { ... on Person { claimsMade(first: 5) { totalCount edges { node { target { name } } } } positions { title } } } } } } }`;
    const a = await statements(query, { id: small });
    const b = await statements(query, { id: large });
    expect(b.data.accusations.edges).toHaveLength(100);
    expect(b.cypher).toBe(a.cypher);
    expect(a.cypher).toBeLessThanOrEqual(4);
  });

  it('search, entity, resolutions, transfers and path: a fixed number of statements', async () => {
    const costs: Record<string, number> = {};
    costs.search = (await statements(await contractOperation('search'), { text: 'russia' })).cypher;
    const id = Buffer.from('State:state:RUS').toString('base64');
    costs.entity = (await statements(await contractOperation('entity'), { id })).cypher;
    costs.resolutions = (await statements(await contractOperation('resolutions'), { about: 'state:PRK' })).cypher;
    costs.transfers = (await statements(await contractOperation('transfers'), { supplier: 'state:PRK' })).cypher;
    costs.path = (
      await statements(await contractOperation('path'), { from: 'person:kim-jong-un', to: 'state:UKR' })
    ).cypher;
    expect(costs).toEqual({ search: 1, entity: 1, resolutions: 1, transfers: 1, path: 1 });
  });
});
