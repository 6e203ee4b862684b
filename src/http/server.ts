import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { createAuthenticator } from './auth.js';
import { ChangeFeed } from '../changes.js';
import type { Config } from '../config.js';
import { createContext, type Caller, type Context } from '../context.js';
import { localGeneration, redisGeneration } from '../cache/generation.js';
import { responseCachePlugin } from '../cache/response-cache.js';
import { causes, isDatabaseUnavailable, isTimeout } from '../database-errors.js';
import { errorMasker, originalOf, useErrorCodes } from './error-handling.js';
import { useCompiledExecution } from '../execution/compiled.js';
import { isExplorerPath, serveExplorer } from './explorer-route.js';
import { graphiqlTabs } from './graphiql-examples.js';
import { checkUrl, HttpError, readBody, requestIdOf, useBodyLimit, useRequestChecks } from './guard.js';
import { limitPlugins } from './limits.js';
import { liveStats } from './live-stats.js';
import { createLiveEvents, type LiveEvents } from '../live/events.js';
import { relayChanges } from '../live/relay.js';
import { useSharedEventResults } from '../live/shared-results.js';
import type { Logger } from '../log.js';
import type { Graph } from '../neo4j/graph.js';
import { schema } from '../schema/index.js';
import { createStreamTickets, ticketOf } from '../stream-tickets.js';
import { useExtractor } from '../extract/index.js';
import { loadTrustedDocuments, loadTrustedDocumentsDir, useTrustedDocuments } from './trusted-documents.js';
import { warmUp, type WarmUpReport } from './warm-up.js';

export interface AppOptions {
  config: Config;
  graph: Graph;
  logger: Logger;
  /** Committed writes are announced here; a new feed when not given. */
  changes?: ChangeFeed;
  /** What subscriptions listen to; in this process, or through REDIS_URL, when not given. */
  live?: LiveEvents;
}

interface RequestState {
  requestId: string;
  started: number;
  context?: Context;
  operationName?: string | null;
  errorCodes: string[];
  /** Set once the request reached GraphQL handling (not for the GraphiQL page). */
  graphql?: boolean;
}
const requestStates = new WeakMap<Request, RequestState>();

/** What the HTTP edge hands Yoga beside the request. */
interface ServerContext {
  /** Set only for the server's own start-up warm-up. */
  warmUp?: boolean;
  /** The request id the edge chose (and already put on the answer's headers). */
  requestId?: string;
  /** Set by the edge once it has read the whole body within MAX_BODY_BYTES. */
  bodyChecked?: boolean;
  /** Node's response, when the request came over HTTP. */
  res?: ServerResponse;
  /** Aborts when the client goes away or a shutdown cuts the connection, which cancels the request's Neo4j work. */
  signal?: AbortSignal;
}

/**
 * One structured log line per GraphQL request: request id (also returned in
 * the x-request-id header), operation name, duration, Cypher statement
 * count, outcome and HTTP status. An error that was masked or mapped for
 * the client is logged in full beside it (stack, Neo4j code), under the
 * same request id.
 */
function requestLog(logger: Logger): Plugin<Context> {
  return {
    onParams({ request, params }) {
      const state = requestStates.get(request);
      if (state) {
        state.graphql = true;
        state.operationName = params.operationName ?? null;
      }
    },
    onExecute({ args }) {
      noteOperation(args);
    },
    onSubscribe({ args }) {
      noteOperation(args);
    },
    onResultProcess({ request, result }) {
      // A subscription's events are not this request's result: the stream is logged once, when it opens.
      if (result && Symbol.asyncIterator in (result as object)) return;
      const state = requestStates.get(request);
      if (!state) return;
      state.graphql = true;
      const results = Array.isArray(result) ? result : [result];
      for (const r of results as ({ errors?: readonly GraphQLError[] } | null | undefined)[]) {
        for (const e of r?.errors ?? []) {
          state.errorCodes.push(String(e.extensions?.code ?? 'UNKNOWN'));
          const original = originalOf(e);
          if (original !== undefined) logOriginal(logger, state, e, original);
        }
      }
    },
    onResponse({ request, response }) {
      const state = requestStates.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.requestId);
      if (!state.graphql && response.status < 400) return;
      if (!logger.isLevelEnabled('info')) return;
      logger.info(
        {
          requestId: state.requestId,
          operation: state.operationName ?? null,
          ms: Math.round(performance.now() - state.started),
          cypher: state.context?.graph.stats.statements ?? 0,
          outcome: state.errorCodes.length || response.status >= 400 ? 'error' : 'ok',
          status: response.status,
          errors: state.errorCodes.length ? state.errorCodes : undefined,
        },
        'graphql request',
      );
    },
  };
}

