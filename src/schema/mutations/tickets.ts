import { builder } from '../builder.js';
import type { StreamTicket } from '../../stream-tickets.js';

/**
 * createStreamTicket: a short-lived ticket with which a web page opens a
 * subscription where reads need a token (src/stream-tickets.ts). It writes
 * nothing; it is a mutation so that it is never cached and never sent by
 * GET, where the token would be in a URL.
 */

const StreamTicketRef = builder.objectRef<StreamTicket>('StreamTicket').implement({
  description:
    'A ticket that opens subscriptions for a short while: put it in the URL of an EventSource as `ticket`, instead of a token.',
  fields: (t) => ({
    ticket: t.exposeString('ticket', {
      description:
        'The ticket: `GET /graphql?query=…&ticket=…` with `Accept: text/event-stream` (as an EventSource sends) opens a subscription as a reader.',
    }),
    expiresAt: t.exposeString('expiresAt', {
      description:
        'When it stops opening streams (ISO 8601; STREAM_TICKET_TTL_S after it was issued). A stream already open runs on; a reconnection after this needs a new ticket.',
    }),
  }),
});

builder.mutationField('createStreamTicket', (t) =>
  t.authField({
    type: StreamTicketRef,
    description:
      'A short-lived ticket to open subscriptions from a browser, whose EventSource cannot send an Authorization header. Writes nothing; needs any valid token. The ticket reads only, whatever the token may do.',
    authScopes: { role: 'reader' },
    resolve: (_root, _args, ctx) => {
      if (!ctx.streamTickets) throw new Error('this server issues no stream tickets');
      return ctx.streamTickets.issue(ctx.caller);
    },
  }),
);
