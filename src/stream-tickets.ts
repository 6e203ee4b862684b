import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Caller } from './context.js';
import { unauthenticated } from './roles.js';

/**
 * Stream tickets: how a web page subscribes where reads need a token. A
 * browser's EventSource cannot send an Authorization header, and a token in
 * a URL would end up in proxies' logs and the browser's history for as long
 * as the token lives. So a page asks for a ticket with its token
 * (`createStreamTicket`, a POST), and opens the stream with `?ticket=` in
 * the URL: the ticket lives STREAM_TICKET_TTL_S seconds (60 by default),
 * reads only (it carries the reader role, whatever the token's), and opens
 * subscriptions only (GET with `Accept: text/event-stream`). A stream once
 * open runs on past the ticket's end; a reconnection after it needs a new
 * ticket.
 *
 * Tickets are HS256 JWTs signed with STREAM_TICKET_SECRET, so that every
 * server sharing the secret accepts the tickets of every other; without
 * it, with a random key of this process, valid on this server only.
 */

export interface StreamTicket {
  ticket: string;
  /** When it stops opening streams, ISO 8601. */
  expiresAt: string;
}

export interface StreamTickets {
  issue(caller: Caller): Promise<StreamTicket>;
  /** The reader a ticket stands for; UNAUTHENTICATED (401) for an expired, forged or malformed one. */
  verify(ticket: string): Promise<Caller>;
}

/** Kept apart from any JWT the server accepts as a bearer token. */
const AUDIENCE = 'newsgraph:stream-ticket';
const ALGORITHM = 'HS256';

export function createStreamTickets(options: { secret?: string; ttlSeconds: number }): StreamTickets {
  const key = options.secret ? new TextEncoder().encode(options.secret) : randomBytes(32);
  return {
    async issue(caller) {
      const expires = Math.floor(Date.now() / 1000) + options.ttlSeconds;
      const ticket = await new SignJWT({})
        .setProtectedHeader({ alg: ALGORITHM })
        .setSubject(caller.subject)
        .setAudience(AUDIENCE)
        // Each ticket its own, even two issued in the same second to the same caller.
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(key);
      return { ticket, expiresAt: new Date(expires * 1000).toISOString() };
    },
    async verify(ticket) {
      try {
        const { payload } = await jwtVerify(ticket, key, { audience: AUDIENCE, algorithms: [ALGORITHM] });
        if (typeof payload.sub !== 'string' || !payload.sub) throw new Error('no subject');
        return { subject: payload.sub, role: 'reader' };
      } catch (err) {
        const expired = (err as { code?: string }).code === 'ERR_JWT_EXPIRED';
        throw unauthenticated(
          expired
            ? 'The stream ticket has expired: ask for a new one with createStreamTicket.'
            : 'The stream ticket was refused: it is not one this server issued.',
        );
      }
    },
  };
}

/**
 * The ticket a request carries in its URL, if any. Tickets open streams
 * only: on any other request one is refused, not ignored, so that a
 * misplaced ticket is noticed rather than silently read as anonymous.
 */
export function ticketOf(request: Request): string | null {
  const ticket = new URL(request.url, 'http://localhost').searchParams.get('ticket');
  if (ticket === null) return null;
  const stream = request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/event-stream');
  if (!stream)
    throw unauthenticated(
      'A stream ticket opens subscriptions only: send it on a GET request with "Accept: text/event-stream" (an EventSource does), and a bearer token on every other request.',
    );
  return ticket;
}
