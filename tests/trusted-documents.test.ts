import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { getOperationAST, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import { contractOperation } from '../src/contract.js';
import { loadTrustedDocuments } from '../src/http/trusted-documents.js';
// @ts-expect-error: a plain JavaScript build script, without types
import { trustedDocumentsManifest } from '../scripts/trusted-documents.mjs';
import { testApp } from './support/app.js';
import { subscribe } from './support/sse.js';

/**
 * Trusted documents (TRUSTED_DOCUMENTS_ONLY) and the Explorer's typed client:
 * the committed manifest and generated types match their sources, clients
 * run known operations by hash in every mode, and with the switch on
 * nothing else runs.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = loadTrustedDocuments();
const byHash = (hash: string, variables: Record<string, unknown> = {}, operationName?: string) => ({
  operationName,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});
const hashOf = (name: string) => {
  const hit = Object.entries(manifest).find(([, text]) => getOperationAST(parse(text))?.name?.value === name);
  if (!hit) throw new Error(`${name} is not in trusted-documents.json`);
  return hit[0];
};

describe('the generated files', () => {
  it('are up to date: trusted-documents.json (run `npm run codegen` when this fails)', () => {
    expect(readFileSync(`${root}trusted-documents.json`, 'utf8')).toBe(trustedDocumentsManifest());
  });

  it("are up to date: the Explorer's types and documents in explorer/src/generated/ (run `npm run codegen`)", async () => {
    const outputs = await generate({ ...codegenConfig, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(3);
    for (const output of outputs) {
      expect(readFileSync(`${root}${output.filename}`, 'utf8'), output.filename).toBe(output.content);
    }
    // Every operation file has its types, new ones included.
    const generated = readFileSync(`${root}explorer/src/generated/graphql.ts`, 'utf8');
    for (const file of readdirSync(`${root}explorer/src/operations`)) {
      const name = getOperationAST(parse(readFileSync(`${root}explorer/src/operations/${file}`, 'utf8')))!.name!.value;
      expect(generated, file).toContain(`export const ${name}Document`);
    }
  });

  it('hold every contract and Explorer operation, each under the sha256 of its text', () => {
    for (const [hash, text] of Object.entries(manifest)) expect(sha256(text)).toBe(hash);
    for (const file of readdirSync(`${root}operations`).filter((f) => f.endsWith('.graphql'))) {
      expect(manifest[sha256(contractOperation(file.replace(/\.graphql$/, '')))], file).toBeDefined();
    }
    const names = Object.values(manifest).map((t) => getOperationAST(parse(t))?.name?.value);
    expect(names).toEqual(
      expect.arrayContaining(['EntityClaims', 'EntityDetails', 'EntityTimeline', 'EntityLive', 'AccusationMatrix']),
    );
  });
});

describe('by default', () => {
  const app = testApp();

  it('runs a query sent as text, or a trusted document sent by its hash', async () => {
    expect((await app.query('{ search(text: "korea", first: 1) { name } }')).body.data.search).toHaveLength(1);
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(byHash(hashOf('Search'), { text: 'korea' })),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.search.map((r: { name: string }) => r.name)).toContain('North Korea');
  });

  it('says when a hash is unknown, with PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(byHash(sha256('query Unknown { __typename }'))),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('with TRUSTED_DOCUMENTS_ONLY=true', () => {
  const app = testApp({ TRUSTED_DOCUMENTS_ONLY: 'true' });
  let base: string;
  beforeAll(async () => {
    base = await app.listen();
  });
  const post = (body: unknown) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });

  it("runs the contract operations and the Explorer's by hash, over POST and GET", async () => {
    const entity = await post(byHash(sha256(contractOperation('entity')), { id: 'state:RUS' }));
    expect(entity.status).toBe(200);
    expect((await entity.json()).data.node.name).toBe('Russia');

    const url = new URL(`${base}/graphql`);
    const request = byHash(hashOf('EntityClaims'), { id: 'state:RUS', first: 2 });
    url.searchParams.set('variables', JSON.stringify(request.variables));
    url.searchParams.set('extensions', JSON.stringify(request.extensions));
    const claims = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    const body = await claims.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.made.edges).toHaveLength(2);
  });

  it('refuses a query sent as text, with TRUSTED_DOCUMENTS_ONLY and a message that says what to send', async () => {
    for (const query of ['{ search(text: "korea") { name } }', contractOperation('search')]) {
      const res = await post({ query, variables: { text: 'korea' } });
      expect(res.status).toBe(400);
      const { errors, data } = await res.json();
      expect(data).toBeUndefined();
      expect(errors[0].extensions.code).toBe('TRUSTED_DOCUMENTS_ONLY');
      expect(errors[0].message).toContain('extensions.persistedQuery.sha256Hash');
    }
  });

  it('refuses an unknown hash, and a request with neither hash nor query', async () => {
    const unknown = await post(byHash('0'.repeat(64)));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const empty = await post({ variables: {} });
    expect(empty.status).toBe(400);
    expect((await empty.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it("runs the Explorer's subscription by hash over Server-Sent Events, and no other", async () => {
    const live = await subscribe(
      base,
      '',
      { id: 'state:RUS' },
      { method: 'GET', extensions: byHash(hashOf('EntityLive')).extensions },
    );
    expect(live.status).toBe(200);
    await expect.poll(() => app.live.listening()).toBe(1);
    live.close();
    const adHoc = await subscribe(base, 'subscription { articleIngested { key } }');
    await adHoc.ended;
    expect(JSON.parse(adHoc.events[0]!.data).errors[0].extensions.code).toBe('TRUSTED_DOCUMENTS_ONLY');
  });
});
