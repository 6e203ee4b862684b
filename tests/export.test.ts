import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, type Fingerprint } from '../src/export/fingerprint.js';
import { generateApiKey } from '../src/http/auth.js';
import { loadDocumentFile } from '../src/ingest/ingest.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { migrate } from '../src/neo4j/migrate.js';
import { seed } from '../src/seed.js';
import { appOver, freePort } from './support/hardening.js';
import type { LooseJson } from './support/json.js';

/**
 * `npm run export` round-trips: a graph built by the seed and by every kind
 * of mutation (sources added to a relationship and to a claim from a second
 * article, a denial answering a claim of another article, what mutations
 * wrote without a source, a delete and its restore, an unlink) is written
 * as ingest documents; every document passes the ingest rules; and
 * `npm run ingest -- DIR/*.json` on an empty store rebuilds a graph with
 * the same fingerprint. Both through a running Neo4j (NEO4J_URI) and
 * offline, on the embedded store (NEO4J_STORE_DIR). This file runs Neo4j
 * stores of its own, so the shared one's concurrent writes cannot reach it.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
const HEAP = '384';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** One of the project's command-line tools, as `npm run` runs it, with the environment given (and no NEO4J_URI unless given). */
function tool(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const { NEO4J_URI: _uri, NEO4J_STORE_DIR: _store, ...inherited } = process.env;
  return new Promise((done) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: root, env: { ...inherited, NEO4J_HEAP_MB: HEAP, ...env }, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}
const exportTo = (dir: string, env: Record<string, string>) => tool('src/export/cli.ts', [dir], env);
const ingest = (dir: string, env: Record<string, string>) =>
  tool(
    'src/ingest/cli.ts',
    documentsIn(dir).map((f) => join(dir, f)),
    env,
  );

/** The folder's documents in the order a shell's DIR/*.json lists them. */
function documentsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

async function fingerprintOf(uri: string): Promise<Fingerprint> {
  const driver = createDriver({ uri, database: 'neo4j' });
  try {
    return await fingerprint(new Graph(driver, 'neo4j'));
  } finally {
    await driver.close();
  }
}

const admin = generateApiKey('export-admin', 'admin');
const SECOND_TEXT =
  'A week later the envoy repeated that the missiles had come from the north. The north’s ministry called the claim “a fabrication from start to finish”.';

/** The seed, then a write of every kind through the server. */
async function buildGraph(uri: string) {
  const app = appOver(uri, { API_KEYS: admin.entry, REQUEST_TIMEOUT_MS: '60000' });
  const q = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: LooseJson; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  try {
    // Set-up, like the server's own, runs without the per-request time limit.
    const setUp = new Graph(app.driver, 'neo4j');
    await migrate(setUp);
    await seed(setUp);
    const accusation = 'claim:us-accuses-north-korea-sending-weapons-to-russia-2024';
    const answered = 'claim:wood-accuses-russia-firing-north-korean-missiles-at-ukraine-2024-06-28';
    // A second article: it mentions known entities, repeats a known relationship and answers a claim of the seed article.
    await q(`mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed } }`, {
      input: {
        document: {
          sources: [
            {
              key: 'article:export-second',
              category: 'NEWS',
              title: 'The denial, repeated',
              publisher: 'Test Wire',
              publishedOn: '2024-07-05',
              text: SECOND_TEXT,
            },
          ],
          entities: [
            { key: 'state:PRK', type: 'State', name: 'North Korea', aliases: ['the north'] },
            { key: 'state:USA', type: 'State', name: 'United States' },
            { key: 'person:robert-wood', type: 'Person', name: 'Robert Wood', aliases: ['the envoy'] },
            {
              key: 'org:prk-foreign-ministry',
              type: 'Organization',
              name: 'North Korean foreign ministry',
              category: 'MINISTRY',
            },
          ],
          relationships: [
            { type: 'PART_OF', from: 'org:prk-foreign-ministry', to: 'state:PRK' },
            {
              type: 'HOLDS_POSITION',
              from: 'person:robert-wood',
              to: 'state:USA',
              title: 'Deputy US Ambassador to the United Nations',
            },
          ],
          claims: [
            {
              key: 'claim:prk-ministry-denies-again-2024-07',
              kind: 'DENY',
              speaker: 'org:prk-foreign-ministry',
              onBehalfOf: 'state:PRK',
              target: 'state:USA',
              allegation: 'calls the claim a fabrication',
              quote: '“a fabrication from start to finish”',
              answers: 'claim:us-accuses-prk-again-2024-07',
            },
            {
              key: 'claim:us-accuses-prk-again-2024-07',
              kind: 'ACCUSE',
              speaker: 'person:robert-wood',
              onBehalfOf: 'state:USA',
              target: 'state:PRK',
              allegation: 'missiles came from the north',
              quote: 'the missiles had come from the north',
            },
          ],
        },
      },
    });
    // The seed's accusation, reported again by the second article with a further target.
    await q(`mutation($input: AddClaimInput!) { addClaim(input: $input) { changed } }`, {
      input: {
        key: accusation,
        kind: 'ACCUSE',
        speaker: 'state:USA',
        targets: ['state:PRK', 'state:RUS'],
        allegation: 'sending weapons to Russia',
        source: 'article:export-second',
      },
    });
    // A denial in the second article answering a claim only the seed article reports (its document must carry that claim).
    await q(`mutation($input: AddClaimInput!) { addClaim(input: $input) { changed } }`, {
      input: {
        key: 'claim:prk-denies-seed-accusation-2024-07',
        kind: 'DENY',
        speaker: 'org:prk-foreign-ministry',
        targets: ['person:robert-wood'],
        allegation: 'rejects the accusation',
        answers: answered,
        source: 'article:export-second',
      },
    });
    // What mutations write without a source: an entity no article mentions, and relationships without sources.
    await q(`mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed } }`, {
      input: {
        key: 'org:export-unsourced-body',
        type: 'Organization',
        name: 'A body no article names',
        organization: { category: 'OTHER' },
        aliases: ['the body'],
      },
    });
    await q(`mutation($input: LinkEntitiesInput!) { linkEntities(input: $input) { changed } }`, {
      input: {
        type: 'MEMBER_OF',
        from: 'state:PRK',
        to: 'org:export-unsourced-body',
        since: '2020',
        permanent: false,
        key: 'rel:prk-member-of-export-body',
      },
    });
    // A source added to a relationship of the seed, from the second article.
    await q(`mutation($input: LinkEntitiesInput!) { linkEntities(input: $input) { changed } }`, {
      input: { type: 'PART_OF', from: 'org:prk-foreign-ministry', to: 'state:PRK', sources: ['article:export-second'] },
    });
    await q(`mutation($input: CorrectFieldInput!) { correctField(input: $input) { changed } }`, {
      input: { key: 'person:richard-gowan', field: 'DESCRIPTION', value: 'An analyst of the UN' },
    });
    await q(`mutation($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { changed } }`, {
      input: { type: 'LOCATED_IN', from: 'place:kharkiv', to: 'state:UKR' },
    });
    // A cascading delete and its restore leave the graph as it was, provenance included.
    const deleted = await q(
      `mutation { deleteEntity(input: { key: "person:richard-gowan", cascade: true }) { change } }`,
    );
    await q(`mutation($c: ID!) { restoreEntity(change: $c) { relationshipsRestored } }`, {
      c: deleted.deleteEntity.change,
    });
    // And one that stays deleted.
    await q(
      `mutation { deleteEntity(input: { key: "event:missile-strikes-ukraine-2024-06-16", cascade: true }) { deleted } }`,
    );
  } finally {
    await app.close();
  }
}

let source: EmbeddedNeo4j | undefined;
const sourceStore = join(work, 'source');
let original: Fingerprint;

beforeAll(async () => {
  source = await startEmbeddedNeo4j({ storeDir: sourceStore, port: 0, heapMb: Number(HEAP) });
  await buildGraph(source.uri);
  original = await fingerprintOf(source.uri);
}, 240_000);

afterAll(async () => {
  await source?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run export, then npm run ingest on an empty store', () => {
  const viaServer = join(work, 'via-server');

  it(
    'through a running Neo4j (NEO4J_URI): every document is valid, and the rebuilt graph has the same fingerprint',
    { timeout: 300_000 },
    async () => {
      const exported = await exportTo(viaServer, { NEO4J_URI: source!.uri });
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain(`graph exported: fingerprint sha256:${original.hash}`);
      const files = documentsIn(viaServer);
      expect(files.at(-1)).toBe('unsourced.json');
      expect(files.length).toBe(original.labels.Article! + 1);
      for (const file of files) {
        const loaded = await loadDocumentFile(join(viaServer, file));
        expect(loaded.ok, `${file}: ${JSON.stringify(!loaded.ok && loaded.errors)}`).toBe(true);
      }
      // The second article's document carries the seed claim its denial answers, as the seed article reports it,
      // and the seed accusation it reported again, with what it added.
      const second = JSON.parse(
        readFileSync(
          join(
            viaServer,
            files.find((f) => f.endsWith('-export-second.json'))!,
          ),
          'utf8',
        ),
      );
      expect(second.sources.map((s: { key: string }) => s.key)).toEqual([
        'article:export-second',
        'article:53f6e0b8b575f843',
      ]);
      expect(
        second.claims.find(
          (c: { key: string }) =>
            c.key === 'claim:wood-accuses-russia-firing-north-korean-missiles-at-ukraine-2024-06-28',
        ),
      ).toMatchObject({
        quote: 'training ground',
        sources: ['article:53f6e0b8b575f843'],
      });
      const reported = second.claims.find(
        (c: { key: string }) => c.key === 'claim:us-accuses-north-korea-sending-weapons-to-russia-2024',
      );
      expect(reported).toMatchObject({ target: ['state:PRK', 'state:RUS'], allegation: 'sending weapons to Russia' });
      expect(reported).not.toHaveProperty('sources');
      const unsourced = JSON.parse(readFileSync(join(viaServer, 'unsourced.json'), 'utf8'));
      expect(unsourced).toMatchObject({
        sources: [],
        relationships: [
          {
            type: 'MEMBER_OF',
            from: 'state:PRK',
            to: 'org:export-unsourced-body',
            key: 'rel:prk-member-of-export-body',
          },
        ],
        claims: [],
      });

      const target = await startEmbeddedNeo4j({ storeDir: join(work, 'target-server'), port: 0, heapMb: Number(HEAP) });
      try {
        const ingested = await ingest(viaServer, { NEO4J_URI: target.uri });
        expect(ingested.code, ingested.stdout + ingested.stderr).toBe(0);
        expect(ingested.stdout).toContain(`${files.length} files: ${files.length} ingested, 0 failed`);
        const rebuilt = await fingerprintOf(target.uri);
        console.log(
          `export round trip through NEO4J_URI:\n  original ${original.hash} (${original.nodes} nodes, ${original.relationships} relationships)\n  rebuilt  ${rebuilt.hash} (${rebuilt.nodes} nodes, ${rebuilt.relationships} relationships)`,
        );
        expect(rebuilt).toEqual(original);
      } finally {
        await target.stop();
      }
    },
  );

  it(
    'offline, on the embedded store (NEO4J_STORE_DIR): the same documents, and the same fingerprint after ingest',
    { timeout: 300_000 },
    async () => {
      await source!.stop();
      const offline = join(work, 'offline');
      const exported = await exportTo(offline, { NEO4J_STORE_DIR: sourceStore });
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stderr).toContain(`NEO4J_URI is not set: starting the embedded Neo4j on ${sourceStore}`);
      const files = documentsIn(offline);
      expect(files).toEqual(documentsIn(viaServer));
      for (const file of files)
        expect(readFileSync(join(offline, file), 'utf8'), file).toBe(readFileSync(join(viaServer, file), 'utf8'));

      const rebuiltStore = join(work, 'target-offline');
      const ingested = await ingest(offline, { NEO4J_STORE_DIR: rebuiltStore });
      expect(ingested.code, ingested.stdout + ingested.stderr).toBe(0);
      const printed = await tool('src/export/fingerprint-cli.ts', [], { NEO4J_STORE_DIR: rebuiltStore });
      expect(printed.code, printed.stderr).toBe(0);
      console.log(
        `export round trip offline:\n  original sha256:${original.hash}\n  rebuilt  ${printed.stdout.split('\n')[0]}`,
      );
      expect(printed.stdout).toContain(
        `fingerprint sha256:${original.hash} (${original.nodes} nodes, ${original.relationships} relationships)`,
      );
    },
  );
});

describe('npm run export, as a command', () => {
  it(
    'exits 2 on a usage error, and 1 with a sentence when it cannot write or reach Neo4j',
    { timeout: 60_000 },
    async () => {
      const usage = await exportTo('', {});
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('usage: npm run export -- DIR');
      expect((await tool('src/export/cli.ts', ['a', 'b'], {})).code).toBe(2);

      const used = join(work, 'used');
      mkdirSync(used, { recursive: true });
      writeFileSync(join(used, 'old.json'), '{}');
      const refused = await exportTo(used, { NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('already holds 1 .json file(s)');

      const port = await freePort();
      const unreachable = await exportTo(join(work, 'nowhere'), { NEO4J_URI: `bolt://127.0.0.1:${port}` });
      expect(unreachable.code).toBe(1);
      expect(unreachable.stderr).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${port}`);
      expect(unreachable.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
