import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/http/auth.js';
import { call, gql } from '../support/hardening.js';
import { startMain, waitFor, type Main } from '../support/main-process.js';

/**
 * Crash safety: the server and its embedded Neo4j are killed (SIGKILL, no
 * shutdown of any kind) while a large document is being ingested, and
 * started again on the same store. The graph then holds all of the
 * document or none of it (its history too), the store opens cleanly (the
 * next start is ready and answers), and the same document then goes in
 * whole.
 */
const store = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
afterAll(() => rmSync(store, { recursive: true, force: true }));

const editor = generateApiKey('crash-editor', 'editor');
const ENV = {
  NEO4J_STORE_DIR: store,
  NEO4J_HEAP_MB: '1024',
  SEED: 'false',
  API_KEYS: editor.entry,
  MAX_BODY_BYTES: '20000000',
  REQUEST_TIMEOUT_MS: '120000',
  LOG_LEVEL: 'warn',
};
const PEOPLE = 2_000;
const slug = `crash-${Date.now().toString(36)}`;

/** One article, PEOPLE people it mentions, and one claim by each of them against one state. */
function largeDocument() {
  const article = `article:${slug}`;
  const state = 'state:QCR';
  return {
    sources: [
      {
        key: article,
        category: 'NEWS',
        title: 'Many voices',
        publishedOn: '2024-07-04',
        text: 'Thousands of people spoke at once.',
      },
    ],
    entities: [
      { key: state, type: 'State', name: 'Crashland' },
      ...Array.from({ length: PEOPLE }, (_, i) => ({
        key: `person:${slug}-${i}`,
        type: 'Person',
        name: `Speaker ${i}`,
        aliases: [`S${i}`],
      })),
    ],
    claims: Array.from({ length: PEOPLE }, (_, i) => ({
      key: `claim:${slug}-${i}`,
      kind: 'CRITICIZE',
      speaker: `person:${slug}-${i}`,
      target: state,
      allegation: `criticism number ${i}`,
    })),
  };
}

const INGEST =
  'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { changed summary { claims { created } } } }';

/** The process ids of a process's children running `name` (the embedded Neo4j's JVM is `java`). */
function childrenNamed(pid: number, name: string): number[] {
  let out: string;
  try {
    out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when the process has no children
  }
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([p, comm]) => p && comm === name)
    .map(([p]) => Number(p));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ready(main: Main): Promise<string> {
  const base = await main.base;
  await waitFor(async () => (await call(`${base}/ready`)).status === 200, 120_000, '/ready');
  return base;
}

/** What the store holds of the document, and of its history, read over Bolt. */
async function holdings(bolt: string) {
  const driver = neo4j.driver(bolt, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (p:Person) WHERE p.key STARTS WITH $people RETURN count(p) AS people }
       CALL () { MATCH (c:Claim) WHERE c.key STARTS WITH $claims RETURN count(c) AS claims }
       CALL () { MATCH (a:Article {key: $article}) RETURN count(a) AS articles }
       CALL () { MATCH (:Claim)-[r:TARGETS]->(:State {key: 'state:QCR'}) RETURN count(r) AS targets }
       CALL () { MATCH (c:Change {operation: 'ingestDocument'}) RETURN count(c) AS changes, sum(c.itemCount) AS items }
       RETURN people, claims, articles, targets, changes, items`,
      { people: `person:${slug}-`, claims: `claim:${slug}-`, article: `article:${slug}` },
      { database: 'neo4j' },
    );
    return records[0]!.toObject();
  } finally {
    await driver.close();
  }
}

const NONE = { people: 0, claims: 0, articles: 0, targets: 0, changes: 0, items: 0 };
// The document's people, claims, article and state, each one item of its one history entry.
const ALL = { people: PEOPLE, claims: PEOPLE, articles: 1, targets: PEOPLE, changes: 1, items: 2 * PEOPLE + 2 };

describe('a crash in the middle of an ingest', () => {
  it('leaves all of the document or none of it, and a store that opens cleanly', { timeout: 600_000 }, async () => {
    const document = largeDocument();
    const first = startMain(ENV);
    const base = await ready(first);
    const bolt = await first.bolt;

    // The ingest, and a watch on Neo4j's transactions for it to be writing its claims' links.
    let answered = false;
    const request = gql(base, INGEST, { input: { document } }, { authorization: `Bearer ${editor.key}` }).then(
      () => (answered = true),
      () => undefined,
    );
    const watcher = neo4j.driver(bolt, undefined, { disableLosslessIntegers: true });
    let seen: string | undefined;
    try {
      seen = await waitFor(
        async () => {
          if (answered) throw new Error(`the ingest of ${PEOPLE} claims finished before it could be interrupted`);
          const { records } = await watcher.executeQuery(
            'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
            {},
            { database: 'neo4j' },
          );
          const queries = records.map((r) => String(r.get('currentQuery')));
          // Articles, entities and claims are written (uncommitted) by then: the crash undoes real writes.
          return queries.find((q) => q.includes('UNWIND $relationships') || q.includes('CREATE (c:Change'));
        },
        120_000,
        'the ingest to reach its relationships',
      );
    } finally {
      await watcher.close();
    }
    expect(seen).toBeTruthy();

    const jvms = childrenNamed(first.child.pid!, 'java');
    expect(jvms).toHaveLength(1);
    process.kill(jvms[0]!, 'SIGKILL');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await request;
    expect(answered).toBe(false);
    await waitFor(() => !alive(jvms[0]!) || undefined, 30_000, 'the JVM to be gone');

    // The same store again: Neo4j recovers from its transaction log, the server gets ready and answers.
    const second = startMain(ENV);
    const again = await ready(second);
    const afterCrash = await holdings(await second.bolt);
    console.log(
      `crash during ingest (killed at: ${seen!
        .split('\n')
        .find((l) => !l.startsWith('//'))
        ?.trim()}): after restart ${JSON.stringify(afterCrash)}`,
    );
    expect([NONE, ALL]).toContainEqual(afterCrash);
    const answer = await gql(again, '{ changes(first: 1) { totalCount } search(text: "speaker") { key } }');
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();

    // And the store takes the whole document now.
    const done = await gql(again, INGEST, { input: { document } }, { authorization: `Bearer ${editor.key}` });
    expect(done.body.errors).toBeUndefined();
    expect(await holdings(await second.bolt)).toEqual(ALL);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });
});