function noteOperation(args: { contextValue: unknown; document: DocumentNode; operationName?: string | null }) {
  const state = requestStates.get((args.contextValue as { request: Request }).request);
  if (state) {
    state.context = args.contextValue as Context;
    state.operationName ??= getOperationAST(args.document, args.operationName)?.name?.value ?? null;
  }
}

/** The full story of an error the client saw masked or mapped: the innermost cause, with its stack. */
function logOriginal(logger: Logger, state: RequestState, error: GraphQLError, original: unknown) {
  const chain = [...causes(original)];
  const root = chain.reverse().find((e) => e instanceof Error) ?? original;
  const detail = {
    requestId: state.requestId,
    operation: state.operationName ?? null,
    path: error.path?.join('.'),
    code: error.extensions?.code,
    err: root,
  };
  if (isDatabaseUnavailable(original) || isTimeout(original))
    logger.warn(detail, `neo4j: ${String(error.extensions?.code)}`);
  else logger.error(detail, 'unexpected error (masked in the answer)');
}

const WARM_UP_CALLER = { subject: 'warm-up', role: 'reader' } as const;

export function createApp({
  config,
  graph,
  logger,
  changes = new ChangeFeed((err) => logger.error({ err }, 'change listener failed')),
  live = createLiveEvents({ redisUrl: config.REDIS_URL, logger, buffer: config.LIVE_BUFFER }),
}: AppOptions) {
  const auth = createAuthenticator(config);
  const streamTickets = createStreamTickets({
    secret: config.STREAM_TICKET_SECRET,
    ttlSeconds: config.STREAM_TICKET_TTL_S,
  });
  /** The Authorization header's caller, or for a stream opened without one, its ticket's (src/stream-tickets.ts). */
  const identify = async (request: Request): Promise<Caller | null> => {
    const authorization = request.headers.get('authorization');
    const ticket = ticketOf(request);
    return ticket !== null && !authorization ? streamTickets.verify(ticket) : auth.authenticate(authorization);
  };
  // Shared through Redis by every server when there is one, so that a write on any of them drops every cache.
  const cacheGeneration =
    config.RESPONSE_CACHE && config.REDIS_URL ? redisGeneration(config.REDIS_URL, logger) : localGeneration();
  useExtractor(config);
  relayChanges(changes, live);
  /** The warm-up's requests: they may send text even when only trusted documents run. */
  const warmUpRequests = new WeakSet<Request>();
  // Verified once per request, whether the response cache or the context asks first.
  const callers = new WeakMap<Request, Promise<Caller | null>>();
  /**
   * A bad token or ticket stops the request with UNAUTHENTICATED (401); no
   * token is an anonymous caller, whom the schema refuses where reads need a
   * token. The warm-up reads as the server itself; no HTTP request can set it.
   */
  const callerOf = (request: Request, serverContext: { warmUp?: unknown }): Promise<Caller | null> => {
    if (serverContext.warmUp) return Promise.resolve(WARM_UP_CALLER);
    let caller = callers.get(request);
    if (!caller) callers.set(request, (caller = identify(request)));
    return caller;
  };
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    graphiql: config.graphiql
      ? { title: 'News graph', defaultTabs: graphiqlTabs, defaultQuery: graphiqlTabs[0]!.query }
      : false,
    // Loaded on the first page view: the bundled GraphiQL costs about 80 MB of memory.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    // No stack traces or Cypher in answers outside development; full detail in the log.
    maskedErrors: {
      isDev: config.NODE_ENV === 'development',
      maskError: errorMasker({ timeoutMs: config.REQUEST_TIMEOUT_MS, maxBodyBytes: config.MAX_BODY_BYTES }),
    },
    // The HTTP edge reads bodies with MAX_BODY_BYTES; useBodyLimit guards requests handed to yoga.fetch directly.
    maxRequestBodySize: false,
    // No file uploads in this API: no multipart parser to attack.
    multipart: false,
    // Without CORS_ORIGINS, Yoga's default: any origin may call (the answer names the caller's origin).
    cors: config.CORS_ORIGINS ? corsFor(config.CORS_ORIGINS) : undefined,
    context: async ({ request, warmUp, signal }) => {
      const state = requestStates.get(request);
      const requestId = state?.requestId ?? randomUUID();
      const caller = await callerOf(request, { warmUp });
      return createContext(graph.forRequest(signal ?? request.signal), caller, requestId, changes, live, {
        readsNeedToken: config.READS_REQUIRE_AUTH,
        streamTickets,
      });
    },
    plugins: [
      {
        onRequest({ request, serverContext }) {
          const edge = serverContext as ServerContext | undefined;
          // The warm-up's requests are not the clients': no request log lines.
          if (edge?.warmUp) {
            warmUpRequests.add(request);
            return;
          }
          requestStates.set(request, {
            requestId: edge?.requestId ?? requestIdOf(request.headers.get('x-request-id')),
            started: performance.now(),
            errorCodes: [],
          });
        },
        onResponse({ serverContext }) {
          // A request that began before a shutdown and ends after it closes its connection.
          if (draining) (serverContext as ServerContext | undefined)?.res?.setHeader('connection', 'close');
        },
      },
      useBodyLimit(config.MAX_BODY_BYTES),
      requestLog(logger),
      useTrustedDocuments({
        documents: {
          ...loadTrustedDocuments(),
          ...(config.TRUSTED_DOCUMENTS_DIR ? loadTrustedDocumentsDir(config.TRUSTED_DOCUMENTS_DIR) : {}),
        },
        only: config.TRUSTED_DOCUMENTS_ONLY,
        mayRunText: (request) => warmUpRequests.has(request),
      }),
      ...limitPlugins({ introspection: config.introspection }),
      useErrorCodes(),
      useRequestChecks(),
      useSharedEventResults(),
      useCompiledExecution({
        onRefused: (errors) =>
          logger.warn(
            { errors: errors.map((e) => e.message) },
            'graphql-jit refused a document: it runs on graphql-js',
          ),
      }),
      ...(config.RESPONSE_CACHE
        ? [
            responseCachePlugin({
              ttlMs: config.RESPONSE_CACHE_TTL_MS,
              changes,
              callerOf,
              generation: cacheGeneration,
            }),
          ]
        : []),
    ],
  });

  /** Set by drain(): answers carry Connection: close and /ready says 503. */
  let draining = false;
  /** Subscriptions' open streams, each with a way to end it (a shutdown ends them at once). */
  const streams = new Set<() => void>();
  /** Set while warmUp() runs: /ready says 503 until Neo4j has planned what clients ask. */
  let warming = false;

  /**
   * Runs every read operation clients send once (src/http/warm-up.ts),
   * through this server, before /ready answers 200. Never fails the start:
   * what did not answer is in the report.
   */
  async function warm(): Promise<WarmUpReport> {
    warming = true;
    try {
      return await warmUp(graph, async (call) => {
        const res = await yoga.fetch(
          'http://localhost/graphql',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
            body: JSON.stringify({ query: call.document, variables: call.variables }),
          },
          { warmUp: true },
        );
        return res.json();
      });
    } finally {
      warming = false;
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    if (draining) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready') {
      if (draining) return json(res, 503, { status: 'stopping' });
      if (warming) return json(res, 503, { status: 'warming' });
      const up = await graph.ping();
      return json(res, up ? 200 : 503, { status: up ? 'ready' : 'unavailable', neo4j: up ? 'up' : 'down' });
    }
    if (path === '/live/stats' && req.method === 'GET') {
      const { status, body } = await liveStats(req.headers.authorization, auth, live);
      return json(res, status, body);
    }
    if (isExplorerPath(path)) return serveExplorer(req, res, path);
    if (path === '/' && req.method === 'GET') {
      res.writeHead(302, { location: '/graphql' });
      return res.end();
    }
    const started = performance.now();
    try {
      // The whole body, bounded by MAX_BODY_BYTES, before anything parses it; Yoga
      // takes Node's request as it is, with the body read here (no copy of the request).
      checkUrl(req.url);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        (req as IncomingMessage & { body?: Buffer }).body = await readBody(req, config.MAX_BODY_BYTES);
      const gone = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      // A subscription's event stream never finishes by itself: a shutdown ends it (its client may reconnect elsewhere).
      if (acceptsEventStream(req)) {
        const end = () => res.destroy();
        if (draining) queueMicrotask(end);
        streams.add(end);
        res.once('close', () => streams.delete(end));
      }
      return await yoga(req, res, { requestId, bodyChecked: true, signal: gone.signal });
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      logger.info(
        {
          requestId,
          operation: null,
          ms: Math.round(performance.now() - started),
          cypher: 0,
          outcome: 'rejected',
          status: err.status,
          errors: [err.code],
        },
        'http request rejected',
      );
      res.setHeader('connection', 'close');
      return json(res, err.status, {
        errors: [{ message: err.message, extensions: { code: err.code, ...err.extensions } }],
      });
    }
  };

  const server: Server = createServer(
    // Slow senders cannot hold a connection for ever: headers within 15 s, the whole request within 30 s.
    { headersTimeout: 15_000, requestTimeout: 30_000 },
    (req, res) => {
      handle(req, res).catch((err) => {
        logger.error({ err }, 'request failed outside GraphQL');
        if (!res.headersSent)
          json(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.end();
      });
    },
  );

  /**
   * Graceful stop: accept no new connections, let the requests in flight
   * finish (closing each connection as it goes idle), and after graceMs cut
   * whatever is left (their Neo4j work is cancelled through the request's
   * signal). Resolves when every connection is closed.
   */
  async function drain(graceMs: number): Promise<{ forced: boolean }> {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A subscription never finishes by itself: its stream ends now, and its client may reconnect elsewhere.
    for (const end of [...streams]) end();
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    let forced = false;
    const cut = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, graceMs);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(cut);
    }
    return { forced };
  }

  /** Closes the Redis connections, if any (live events and the cache's generation); after drain(). */
  const close = async () => {
    await Promise.all([live.close(), cacheGeneration.close()]);
  };

  return { yoga, server, drain, warmUp: warm, changes, live, close };
}

/**
 * CORS_ORIGINS: only these origins get CORS headers; any other origin's
 * preflight is answered without them, so its browser does not send the request.
 */
function corsFor(origins: string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'accept', 'x-request-id'],
      exposedHeaders: ['x-request-id'],
      // Bearer tokens, no cookies.
      credentials: false,
      maxAge: 600,
    };
  };
}

/** A client that asked for Server-Sent Events (a subscription, answered as a stream). */
function acceptsEventStream(req: IncomingMessage): boolean {
  return /\btext\/event-stream\b/i.test(req.headers.accept ?? '');
}

function json(res: ServerResponse, status: number, body: unknown) {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
