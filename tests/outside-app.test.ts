import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createApp } from '../src/http/server.js';
import { loadTrustedDocumentsDir } from '../src/http/trusted-documents.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { artifacts } from './support/browser.js';
import { uniqueSlug } from './support/graph.js';
import { fileBlocks } from './support/markdown.js';

/**
 * An app outside this repository's sources, built from the files the
 * front-end guide writes (docs/front-end.md): GraphQL Code Generator types
 * its operations from schema/schema.graphql, TypeScript checks it, and a
 * server that runs trusted documents only runs its operation by hash once
 * its persisted-documents.json is in TRUSTED_DOCUMENTS_DIR: no change to
 * the server's code, its operations or its manifest.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const GUIDE_API = "'http://localhost:4000/graphql'";

/** The app lives under tests/artifacts (git-ignored), so that it finds the packages the guide installs. */
const app = join(artifacts, `outside-app-${uniqueSlug('app')}`);
const trusted = join(app, 'trusted');

/** Type-checks the app: the compiler's complaints, empty when there are none. */
async function typeCheck(): Promise<string> {
  try {
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { timeout: 120_000 });
    return '';
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

describe('an outside app typed and trusted from the schema, as the front-end guide builds it', () => {
  const driver = createDriver({ uri: inject('neo4jUri'), database: 'neo4j' });
  const servers: ReturnType<typeof createApp>[] = [];
  let files: Map<string, string>;

  /** A server on a free port with the given settings, over the run's Neo4j. */
  async function serve(env: Record<string, string>) {
    const server = createApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }),
      graph: new Graph(driver, 'neo4j'),
      logger: pino({ level: 'silent' }),
    });
    servers.push(server);
    await new Promise<void>((r) => server.server.listen(0, '127.0.0.1', r));
    const address = server.server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  }

  beforeAll(async () => {
    files = fileBlocks(readFileSync(join(root, 'docs/front-end.md'), 'utf8'));
    for (const [path, text] of files) {
      mkdirSync(dirname(join(app, path)), { recursive: true });
      writeFileSync(join(app, path), text);
    }
    mkdirSync(join(app, 'newsgraph'), { recursive: true });
    copyFileSync(join(root, 'schema/schema.graphql'), join(app, 'newsgraph/schema.graphql'));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        include: ['src'],
      }),
    );
    await run(
      process.execPath,
      [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts'],
      {
        cwd: app,
        timeout: 180_000,
      },
    );
  }, 240_000);

  afterAll(async () => {
    for (const server of servers) await new Promise((r) => server.server.close(r));
    await driver.close();
    rmSync(app, { recursive: true, force: true });
  });

  it('takes every file from the guide', () => {
    expect([...files.keys()].sort()).toEqual([
      'codegen.ts',
      'newsgraph.js',
      'src/app.ts',
      'src/client.ts',
      'src/operations/accusations-against.graphql',
      'src/operations/claims-about.graphql',
    ]);
  });

  it('gets a typed document and a trusted-document hash for each operation', () => {
    const generated = readFileSync(join(app, 'src/generated/graphql.ts'), 'utf8');
    expect(generated).toContain('export const AccusationsAgainstDocument');
    expect(generated).toContain('export const ClaimsAboutDocument');
    expect(generated).toMatch(/export type AccusationsAgainstQueryVariables = Exact<\{\s+accused: string;/);
    const manifest = JSON.parse(readFileSync(join(app, 'src/generated/persisted-documents.json'), 'utf8'));
    expect(Object.keys(manifest)).toHaveLength(2);
    for (const id of Object.keys(manifest)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('type-checks, and a field the schema lacks or a variable of the wrong type does not', async () => {
    expect(await typeCheck()).toBe('');
    writeFileSync(
      join(app, 'src/wrong.ts'),
      `import { run } from './client';
import { AccusationsAgainstDocument } from './generated/graphql';
export async function wrong() {
  const { accusations } = await run(AccusationsAgainstDocument, { accused: 643 });
  return accusations.edges.map(({ node }) => node.accuserName);
}
`,
    );
    const complaints = await typeCheck();
    rmSync(join(app, 'src/wrong.ts'));
    expect(complaints).toMatch(
      /src\/wrong\.ts\(4,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/,
    );
    expect(complaints).toMatch(/src\/wrong\.ts\(5,\d+\): error TS2339: Property 'accuserName' does not exist/);
  }, 240_000);

  it('runs its operation by hash on a trusted-documents-only server once the manifest is in TRUSTED_DOCUMENTS_DIR', async () => {
    mkdirSync(trusted, { recursive: true });
    copyFileSync(join(app, 'src/generated/persisted-documents.json'), join(trusted, 'my-app.json'));
    const locked = { TRUSTED_DOCUMENTS_ONLY: 'true' };
    const withApp = await serve({ ...locked, TRUSTED_DOCUMENTS_DIR: trusted });
    const without = await serve(locked);

    // The app's own client.ts and app.ts, as written, pointed at the server.
    const pointAt = (api: string) => {
      const client = files.get('src/client.ts')!;
      expect(client.split(GUIDE_API).length - 1).toBe(1);
      writeFileSync(join(app, 'src/client.ts'), client.replace(GUIDE_API, JSON.stringify(api)));
    };
    pointAt(withApp);
    const { accusers } = (await import(join(app, 'src/app.ts'))) as { accusers: (s: string) => Promise<string[]> };
    const answer = await accusers('state:RUS');
    expect(answer.length).toBeGreaterThan(0);
    expect(answer).toContainEqual(expect.stringMatching(/^Robert Wood: /));

    // The same hash on a server that was not given the manifest: refused, and so is the text.
    const hash = Object.keys(JSON.parse(readFileSync(join(trusted, 'my-app.json'), 'utf8')))[0]!.slice(7);
    const byHash = await fetch(without, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { accused: 'state:RUS' },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
    });
    expect((await byHash.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a manifest whose hashes are not their documents’, naming the file and the entry', () => {
    const tampered = join(app, 'tampered');
    mkdirSync(tampered, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(app, 'src/generated/persisted-documents.json'), 'utf8'));
    const [id, text] = Object.entries(manifest)[0] as [string, string];
    writeFileSync(join(tampered, 'edited.json'), JSON.stringify({ [id]: `${text} ` }));
    writeFileSync(join(tampered, 'broken.json'), '{ not json');
    let error: unknown;
    try {
      loadTrustedDocumentsDir(tampered);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      [
        'Invalid trusted documents:',
        '  TRUSTED_DOCUMENTS_DIR/broken.json: not JSON',
        `  TRUSTED_DOCUMENTS_DIR/edited.json: ${id.slice(7)} is not the sha256 of its document (was the file edited by hand?)`,
      ].join('\n'),
    );
    expect(() => loadTrustedDocumentsDir(join(app, 'no-such-folder'))).toThrow(/not a folder that can be read/);
  });
});
