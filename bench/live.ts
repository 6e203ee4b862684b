import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { generateApiKey } from '../src/http/auth.js';
import { killChildren, log, percentile, prepareTier, sleep, startServer, TIERS } from './harness.js';
import { openCrowd, openSubscriber } from './live-crowd.js';

/**
 * npm run bench:live [-- --sizes 1,100,1000,5000] [--writes 1]
 * npm run bench:live -- --url http://127.0.0.1:4000 --editor-key ngk_… --admin-key ngk_…
 * npm run bench:live -- --sizes 1000 --profile /tmp/live-profile   (the server's CPU profile)
 * npm run bench:live -- --node-arg --max-semi-space-size=32          (flags for the server’s node)
 *
 * Live updates at scale: for each N, N browser-style subscribers (each its
 * own HTTP connection, GET as EventSource sends it) to
 * claimAdded(target: "state:RUS") with nested fields, then one addClaim.
 * Prints per N how long delivery took after the mutation answered and
 * after it was sent (p50, p99), the Cypher statements the event cost the
 * server (GET /live/stats, before and after), the server's RSS per
 * subscriber, and how long a query took while it held them.
 *
 * Without --url it starts its own Neo4j (seeded, in a temporary store) and
 * server process, with an editor and an admin key of its own. With --url
 * it needs an editor key (the write) and an admin key (/live/stats), and
 * leaves its claims (keys `claim:bench-live-…`) in that graph.
 */

const SUBSCRIPTION = `subscription LiveBench($target: ID) {
  claimAdded(target: $target) {
    __typename key kind allegation madeOn quote
    speaker { key name }
    target { key name }
    source { key title publishedOn }
    answersTo { key }
  }
}`;
const ADD_CLAIM = `mutation LiveBenchWrite($input: AddClaimInput!) { addClaim(input: $input) { created } }`;
const HELD_QUERY = `query LiveBenchHeld($first: Int) { claims(target: "state:RUS", first: $first) { totalCount } }`;
const SEED_ARTICLE = 'article:53f6e0b8b575f843';

interface Options {
  sizes: number[];
  writes: number;
  url?: string;
  editorKey?: string;
  adminKey?: string;
  /** Where the server it starts writes a CPU profile (node --cpu-prof). */
  profile?: string;
  /** More flags for the node process of the server it starts (e.g. V8's heap sizes). */
  nodeArgs: string[];
}

interface Target {
  url: string;
  editorKey: string;
  adminKey: string;
  stop(): Promise<void>;
}

interface LiveStatsBody {
  subscriptions: number;
  reads: number;
  statements: number;
  executions?: number;
  dropped?: number;
  memory: { rssBytes: number };
  cpuMs?: number;
}

interface Row {
  subscribers: number;
  received: string;
  afterAnswer: [number, number];
  afterSend: [number, number];
  mutationMs: number;
  reads: number;
  executions: number;
  statements: number;
  /** Server CPU time from just before the write to just after the last delivery, per write. */
  cpuMs: number;
  rssHeldMb: number;
  rssPerSubscriberKb: number;
  heldQuery: string;
  fanOutQuery: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [1, 100, 1000, 5000], writes: 1, nodeArgs: [] };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v!;
    };
    if (arg === '--sizes') options.sizes = value().split(',').map(Number);
    else if (arg === '--writes') options.writes = Number(value());
    else if (arg === '--url') options.url = value();
    else if (arg === '--editor-key') options.editorKey = value();
    else if (arg === '--admin-key') options.adminKey = value();
    else if (arg === '--profile') options.profile = value();
    else if (arg === '--node-arg') options.nodeArgs.push(value());
    else fail(`unknown option ${arg} (see the comment at the top of bench/live.ts)`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1))
    fail('--sizes: whole numbers of subscribers, e.g. 1,100,1000');
  if (!Number.isInteger(options.writes) || options.writes < 1) fail('--writes: a whole number of writes per size');
  if (options.url && (!options.editorKey || !options.adminKey))
    fail('--url needs --editor-key (to write) and --admin-key (to read /live/stats)');
  return options;
}

function fail(message: string): never {
  process.stderr.write(`bench:live: ${message}\n`);
  process.exit(2);
}

/** Each subscriber is a socket in this process, and one in the server's when it runs here too. */
function checkFileLimit(largest: number, serverHere: boolean) {
  const needed = largest + 200;
  let limit: number;
  try {
    limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  } catch {
    return;
  }
  if (Number.isFinite(limit) && limit < needed)
    fail(
      `${largest} subscribers need about ${needed} open files per process${serverHere ? ' (this one and the server)' : ''}; ` +
        `the limit is ${limit}: raise it first (ulimit -n ${Math.max(needed, 8192)}), or lower --sizes`,
    );
}

