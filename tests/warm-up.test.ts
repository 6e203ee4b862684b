import { fileURLToPath } from 'node:url';
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { contractOperations, operationsIn } from '../src/contract.js';
import { warmUpCalls } from '../src/http/warm-up.js';
import { testApp } from './support/app.js';

/** Keys of every kind the warm-up asks the graph for. */
const keys = {
  accuser: 'person:a',
  accused: 'state:AAA',
  claim: 'claim:c',
  claimKind: 'ACCUSE' as const,
  about: 'event:e',
  person: 'person:p',
  supplier: 'state:BBB',
  recipient: 'state:CCC',
  transfer: 'transfer:t',
  subject: 'org:o',
};

/**
 * The start-up warm-up (src/http/warm-up.ts): every read operation clients
 * send runs once through the server before /ready answers 200, and nothing
 * is written. How much it shortens the first answers is measured by
 * bench/first-answer.ts, not here.
 */
describe('warm-up before ready', () => {
  const app = testApp();

  it('covers every contract operation with each argument combination, with queries only', () => {
    const calls = warmUpCalls(keys, contractOperations());
    for (const op of contractOperations())
      expect(
        calls.map((c) => c.operation),
        op.name,
      ).toContain(op.name);
    const accusations = calls
      .filter((c) => c.operation === 'WhoAccusedWhom')
      .map((c) => Object.keys(c.variables).sort().join());
    expect(accusations).toEqual(expect.arrayContaining(['', 'accused', 'accuser', 'about']));
    for (const call of calls) expect(getOperationAST(parse(call.document))?.operation, call.operation).toBe('query');
    // A missing kind of key leaves its calls out rather than sending a null id.
    const sparse = warmUpCalls({ ...keys, supplier: null, recipient: null }, contractOperations());
    expect(sparse.filter((c) => c.operation === 'WeaponsTransfers').map((c) => c.variables)).toEqual([{}]);
  });

  it('leaves the Explorer’s mutations out: they write or need a token', () => {
    const explorer = operationsIn(fileURLToPath(new URL('../explorer/src/operations/', import.meta.url)));
    const mutations = explorer.filter((op) => op.kind === 'mutation').map((op) => op.name);
    expect(mutations).toEqual(expect.arrayContaining(['ExtractDocument', 'IngestDocument']));
    const calls = warmUpCalls(keys, explorer);
    expect(calls.map((c) => c.operation)).toEqual(
      expect.arrayContaining(['EntityDetails', 'EntityClaims', 'EntityTimeline']),
    );
    for (const name of mutations) expect(calls.map((c) => c.operation)).not.toContain(name);
    for (const call of calls) expect(getOperationAST(parse(call.document))?.operation, call.operation).toBe('query');
  });

  it('says 503 "warming" on /ready until it is done, answers every call, and writes nothing', async () => {
    const base = await app.listen();
    const before = await app.graph.read('test/graph-size');
    const warming = app.warmUp();
    const during = await fetch(`${base}/ready`);
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ status: 'warming' });
    const report = await warming;
    expect(report.failed).toEqual([]);
    expect(report.calls).toBeGreaterThanOrEqual(contractOperations().length + 4);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(await app.graph.read('test/graph-size')).toEqual(before);
  });

  it("covers the Explorer's queries too, and leaves its subscription out", () => {
    const keys = {
      accuser: 'person:a',
      accused: 'state:AAA',
      claim: 'claim:c',
      claimKind: 'ACCUSE' as const,
      about: 'event:e',
      person: 'person:p',
      supplier: 'state:BBB',
      recipient: 'state:CCC',
      transfer: 'transfer:t',
      subject: 'org:o',
    };
    const explorer = operationsIn(fileURLToPath(new URL('../explorer/src/operations/', import.meta.url)));
    const calls = warmUpCalls(keys, explorer);
    for (const op of explorer) {
      const kind = getOperationAST(parse(op.source))?.operation;
      if (kind === 'query')
        expect(
          calls.map((c) => c.operation),
          op.name,
        ).toContain(op.name);
      else
        expect(
          calls.map((c) => c.operation),
          op.name,
        ).not.toContain(op.name);
    }
    const matrix = calls.filter((c) => c.operation === 'AccusationMatrix').map((c) => c.variables);
    expect(matrix.map((v) => v.bySide ?? true)).toEqual([true, false, true]);
    expect(matrix.map((v) => v.origin ?? null)).toEqual([null, null, 'CODED']);
  });

  it("runs where only trusted documents run, although GraphiQL's tabs are not among them", async () => {
    const trusted = testApp({ TRUSTED_DOCUMENTS_ONLY: 'true' });
    const refused = await trusted.query('{ search(text: "korea") { name } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENTS_ONLY');
    const report = await trusted.warmUp();
    expect(report.failed).toEqual([]);
    expect(report.calls).toBeGreaterThan(contractOperations().length);
  });

  it('runs where reads need a token, as the server itself', async () => {
    const guarded = testApp({ READS_REQUIRE_AUTH: 'true' });
    expect((await guarded.query('{ search(text: "korea") { name } }')).status).toBe(401);
    const report = await guarded.warmUp();
    expect(report.failed).toEqual([]);
  });
});
