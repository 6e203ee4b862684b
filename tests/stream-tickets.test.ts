import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../src/http/auth.js';
import { createStreamTickets } from '../src/stream-tickets.js';
import { capturingLogger, testApp } from './support/app.js';
import { subscribe, type Subscription } from './support/sse.js';
import { writtenKeys } from './support/writes.js';

/**
 * Stream tickets (src/stream-tickets.ts): where reads need a token, a page
 * trades its token for a short-lived ticket (createStreamTicket) and opens
 * its subscription with the ticket in the URL, as an EventSource must. The
 * ticket reads only, opens streams only, and expires; a server with the
 * same STREAM_TICKET_SECRET accepts another's tickets.
 */
const editor = generateApiKey('ticket-editor', 'editor');
const reader = generateApiKey('ticket-reader', 'reader');
const keys = [editor, reader].map((k) => k.entry).join(',');
const SECRET = 'a-stream-ticket-secret-shared-by-servers';

const TICKET = 'mutation { createStreamTicket { ticket expiresAt } }';
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { created } }`;
const UPSERT = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created } }`;
const CLAIM_ADDED = `subscription($target: ID) { claimAdded(target: $target) { key allegation updatedBy } }`;

describe('stream tickets where reads need a token', () => {
  const { logger, lines } = capturingLogger();
  const env = { API_KEYS: keys, READS_REQUIRE_AUTH: 'true', STREAM_TICKET_SECRET: SECRET, LOG_LEVEL: 'info' };
  const app = testApp(env, { logger });
  const sibling = testApp(env);
  const stranger = testApp({ API_KEYS: keys, READS_REQUIRE_AUTH: 'true' });
  const written = writtenKeys(app.graph);
  const open: Subscription[] = [];
  let base: string;
  let siblingBase: string;
  let strangerBase: string;
  beforeAll(async () => {
    [base, siblingBase, strangerBase] = await Promise.all([app.listen(), sibling.listen(), stranger.listen()]);
  });
  afterAll(() => {
    for (const sub of open) sub.close();
  });

  const ticketFor = async (key: { key: string }) => {
    const res = await app.query(TICKET, {}, { authorization: `Bearer ${key.key}` });
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.createStreamTicket as { ticket: string; expiresAt: string };
  };
  const stream = async (at: string, ticket: string, variables: Record<string, unknown> = {}) => {
    const sub = await subscribe(at, CLAIM_ADDED, variables, { method: 'GET', params: { ticket } });
    open.push(sub);
    return sub;
  };

  it('are issued for any valid token, for STREAM_TICKET_TTL_S seconds, and never without one', async () => {
    const issued = Date.now();
    const { ticket, expiresAt } = await ticketFor(reader);
    expect(ticket).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Date.parse(expiresAt) - issued).toBeGreaterThan(50_000);
    expect(Date.parse(expiresAt) - issued).toBeLessThanOrEqual(61_000);
    const anonymous = await app.query(TICKET);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Not by GET either, where the token would sit in a URL.
    const url = new URL('/graphql', base);
    url.searchParams.set('query', TICKET);
    const byGet = await fetch(url, {
      headers: { authorization: `Bearer ${reader.key}`, accept: 'application/graphql-response+json' },
    });
    expect(byGet.status).toBe(405);
    expect((await byGet.json()).data).toBeUndefined();
  });

  it('open a subscription without a token, which gets each event as a reader', async () => {
    const slug = written.slug('ticket');
    const target = written.stateKey();
    const write = (query: string, input: Record<string, unknown>) =>
      app.query(query, { input }, { authorization: `Bearer ${editor.key}` });
    expect((await write(UPSERT, { key: target, type: 'State', name: `Ticket ${slug}` })).body.errors).toBeUndefined();

    // An editor's token gives a ticket that reads only.
    const { ticket } = await ticketFor(editor);
    const sub = await stream(base, ticket, { target });
    expect(sub.status).toBe(200);
    await expect.poll(() => app.live.listening()).toBeGreaterThan(0);
    const added = await write(ADD_CLAIM, {
      key: `claim:ticket-${slug}`,
      kind: 'CRITICIZE',
      speaker: 'state:USA',
      targets: [target],
      allegation: 'an allegation streamed to a ticket',
      source: 'article:53f6e0b8b575f843',
    });
    expect(added.body.errors).toBeUndefined();
    // Read with a caller's rights: who wrote it is shown, as to any caller with a token.
    expect((await sub.next(15_000)).data).toEqual({
      claimAdded: {
        key: `claim:ticket-${slug}`,
        allegation: 'an allegation streamed to a ticket',
        updatedBy: 'ticket-editor',
      },
    });
    // The ticket is never written to the log.
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.stringify(line)).not.toContain(ticket);
  });

  it('are accepted by every server with the same STREAM_TICKET_SECRET, and by no other', async () => {
    const { ticket } = await ticketFor(reader);
    expect((await stream(siblingBase, ticket)).status).toBe(200);
    const refused = await stream(strangerBase, ticket);
    expect(refused.status).toBe(401);
    await refused.ended;
    expect(JSON.parse(refused.events.find((e) => e.event === 'next')!.data).errors[0]).toMatchObject({
      message: 'The stream ticket was refused: it is not one this server issued.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuse an expired or altered ticket, and any request but a stream', async () => {
    const expired = await createStreamTickets({ secret: SECRET, ttlSeconds: -1 }).issue({
      subject: 'ticket-reader',
      role: 'reader',
    });
    const late = await stream(base, expired.ticket);
    expect(late.status).toBe(401);
    await late.ended;
    expect(JSON.parse(late.events.find((e) => e.event === 'next')!.data).errors[0].message).toBe(
      'The stream ticket has expired: ask for a new one with createStreamTicket.',
    );

    const { ticket } = await ticketFor(reader);
    const [header, payload] = ticket.split('.');
    const lifted = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...lifted, sub: 'someone-else' })).toString('base64url')}.${ticket.split('.')[2]}`;
    expect((await stream(base, forged)).status).toBe(401);

    // A query by POST, or by GET without asking for a stream: a ticket is no token.
    const post = await fetch(`${base}/graphql?ticket=${ticket}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "korea") { name } }' }),
    });
    expect(post.status).toBe(401);
    expect((await post.json()).errors[0].message).toMatch(/^A stream ticket opens subscriptions only/);
    const url = new URL('/graphql', base);
    url.searchParams.set('query', '{ search(text: "korea") { name } }');
    url.searchParams.set('ticket', ticket);
    expect((await fetch(url)).status).toBe(401);
  });
});