async function localTarget(profile: string | undefined, extraNodeArgs: string[]): Promise<Target> {
  const editor = generateApiKey('bench-live-editor', 'editor');
  const admin = generateApiKey('bench-live-admin', 'admin');
  const { neo4j, driver, store } = await prepareTier(TIERS[0]!);
  const nodeArgs = [...extraNodeArgs, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const server = await startServer('this', neo4j.uri, { API_KEYS: `${editor.entry},${admin.entry}` }, nodeArgs);
  log(`   server pid ${server.pid} at ${server.url}`);
  return {
    url: server.url,
    editorKey: editor.key,
    adminKey: admin.key,
    async stop() {
      await server.stop();
      await driver.close();
      await neo4j.stop();
      if (store) rmSync(store, { recursive: true, force: true });
    },
  };
}

async function liveStats(target: Target): Promise<LiveStatsBody> {
  const res = await fetch(`${target.url}/live/stats`, { headers: { authorization: `Bearer ${target.adminKey}` } });
  if (!res.ok) fail(`GET /live/stats answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as LiveStatsBody;
}

async function graphql(target: Target, query: string, variables: Record<string, unknown>, key?: string) {
  const started = performance.now();
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: { addClaim?: { created: boolean } }; errors?: { message: string }[] };
  return { ms: performance.now() - started, status: res.status, body };
}

/** A query's outcome for the table: its time, or why it failed. */
async function probe(target: Target): Promise<string> {
  const first = 1 + Math.floor(Math.random() * 50);
  try {
    const { ms, status, body } = await graphql(target, HELD_QUERY, { first });
    if (status !== 200 || body.errors) return `failed (${status})`;
    return `${Math.round(ms)} ms`;
  } catch (err) {
    return `failed (${(err as Error).message})`;
  }
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

async function measure(target: Target, n: number, writes: number, idleRss: number): Promise<Row> {
  await waitFor(async () => (await liveStats(target)).subscriptions === 0, 30_000);
  const opened = performance.now();
  const crowd = await openCrowd(n, () => openSubscriber(target.url, SUBSCRIPTION, { target: 'state:RUS' }));
  // Every subscription listens before anything is written.
  if (!(await waitFor(async () => (await liveStats(target)).subscriptions >= n, 60_000)))
    fail(`the server holds ${(await liveStats(target)).subscriptions} of ${n} subscriptions after 60 s`);
  log(`   ${n} subscribers open in ${((performance.now() - opened) / 1000).toFixed(1)} s`);
  const held = await liveStats(target);
  const heldQuery = await probe(target);

  const afterAnswer: number[] = [];
  const afterSend: number[] = [];
  let mutationMs = 0;
  let fanOutQuery = '';
  let delivered = 0;
  const failures: string[] = [];
  const before = await liveStats(target);
  for (let w = 0; w < writes; w++) {
    const key = `claim:bench-live-${Date.now().toString(36)}-${n}-${w}`;
    const sent = performance.now();
    const write = await graphql(
      target,
      ADD_CLAIM,
      {
        input: {
          key,
          kind: 'ACCUSE',
          speaker: 'state:USA',
          targets: ['state:RUS'],
          allegation: 'a benchmark accusation',
          source: SEED_ARTICLE,
        },
      },
      target.editorKey,
    );
    const answered = performance.now();
    if (write.body.errors || !write.body.data?.addClaim?.created)
      fail(`addClaim failed: ${JSON.stringify(write.body.errors ?? write.body.data)}`);
    mutationMs += answered - sent;
    // A query sent while the event is going out to every subscriber.
    const during = probe(target);
    await waitFor(() => crowd.every((s) => s.arrivals.length > w || s.ended), 120_000);
    fanOutQuery = await during;
    for (const sub of crowd) {
      const at = sub.arrivals[w];
      if (at === undefined || !sub.payloads[w]!.includes(key)) continue;
      afterAnswer.push(at - answered);
      afterSend.push(at - sent);
    }
    for (const sub of crowd) {
      const payload = sub.payloads[w];
      if (payload === undefined) continue;
      if (payload.includes(key) && !payload.includes('"errors"')) delivered += 1;
      else failures.push(payload);
    }
  }
  // The last statements of the event may still be on their way back.
  await sleep(300);
  const after = await liveStats(target);
  for (const sub of crowd) sub.close();

  afterAnswer.sort((a, b) => a - b);
  afterSend.sort((a, b) => a - b);
  const rssHeld = held.memory.rssBytes;
  return {
    subscribers: n,
    received: `${delivered}/${n * writes}${failures.length ? ` (${failures.length} with errors: ${summarise(failures)})` : ''}`,
    afterAnswer: [percentile(afterAnswer, 50), percentile(afterAnswer, 99)],
    afterSend: [percentile(afterSend, 50), percentile(afterSend, 99)],
    mutationMs: mutationMs / writes,
    reads: (after.reads - before.reads) / writes,
    executions: ((after.executions ?? Number.NaN) - (before.executions ?? Number.NaN)) / writes,
    statements: (after.statements - before.statements) / writes,
    cpuMs: ((after.cpuMs ?? Number.NaN) - (before.cpuMs ?? Number.NaN)) / writes,
    rssHeldMb: rssHeld / 2 ** 20,
    rssPerSubscriberKb: (rssHeld - idleRss) / n / 1024,
    heldQuery,
    fanOutQuery,
  };
}

/** The distinct error messages among failed deliveries, with how many of each. */
function summarise(payloads: string[]): string {
  const counts = new Map<string, number>();
  for (const p of payloads) {
    let message = p.slice(0, 80);
    try {
      message = JSON.parse(p).errors?.[0]?.message ?? message;
    } catch {
      // not JSON: keep its start
    }
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([m, c]) => `${c}× ${m}`).join('; ');
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)}` : '–');

function table(rows: Row[]): string {
  const head =
    '| subscribers | received | delivery after answer p50 / p99 (ms) | after send p50 / p99 (ms) | addClaim answer (ms) | event reads / executions | Cypher statements per event | server CPU per event (ms) | server RSS held (MB) | RSS per subscriber (KB) | query while held | query during delivery |';
  const rule = `|${'---|'.repeat(12)}`;
  const lines = rows.map(
    (r) =>
      `| ${r.subscribers.toLocaleString('en')} | ${r.received} | ${ms(r.afterAnswer[0])} / ${ms(r.afterAnswer[1])} | ${ms(r.afterSend[0])} / ${ms(r.afterSend[1])} | ${ms(r.mutationMs)} | ${r.reads} / ${Number.isFinite(r.executions) ? r.executions : '–'} | ${r.statements} | ${ms(r.cpuMs)} | ${r.rssHeldMb.toFixed(0)} | ${r.rssPerSubscriberKb.toFixed(1)} | ${r.heldQuery} | ${r.fanOutQuery} |`,
  );
  return [head, rule, ...lines].join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  checkFileLimit(Math.max(...options.sizes), !options.url);
  log(`bench:live: subscribers ${options.sizes.join(', ')}; ${options.writes} write(s) each`);
  const target: Target = options.url
    ? { url: options.url, editorKey: options.editorKey!, adminKey: options.adminKey!, stop: async () => {} }
    : await localTarget(options.profile, options.nodeArgs);
  const rows: Row[] = [];
  try {
    // The first write and query plan their statements in Neo4j: one untimed round first.
    log('   warm-up: 1 subscriber, 1 write (not in the table)');
    await measure(target, 1, 1, 0);
    await waitFor(async () => (await liveStats(target)).subscriptions === 0, 30_000);
    const idleRss = (await liveStats(target)).memory.rssBytes;
    log(`   server RSS with no subscriber: ${(idleRss / 2 ** 20).toFixed(0)} MB`);
    for (const n of options.sizes) {
      rows.push(await measure(target, n, options.writes, idleRss));
      log(table(rows.slice(-1)).split('\n').at(-1)!);
    }
  } finally {
    await target.stop();
  }
  log(`\n${table(rows)}`);
  log(
    '\nDelivery: from the moment the addClaim answer arrived (and from the moment it was sent) to each subscriber’s `next` event, as this process saw them. ' +
      'Event reads and statements: what GET /live/stats counted between just before the write and just after the last delivery. ' +
      'Server CPU: user + system time the server used from just before the write to just after the last delivery (the write, the query sent meanwhile and the statistics reads included). ' +
      'RSS per subscriber: (RSS holding N − RSS before the first N, after the warm-up) / N; RSS seldom shrinks, so later rows carry what earlier ones left.',
  );
}

main().catch((err) => {
  killChildren();
  process.stderr.write(`bench:live failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
